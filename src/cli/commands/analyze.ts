// `sorot analyze FILE... [--out DIR]`: runs the recognizer on articles and prints or
// writes the result in exactly the AnalysisResult shape (src/core/recognize/types.ts).
import { promises as fsp } from 'node:fs';
import { basename, join } from 'node:path';
import { gatherAnnotations } from '../../core/annotations/gather';
import { SidecarStore } from '../../core/annotations/store';
import { curate, type CuratedAnalysis } from '../../core/curation';
import type { AnalysisResult } from '../../core/recognize/types';
import { readArticle, describeFsError } from '../io/read-article';
import { writeTextAtomic } from '../io/write-json';
import { defaultJobs, JOBS_USAGE, parseJobs } from '../parallel/jobs';
import { orderedMap } from '../parallel/pool';
import { findArticles } from '../io/corpus';
import { loadActors, recognizerFor, type WorkspaceKbInit } from '../io/workspace-kb';
import { nodeFileSystem } from '../../node/file-system';
import { withListingSnapshot } from '../../core/fs/listing-snapshot';
import type { CliCommand } from './usage';
import { parseCommandLine } from './usage';

const USAGE = `usage: sorot analyze FILE|FOLDER... [--out DIR] [--curated] [--kb FILE] [--jobs N]

Finds actors (PER/ORG/GPE with canonical names) and quotes (with speakers) in each
article (UTF-8 text; a BOM is skipped and not counted in offsets, CRLF is kept). A
FOLDER stands for its articles (*.txt, searched recursively as sorot export does).

  --out DIR   write DIR/<file name without .txt>.json for each FILE (DIR is created)
              without --out: one FILE prints its result as JSON; several FILEs print
              one JSON object mapping each FILE to its result
  --curated   apply the corrections of the recognized layer stored in the article's
              annotation files (every annotator's; of two on one span the later wins):
              each actor and quote then says where it comes from ("provenance":
              machine, accepted, corrected, added, followed; "by": the annotator), and
              "rejected" lists what the corrections removed
  --kb FILE   workspace knowledge base to recognize with (default: the nearest
              .sorot/actors.json at or above the first FILE): its actors are found,
              the names it marks as not actors are not, as in the editor
${JOBS_USAGE}

Offsets are UTF-16 code units into the decoded text, end exclusive.
A file larger than 32 MiB is refused (by its size, before it is read): the result is
built in memory as one JSON text, about four times the size of the article.
Exit status: 0 all files analysed, 1 some file could not be read or written
             (the others are still processed), 2 usage error.
`;

interface Args { files: string[]; out?: string; curated?: boolean; kb?: string; jobs: number }

/** Measured: 20 MiB of news text gave 86 MB of JSON, 660 MB of memory and 12 s; at
 *  200 MiB the JSON outgrows V8's longest string ("Invalid string length", issue 18).
 *  A news article is a few kB. */
export const MAX_ANALYZE_BYTES = 32 * 1024 * 1024;

/** Refusal of a file too large to analyse, from its size alone; undefined when it fits. */
async function tooLarge(file: string): Promise<string | undefined> {
  const size = await fsp.stat(file).then((s) => (s.isFile() ? s.size : 0), () => 0); // unreadable: readArticle reports it
  if (size <= MAX_ANALYZE_BYTES) return undefined;
  const mib = (n: number) => n / 1024 / 1024;
  return `the file is ${mib(size).toFixed(1)} MiB; sorot analyze reads articles of at most ${mib(MAX_ANALYZE_BYTES)} MiB (the result is built in memory as one JSON text), split it into articles`;
}

function parseArgs(args: string[]): Args | string {
  const files: string[] = [];
  let out: string | undefined;
  let curated = false;
  let kb: string | undefined;
  let jobs = defaultJobs();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--curated') curated = true;
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      const n = parseJobs(a === '--jobs' ? args[++i] : a.slice(7));
      if (typeof n === 'string') return n;
      jobs = n;
    }
    else if (a === '--out' || a === '-o') {
      const v = args[++i];
      if (v === undefined) return '--out needs a directory';
      out = v;
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a === '--kb') {
      kb = args[++i];
      if (!kb) return '--kb takes a file';
    }
    else if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length === 0) return 'no input file';
  return { files, jobs, ...(out === undefined ? {} : { out }), ...(curated ? { curated } : {}), ...(kb === undefined ? {} : { kb }) };
}

interface CuratedOutput extends AnalysisResult {
  rejected: AnalysisResult;
}

