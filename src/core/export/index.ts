/** One entry point for every export format. */
import { withCurrentActor, type ActorDirectory } from '../annotations/actor-identity';
import { exportBrat } from './brat';
import { exportConll } from './conll';
import { exportCsv } from './csv';
import { exportDoccano } from './doccano';
import { exportLabelStudio } from './label-studio';
import { applyFilter } from './filter';
import { exportJsonl } from './jsonl';
import type { ExportFilter, ExportFormat, ExportInput, ExportOptions, ExportResult } from './types';
import { exportW3c } from './w3c';
import { exportWebannoTsv } from './webanno-tsv';

export function exportAs(format: ExportFormat, input: ExportInput, filter: ExportFilter = {}, options: ExportOptions = {}): ExportResult {
  const filtered = withCurrentActors(applyFilter(input, filter), options.actors);
  switch (format) {
    case 'jsonl':
      return exportJsonl(filtered);
    case 'csv':
      return exportCsv(filtered, options);
    case 'w3c':
      return exportW3c(filtered, options);
    case 'brat':
      return exportBrat(filtered, options);
    case 'conll':
      return exportConll(filtered);
    case 'doccano':
      return exportDoccano(filtered);
    case 'labelstudio':
      return exportLabelStudio(filtered);
    case 'webanno-tsv':
      return exportWebannoTsv(filtered);
  }
}

/** Actors as the KB in force names them now: resolved at export time, never written back. */
function withCurrentActors(input: ExportInput, actors: ActorDirectory | undefined): ExportInput {
  if (!actors) return input;
  return { articles: input.articles.map((a) => ({ ...a, annotations: a.annotations.map((x) => withCurrentActor(actors, x)) })) };
}

export type { ExportArticle, ExportFile, ExportFilter, ExportFormat, ExportInput, ExportOptions, ExportResult } from './types';
export { EXPORT_FORMATS } from './types';
export { importJsonl } from './jsonl-import';
export { importW3c, type W3cImportContext } from './w3c-import';
export { importBrat } from './brat-import';
export type { ImportContext, ImportResult } from './import-types';
