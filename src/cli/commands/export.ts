// `sorot export --format jsonl|csv|w3c|brat|conll|doccano|labelstudio|webanno-tsv --out DIR [PATH...]`: reads articles and
// their sidecars (<name>.sorot.json, <name>.<annotator>.sorot.json), runs the pure
// exporter of src/core/export, and writes its files under DIR atomically, never outside
// it, never over an input article, a sidecar or a file an earlier export did not write.
import { promises as fsp } from 'node:fs';
import { join, resolve } from 'node:path';
import { SidecarStore } from '../../core/annotations/store';
import { isAnnotationKind, type Annotation } from '../../core/annotations/types';
import { EXPORT_FORMATS, streamExport, type ExportFilter, type ExportFormat, type ExportOptions, type ExportSource } from '../../core/export';
import { byPath } from '../../core/export/filter';
import { EXPORT_MANIFEST, ExportWriter, type NotWritten, type RefusalReason, type WriteFilesOutcome } from '../../core/export/write-files';
import { inOneGo } from '../../core/incremental/time-slices';
import type { CoreFileSystem } from '../../core/fs/types';
import { curate } from '../../core/curation';
import { findArticles, readCorpusArticle, type CorpusArticleRead } from '../io/corpus';
import { loadActors, recognizerFor, UnknownActorIds, type WorkspaceKbInit } from '../io/workspace-kb';
import { nodeFileSystem } from '../../node/file-system';
import { withListingSnapshot } from '../../core/fs/listing-snapshot';
import { parseCommandLine, type CliCommand } from './usage';
import { countOf } from '../../core/text/plural';
import { defaultJobs, JOBS_USAGE, parseJobs } from '../parallel/jobs';
import { orderedMap } from '../parallel/pool';

const USAGE = `usage: sorot export --format jsonl|csv|w3c|brat|conll|doccano|labelstudio|webanno-tsv --out DIR [options] [PATH...]

Exports the annotations of the articles in PATHs (article files, or folders searched
recursively for *.txt; default: the current folder). Folders named .*, node_modules
and export folders (holding .sorot-export.json) are skipped, as in the extension.
Sidecars are found next to each article: <name>.sorot.json and <name>.<annotator>.sorot.json.
An export folder holding articles is refused.

  --format F        jsonl, csv, w3c (Web Annotation JSON-LD), brat (standoff), conll (BIO),
                    doccano (sequence-labelling JSONL), labelstudio (Label Studio tasks),
                    webanno-tsv (WebAnno TSV 3.3 for INCEpTION, one .tsv per article)
  --out DIR         output folder (created); files are written only inside it, never
                    over a file a Sorot export did not write there (see .sorot-export.json)
  --kind K          only this kind (claim, stance, source); repeatable
  --annotator A     only this annotator; repeatable
  --status S        only this status (suggested, accepted, rejected); repeatable
  --recognized      also export recognized actors, quotes and reported statements (runs the recognizer);
                    conll always does (it is a format for actor mentions)
  --bom             csv: start with a UTF-8 byte order mark (for Excel)
  --excel           csv: the same as --bom
  --raw-cells       csv: keep text cells as they are; by default a cell starting with
                    = + - @, a tab or a CR gets a leading ' so spreadsheets do not run it
  --base-uri IRI    w3c: prefix of article IRIs (default urn:sorot:article:)
  --brat-newlines lf  brat: write LF-only .txt (default: line ends as written)
  --brat-native     brat: a folder per annotator, fields as brat attributes and relations
                    with readable notes (for annotating in brat) instead of JSON notes
  --kb FILE         workspace knowledge base (default: the nearest .sorot/actors.json
                    at or above the first PATH); actors picked from the KB are exported
                    under their current canonical name and id, following renames and
                    mergeInto (the sidecars are not changed); --recognized finds
                    actors with it, as the editor does (its added actors, not the
                    names it marks as not actors)
${JOBS_USAGE}

Offsets: jsonl/csv start,end are UTF-16 code units (codePointStart/End: code points);
w3c and brat count Unicode code points. See docs/formats.md.
Exit status: 0 done, 1 some input could not be read or some file could not be written
(the rest is exported; the messages name each file), 2 usage error.
`;

