/** One entry point for every export format. */
import { withCurrentActor, type ActorDirectory } from '../annotations/actor-identity';
import { runSteps, runStepsInSlices, type Steps, type TimeSlices } from '../incremental/time-slices';
import { bratSteps } from './brat';
import { conllSteps } from './conll';
import { csvSteps } from './csv';
import { doccanoSteps } from './doccano';
import { labelStudioSteps } from './label-studio';
import { filterSteps } from './filter';
import { jsonlSteps } from './jsonl';
import type { ExportFilter, ExportFormat, ExportInput, ExportOptions, ExportResult } from './types';
import { w3cSteps } from './w3c';
import { webannoTsvSteps } from './webanno-tsv';

export function exportAs(format: ExportFormat, input: ExportInput, filter: ExportFilter = {}, options: ExportOptions = {}): ExportResult {
  return runSteps(exportSteps(format, input, filter, options));
}

/** exportAs in slices, a step an article: the same files, byte for byte, without one long
 *  task on the extension host (issue 19). */
export function exportAsInSlices(format: ExportFormat, input: ExportInput, filter: ExportFilter, options: ExportOptions, slices: TimeSlices): Promise<ExportResult> {
  return runStepsInSlices(exportSteps(format, input, filter, options), slices);
}

function* exportSteps(format: ExportFormat, input: ExportInput, filter: ExportFilter, options: ExportOptions): Steps<ExportResult> {
  const filtered = yield* withCurrentActors(yield* filterSteps(input, filter), options.actors);
  switch (format) {
    case 'jsonl':
      return yield* jsonlSteps(filtered);
    case 'csv':
      return yield* csvSteps(filtered, options);
    case 'w3c':
      return yield* w3cSteps(filtered, options);
    case 'brat':
      return yield* bratSteps(filtered, options);
    case 'conll':
      return yield* conllSteps(filtered);
    case 'doccano':
      return yield* doccanoSteps(filtered);
    case 'labelstudio':
      return yield* labelStudioSteps(filtered);
    case 'webanno-tsv':
      return yield* webannoTsvSteps(filtered);
  }
}

/** Actors as the KB in force names them now: resolved at export time, never written back. */
function* withCurrentActors(input: ExportInput, actors: ActorDirectory | undefined): Steps<ExportInput> {
  if (!actors) return input;
  const articles: ExportInput['articles'] = [];
  for (const a of input.articles) {
    articles.push({ ...a, annotations: a.annotations.map((x) => withCurrentActor(actors, x)) });
    yield;
  }
  return { articles };
}

export type { ExportArticle, ExportFile, ExportFilter, ExportFormat, ExportInput, ExportOptions, ExportResult } from './types';
export { EXPORT_FORMATS } from './types';
export { importJsonl } from './jsonl-import';
export { importW3c, type W3cImportContext } from './w3c-import';
export { importBrat } from './brat-import';
export type { ImportContext, ImportResult } from './import-types';