/** The curated layer as JSON: the AnalysisResult shape plus provenance, and what was rejected. */
function curatedOutput(c: CuratedAnalysis): CuratedOutput {
  return {
    actors: c.actors, quotes: c.quotes, reported: c.reported,
    rejected: { actors: c.rejected.actors, quotes: c.rejected.quotes, reported: c.rejected.reported ?? [] },
  };
}

/** `report.json` for `report.txt`; other extensions are kept (`a.md` -> `a.md.json`). */
export function outputName(file: string): string {
  const base = basename(file);
  return `${base.toLowerCase().endsWith('.txt') ? base.slice(0, -4) : base}.json`;
}

/** What one article gives: its result as the JSON text printed or written, or problems. */
export interface AnalyzedFile { file: string; json?: string; problems: string[] }

/** The per-file step, in this thread or a worker (parallel/tasks.ts). */
export async function analyzeTask(init: { curated: boolean; kb: WorkspaceKbInit }): Promise<(file: string) => Promise<AnalyzedFile>> {
  const store = new SidecarStore(withListingSnapshot(nodeFileSystem));
  const analyze = recognizerFor(init.kb);
  return async (file) => {
    const refusal = await tooLarge(file);
    if (refusal) return { file, problems: [refusal] };
    const read = await readArticle(file);
    if ('error' in read) return { file, problems: [read.error] };
    let result: AnalysisResult | CuratedOutput = analyze(read.text);
    const problems: string[] = [];
    if (init.curated) {
      const gathered = await gatherAnnotations(store, file, read.text);
      problems.push(...gathered.problems);
      result = curatedOutput(curate(result, gathered.corrections));
    }
    return { file, json: JSON.stringify(result, null, 2), problems };
  };
}

/** FILE arguments with folders replaced by their articles (as export and stats find them). */
async function expandFolders(args: string[], problems: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const a of args) {
    const isFolder = await fsp.stat(a).then((s) => s.isDirectory(), () => false);
    if (isFolder) files.push(...(await findArticles([a], problems)).map((f) => f.osPath));
    else files.push(a);
  }
  return files;
}

export const analyzeCommand: CliCommand = {
  summary: 'find actors and quotes in articles, print or write JSON',
  async run(args: string[]): Promise<number> {
    const parsed = parseCommandLine('analyze', USAGE, args, parseArgs);
    if (typeof parsed === 'number') return parsed;
    let failed = false;
    const fail = (file: string, message: string): void => {
      failed = true;
      process.stderr.write(`sorot analyze: ${file}: ${message}\n`);
    };
    if (parsed.out !== undefined) {
      try {
        await fsp.mkdir(parsed.out, { recursive: true });
      } catch (e) {
        process.stderr.write(`sorot analyze: cannot create output directory ${parsed.out}: ${describeFsError(e)}\n`);
        return 1;
      }
    }
    // A KB file that cannot be used is a warning: the built-in KB recognizes instead.
    const actors = await loadActors(parsed.files, parsed.kb);
    for (const p of actors.problems) process.stderr.write(`sorot analyze: warning: ${p}\n`);
    const listing: string[] = [];
    const files = await expandFolders(parsed.files, listing);
    for (const p of listing) { failed = true; process.stderr.write(`sorot analyze: ${p}\n`); }
    // One FILE (not a folder) prints its result alone; otherwise one object maps each FILE
    // to its result, written entry by entry as JSON.stringify(object, null, 2) would.
    const alone = parsed.files.length === 1 && files.length === 1 && files[0] === parsed.files[0];
    const printedKeys = new Set<string>();
    const written = new Map<string, string>();
    const results = orderedMap(files, { jobs: parsed.jobs, task: 'analyze', init: { curated: parsed.curated === true, kb: actors.init }, local: analyzeTask, label: 'sorot analyze' });
    for await (const { file, json, problems } of results) {
      for (const p of problems) fail(file, p);
      if (json === undefined) continue;
      if (parsed.out === undefined) {
        if (alone) process.stdout.write(`${json}\n`);
        else if (!printedKeys.has(file)) {
          process.stdout.write(`${printedKeys.size ? ',\n' : '{\n'}  ${JSON.stringify(file)}: ${json.replace(/\n/g, '\n  ')}`);
          printedKeys.add(file);
        }
        continue;
      }
      const target = join(parsed.out, outputName(file));
      const earlier = written.get(target);
      if (earlier !== undefined) {
        fail(file, `would overwrite ${target}, already written for ${earlier}; not written`);
        continue;
      }
      try {
        await writeTextAtomic(target, `${json}\n`);
        written.set(target, file);
      } catch (e) {
        fail(file, `cannot write ${target}: ${describeFsError(e)}`);
      }
    }
    if (printedKeys.size) process.stdout.write('\n}\n');
    return failed ? 1 : 0;
  },
};