/** An article as the exporter takes it (with the curated layer under --recognized). */
export type ExportArticle = { path: string; text: string; annotations: Annotation[] } & Partial<Pick<ReturnType<typeof curate>, 'actors' | 'quotes' | 'reported'>>;

/** The per-article step of `sorot export`, in this thread or a worker (parallel/tasks.ts). */
export async function exportTask(init: { recognized: boolean; kb: WorkspaceKbInit }): Promise<(found: { osPath: string; path: string }) => Promise<CorpusArticleRead & { exported?: ExportArticle }>> {
  const store = new SidecarStore(withListingSnapshot(nodeFileSystem));
  const analyze = recognizerFor(init.kb);
  return async (found) => {
    const read = await readCorpusArticle(store, found);
    const c = read.article;
    if (!c) return read;
    const a = { path: c.path, text: c.text, annotations: c.annotations };
    // The curated layer: the recognizer's findings with the researchers' corrections on top.
    const r = init.recognized ? curate(analyze(c.text), c.corrections) : undefined;
    // The text travels once, in `exported`.
    return { ...read, article: { ...c, text: '' }, exported: r ? { ...a, actors: r.actors, quotes: r.quotes, reported: r.reported } : a };
  };
}

/** One problem line for a refused destination, each file not written and a manifest
 *  that could not be updated (see core/export/write-files.ts for the rules: atomic,
 *  never over a file Sorot did not write there, never over an input, never through a
 *  symbolic link leading outside). */
export function writeProblems(root: string, outcome: WriteFilesOutcome): string[] {
  const problems: string[] = [];
  if (outcome.refused) problems.push(`${outcome.refused.target}: ${REFUSED[outcome.refused.reason](outcome.refused.detail ?? '')}; nothing exported`);
  for (const n of outcome.notWritten) problems.push(`${n.target}: ${notWrittenMessage(n)}`);
  if (outcome.manifestProblem) problems.push(`${join(resolve(root), EXPORT_MANIFEST)}: could not be updated (${outcome.manifestProblem}); the next export still recognises the files written`);
  return problems;
}

/** What the outcome says about the folder, not about this export's files: an earlier
 *  export stopped while replacing its files (a warning; this export itself is complete). */
export function writeWarnings(root: string, outcome: WriteFilesOutcome): string[] {
  return outcome.interruptedEarlier ? [`${join(resolve(root), EXPORT_MANIFEST)}: an earlier export into this folder stopped while replacing its files (it started at ${outcome.interruptedEarlier}; a crash or a kill): files this export did not replace may mix that export's files with older ones (a .txt beside the .ann of another export); export all articles into this folder again, or into a new folder`] : [];
}

const REFUSED: Record<RefusalReason, (detail: string) => string> = {
  destination: (detail) => `cannot write here: ${detail}`,
  'not-a-manifest': (detail) => `not a Sorot export manifest (${detail}), left as it is; move it away or choose another --out`,
  'manifest-failed': (detail) => detail,
};

function notWrittenMessage(n: NotWritten): string {
  switch (n.reason) {
    case 'input': return 'is an input article or a sidecar, not overwritten (choose another --out)';
    case 'foreign': return `not replaced: a Sorot export did not write this file (it is not in ${EXPORT_MANIFEST}); move it away or choose another --out`;
    case 'changed': return 'not replaced: it changed since Sorot exported it; move it away or choose another --out';
    case 'not-a-file': return 'not written: something that is not a file is in the way';
    case 'outside': return 'not written: the path leaves the output folder';
    case 'symbolic-link': return n.link?.leadsTo
      ? `not written: ${n.link.path} is a symbolic link to ${n.link.leadsTo}, outside the output folder`
      : `not written: ${n.link?.path ?? n.target} is a symbolic link, which the export does not write through`;
    case 'failed': return `not written: ${n.detail ?? 'unknown error'}`;
    case 'partner': return `not written: it belongs with ${n.partner?.target ?? 'another file'} (a .txt and its .ann are written together or not at all, as the offsets in the .ann count in the .txt), which was not: ${n.partner ? notWrittenMessage({ ...n, ...n.partner, partner: undefined }) : 'see above'}`;
    case 'same-name': return `not written: its name differs from ${n.sameNameAs ?? 'another file'}'s only in case or Unicode normalisation, and macOS and Windows take the two for one file`;
  }
}

interface Parsed {
  format: ExportFormat;
  out: string;
  filter: ExportFilter;
  options: ExportOptions;
  recognized: boolean;
  paths: string[];
  kb?: string;
  jobs: number;
}

function parseArgs(args: string[]): Parsed | string {
  const kinds: string[] = [], annotators: string[] = [], statuses: string[] = [], paths: string[] = [];
  let format: string | undefined, out: string | undefined, recognized = false, excel = false, kb: string | undefined;
  let jobs = defaultJobs();
  const options: ExportOptions = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string | undefined => args[++i];
    switch (a) {
      case '--format': format = value(); break;
      case '--out': case '-o': out = value(); break;
      case '--kind': kinds.push(value() ?? ''); break;
      case '--annotator': annotators.push(value() ?? ''); break;
      case '--status': statuses.push(value() ?? ''); break;
      case '--recognized': recognized = true; break;
      case '--jobs': { const n = parseJobs(value()); if (typeof n === 'string') return n; jobs = n; break; }
      case '--bom': options.bom = true; break;
      case '--excel': options.bom = true; excel = true; break;
      case '--raw-cells': options.rawCells = true; break;
      case '--base-uri': options.baseUri = value(); break;
      case '--kb': kb = value(); if (!kb) return '--kb takes a file'; break;
      case '--brat-native': options.bratNative = true; break;
      case '--brat-newlines': {
        const v = value();
        if (v !== 'lf' && v !== 'as-written') return '--brat-newlines takes lf or as-written';
        options.bratNewlines = v;
        break;
      }
      default:
        if (a.startsWith('-')) return `unknown option ${a}`;
        paths.push(a);
    }
  }
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) return `--format must be one of ${EXPORT_FORMATS.join(', ')}`;
  if (!out) return '--out DIR is required';
  if (excel && options.rawCells) return '--excel neutralises formula cells; it cannot go with --raw-cells';
  for (const k of kinds) if (!isAnnotationKind(k)) return `unknown kind "${k}"`;
  for (const s of statuses) if (!['suggested', 'accepted', 'rejected'].includes(s)) return `unknown status "${s}"`;
  if (options.baseUri !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(options.baseUri)) return '--base-uri must be an absolute IRI (with a scheme)';
  const filter: ExportFilter = { includeActors: true, includeQuotes: true };
  if (kinds.length) filter.kinds = kinds as ExportFilter['kinds'];
  if (annotators.length) filter.annotators = annotators;
  if (statuses.length) filter.statuses = statuses as ExportFilter['statuses'];
  return { format: format as ExportFormat, out, filter, options, recognized: recognized || format === 'conll', paths, jobs, ...(kb ? { kb } : {}) };
}

export const exportCommand: CliCommand = {
  summary: 'export annotations as JSONL, CSV, W3C Web Annotation, brat or CoNLL',
  run: (args) => runExport(args, nodeFileSystem),
};

/** The command on a given file system for the output (tests inject faults through it). */
export async function runExport(args: string[], fs: CoreFileSystem): Promise<number> {
  const parsed = parseCommandLine('export', USAGE, args, parseArgs);
  if (typeof parsed === 'number') return parsed;
  const problems: string[] = [];
  const notes: string[] = [];
  // The export folder is left out of the corpus from now on (its manifest): a folder that
  // holds articles would lose them, so it is refused before anything is written.
  const held = (await fsp.stat(parsed.out).catch(() => undefined))?.isDirectory() ? await findArticles([parsed.out], []) : [];
  if (held.length > 0) {
    process.stderr.write(`sorot export: ${parsed.out} holds articles (for example ${held[0]?.osPath}); nothing was written, choose another --out\n`);
    return 1;
  }
  // Read, analysed (by the workers), exported and written an article at a time, in path
  // order: memory holds the articles in flight, not the corpus (issue 19).
  const found = await findArticles(parsed.paths, problems);
  const foundAt = found.map((_, i) => i).sort((p, q) => byPath(found[p], found[q]));
  const inPathOrder = foundAt.map((i) => found[i]);
  const actors = await loadActors(parsed.paths, parsed.kb);
  const unknown = new UnknownActorIds(actors.directory);
  // Every article found is an input, read or not: the export never writes over one.
  const inputs = new Set(found.map((f) => resolve(f.osPath)));
  const writer = await ExportWriter.open(fs, resolve(parsed.out), { isInput: (p) => inputs.has(resolve(p)) });
  if (!(writer instanceof ExportWriter)) return report(parsed, problems, notes, [], 0, writer);
  // Problems and notes in the order the articles were found, as the whole-corpus export gave them.
  const readLines: Array<{ at: number; problems: string[]; notes: string[] }> = [];
  const source: ExportSource = {
    async *articles(pass) {
      const recognized = parsed.recognized && pass === 'export';
      // orderedMap gives the results in the order of `inPathOrder`.
      let i = 0;
      for await (const read of orderedMap(inPathOrder, { jobs: parsed.jobs, task: 'export', init: { recognized, kb: actors.init }, local: exportTask, label: 'sorot export' })) {
        const at = foundAt[i++];
        if (pass === 'export') {
          if (read.problems.length || read.notes.length) readLines.push({ at, problems: read.problems, notes: read.notes });
          if (read.article) unknown.add(read.article);
        }
        if (read.article && read.exported) yield read.exported;
      }
    },
  };
  let run;
  try {
    run = await streamExport(parsed.format, source, parsed.filter, { ...parsed.options, actors: actors.directory }, { write: (piece) => writer.write(piece), slices: inOneGo() });
  } catch (err) {
    // No temporary file is left for a later export to clean up.
    await writer.discard();
    throw err;
  }
  const outcome = await writer.finish();
  for (const r of readLines.sort((p, q) => p.at - q.at)) {
    problems.push(...r.problems);
    notes.push(...r.notes);
  }
  notes.push(...actors.problems);
  const warning = unknown.warning(actors.file);
  if (warning) notes.push(warning);
  return report(parsed, problems, notes, run.warnings, run.articles, outcome);
}

function report(parsed: Parsed, problems: string[], notes: readonly string[], warnings: readonly string[], articles: number, outcome: WriteFilesOutcome): number {
  problems.push(...writeProblems(parsed.out, outcome));
  for (const w of [...notes, ...warnings, ...writeWarnings(parsed.out, outcome)]) process.stderr.write(`sorot export: warning: ${w}\n`);
  for (const p of problems) process.stderr.write(`sorot export: ${p}\n`);
  process.stdout.write(summaryLine(parsed, articles, outcome) + '\n');
  return problems.length ? 1 : 0;
}

/** "3 annotations, 12 actor mentions, 2 quotes and 1 reported statement": each kind the
 *  written files hold (recognized kinds only when there are some). */
function writtenKinds(annotations: number, outcome: WriteFilesOutcome): string {
  const sum = (k: 'actors' | 'quotes' | 'reported') => outcome.written.reduce((n, w) => n + (w.file.recognized?.[k] ?? 0), 0);
  const parts = [countOf(annotations, 'annotation')];
  const actors = sum('actors'), quotes = sum('quotes'), reported = sum('reported');
  if (actors) parts.push(countOf(actors, 'actor mention'));
  if (quotes) parts.push(countOf(quotes, 'quote'));
  if (reported) parts.push(countOf(reported, 'reported statement'));
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Counts what reached the disk: annotations in the files written, after the filters. */
function summaryLine(parsed: Parsed, articles: number, outcome: WriteFilesOutcome): string {
  if (outcome.refused) return `nothing exported to ${parsed.out}`;
  const annotations = outcome.written.reduce((n, w) => n + (w.file.annotations ?? 0), 0);
  const failed = outcome.notWritten.length ? `, ${countOf(outcome.notWritten.length, 'file')} not written (see above)` : '';
  return `exported ${writtenKinds(annotations, outcome)} of ${countOf(articles, 'article')} as ${parsed.format}: ${countOf(outcome.written.length, 'file')} written in ${parsed.out}${failed}`;
}

