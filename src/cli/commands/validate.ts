// `sorot validate [PATH...]`: checks annotation sidecars against the schema and against
// their article (is every annotation still on its quote?). Read-only by design: it
// never writes, renames or re-anchors anything on disk, it only reports.
import { relative } from 'node:path';
import { loadSchemaConfig } from '../../core/annotations/config';
import { parseSidecarBytes } from '../../core/annotations/parse';
import { placeSidecar } from '../../core/annotations/place';
import type { AnchorState, ReanchorResult } from '../../core/annotations/reanchor-offline';
import { isSidecarName, sidecarAnnotator } from '../../core/annotations/sidecar-paths';
import { SidecarStore } from '../../core/annotations/store';
import { decodeJsonText } from '../../core/annotations/text-decoding';
import type { Annotation, Sidecar, SidecarError, TextTarget } from '../../core/annotations/types';
import { basename, dirname, joinPath, siblingPath } from '../../core/fs/path';
import { fileErrorReason, isNotFound } from '../../core/fs/types';
import { curate } from '../../core/curation';
import type { CorrectionOutcome } from '../../core/curation/types';
import { decodeText } from '../../core/text/decode';
import { nodeFileSystem as fs } from '../../node/file-system';
import type { CliCommand } from './usage';
import { defaultJobs, JOBS_USAGE, parseJobs } from '../parallel/jobs';
import { orderedMap } from '../parallel/pool';
import { loadActors, recognizerFor, type Recognize, type WorkspaceKbInit } from '../io/workspace-kb';

const USAGE = `usage: sorot validate [--json] [--kb FILE] [--jobs N] [PATH...]

Checks every annotation sidecar (*.sorot.json) found in PATHs (files or folders,
searched recursively; default: the current folder) against the sidecar schema and
against its article: each annotation is reported as exact, re-anchored (the quote
moved, or its offsets in the file do not slice the article to its quote), needs review (only an approximate match, or flagged) or orphaned (the quote
is gone). Corrections of the recognized layer are checked the same way (a flagged one
is never applied); a placed correction the recognizer now agrees with is reported as
redundant, one whose machine item moved to other words as unmatched, one a later overlapping
correction overrides as superseded (notes only: the file stays valid). A .sorot/schema.json found on the way is checked too. Nothing is
modified.

  --kb FILE   workspace knowledge base the recognizer runs with for those notes
              (default: the nearest .sorot/actors.json at or above the first PATH)
${JOBS_USAGE}

Exit status: 0 all good (re-anchored annotations are only warnings),
             1 problems found, 2 usage error.
`;

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

export interface AnnotationFinding {
  id: string;
  /** The annotation's kind, or "actor correction" / "quote correction". */
  kind: Annotation['kind'] | `${'actor' | 'quote' | 'reported'} correction`;
  state: AnchorState;
  /** Already flagged needsReview in the file. */
  flagged: boolean;
  start: number;
  end: number;
  exact: string;
  confidence: number;
  /** needs-review only: where an approximate match of the quote now is. */
  candidate?: { start: number; end: number; exact: string };
}

export interface FileReport {
  path: string;
  type: 'sidecar' | 'config';
  /** A file-level problem: unreadable, invalid, or its article is missing/unreadable. */
  error?: SidecarError | { kind: 'article' | 'io'; message: string };
  warnings: string[];
  counts?: Record<AnchorState, number>;
  findings?: AnnotationFinding[];
  /** Placed corrections that no longer change the recognized layer (see CURATION_NOTES). */
  curation?: CurationNote[];
  /** The sidecar's textHash names the article text as it is now (false: written for another
   *  version of the text, or a version 1 file without textHash). */
  textMatches?: boolean;
}

export interface CurationNote {
  id: string;
  layer: 'actor' | 'quote' | 'reported';
  outcome: keyof typeof CURATION_NOTES;
  start: number;
  end: number;
  exact: string;
}

/** The outcomes of curate() worth telling: the correction is kept (a researcher's
 *  decision is never dropped), but the recognized layer no longer needs it as it stands. */
const CURATION_NOTES = {
  redundant: 'the recognizer now says the same',
  unmatched: 'the recognizer marks other words here now',
  superseded: 'a later correction of an overlapping span decides instead',
} as const satisfies Partial<Record<CorrectionOutcome, string>>;

export const validateCommand: CliCommand = {
  summary: 'check annotation sidecars against the schema and their articles (read-only)',
  async run(args) {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(USAGE);
      return 0;
    }
    let json = false;
    let jobs = defaultJobs();
    let kb: string | undefined;
    const paths: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--json') json = true;
      else if (a === '--jobs') {
        const n = parseJobs(args[++i]);
        if (typeof n === 'string') {
          process.stderr.write(`sorot validate: ${n}\n\n${USAGE}`);
          return 2;
        }
        jobs = n;
      } else if (a === '--kb') {
        kb = args[++i];
        if (!kb) {
          process.stderr.write(`sorot validate: --kb takes a file\n\n${USAGE}`);
          return 2;
        }
      } else if (a.startsWith('-')) {
        process.stderr.write(`sorot validate: unknown option ${a}\n\n${USAGE}`);
        return 2;
      } else paths.push(a);
    }
    const { files, errors } = await collect(paths.length ? paths : ['.']);
    // A KB file that cannot be used is a warning: the built-in KB recognizes instead.
    const actors = await loadActors(paths.length ? paths : ['.'], kb);
    for (const p of actors.problems) process.stderr.write(`sorot validate: warning: ${p}\n`);
    const reports = [...errors];
    for await (const r of orderedMap(files, { jobs, task: 'validate', init: { kb: actors.init }, local: validateTask, label: 'sorot validate' })) reports.push(r);
    process.stdout.write(json ? JSON.stringify(reports, null, 2) + '\n' : render(reports));
    return reports.some(isProblem) ? 1 : 0;
  },
};

/** The per-file step, in this thread or a worker (parallel/tasks.ts). */
export async function validateTask(init: { kb: WorkspaceKbInit }): Promise<(f: { path: string; type: FileReport['type'] }) => Promise<FileReport>> {
  const analyze = recognizerFor(init.kb);
  return (f) => (f.type === 'config' ? validateConfig(f.path) : validateSidecar(f.path, analyze));
}

export function isProblem(r: FileReport): boolean {
  return r.error !== undefined || (r.counts !== undefined && r.counts['needs-review'] + r.counts.orphaned > 0);
}

async function collect(paths: string[]): Promise<{ files: Array<{ path: string; type: FileReport['type'] }>; errors: FileReport[] }> {
  const files = new Map<string, FileReport['type']>();
  const errors: FileReport[] = [];
  const store = new SidecarStore(fs);
  for (const p of paths) {
    const stat = await fs.stat(p);
    if (!stat) {
      errors.push({ path: p, type: 'sidecar', error: { kind: 'io', message: 'no such file or folder' }, warnings: [] });
    } else if (stat.kind === 'directory') {
      await walk(p, files, errors);
    } else if (isSidecarName(basename(p))) {
      files.set(p, 'sidecar');
    } else if (basename(p) === 'schema.json' && basename(dirname(p)) === '.sorot') {
      files.set(p, 'config');
    } else if (p.toLowerCase().endsWith('.txt')) {
      const refs = await store.list(p);
      if (refs.length === 0) errors.push({ path: p, type: 'sidecar', error: { kind: 'io', message: 'this article has no sidecar (nothing annotated yet)' }, warnings: [] });
      for (const r of refs) files.set(r.path, 'sidecar');
    } else {
      errors.push({ path: p, type: 'sidecar', error: { kind: 'io', message: 'not a sidecar (*.sorot.json), an article (*.txt) or a folder' }, warnings: [] });
    }
  }
  return { files: [...files].map(([path, type]) => ({ path, type })).sort((a, b) => a.path.localeCompare(b.path)), errors };
}

async function walk(dir: string, out: Map<string, FileReport['type']>, errors: FileReport[]): Promise<void> {
  let entries;
  try {
    entries = await fs.readDirectory(dir);
  } catch (err) {
    errors.push({ path: dir, type: 'sidecar', error: { kind: 'io', message: `cannot list this folder (${fileErrorReason(err)})` }, warnings: [] });
    return;
  }
  for (const [name, kind] of entries) {
    const path = joinPath(dir, name);
    if (kind === 'directory' && isSidecarName(name)) {
      // Named like a sidecar but cannot be one: say so rather than skip it in silence.
      errors.push({ path, type: 'sidecar', error: { kind: 'io', message: 'is a folder, not a sidecar file' }, warnings: [] });
    } else if (kind === 'directory') {
      if (name === '.sorot') {
        const config = joinPath(path, 'schema.json');
        if ((await fs.stat(config))?.kind === 'file') out.set(config, 'config');
      } else if (!SKIPPED_DIRS.has(name) && !name.startsWith('.')) {
        await walk(path, out, errors);
      }
    } else if (kind === 'file' && isSidecarName(name)) {
      out.set(path, 'sidecar');
    }
  }
}

async function validateSidecar(path: string, analyze: Recognize): Promise<FileReport> {
  const report: FileReport = { path, type: 'sidecar', warnings: [] };
  const bytes = await readOrReport(path, report);
  if (!bytes) return report;
  const parsed = parseSidecarBytes(bytes);
  if (!parsed.ok) {
    report.error = parsed.error;
    return report;
  }
  const sidecar = parsed.sidecar;
  const fileAnnotator = sidecarAnnotator(sidecar.article, basename(path));
  if (fileAnnotator === undefined) report.warnings.push(`the file name does not match its article "${sidecar.article}"`);
  else if (fileAnnotator && fileAnnotator !== sidecar.annotator) report.warnings.push(`the file name says annotator "${fileAnnotator}" but the file says "${sidecar.annotator ?? '(none)'}"`);

  const articlePath = siblingPath(path, sidecar.article);
  const articleBytes = await readOrReport(articlePath, report, 'article');
  if (!articleBytes) return report;
  const article = decodeText(articleBytes);
  if (!article.ok) {
    report.error = { kind: 'article', message: `article ${sidecar.article}: ${article.message}` };
    return report;
  }
  // The same placing step as export, agreement and the editor: what validate calls exact
  // is what they use unchanged.
  const { sidecar: placed, results, correctionResults, stale } = placeSidecar(sidecar, article.text);
  report.textMatches = !stale;
  report.counts = { exact: 0, reanchored: 0, 'needs-review': 0, orphaned: 0 };
  report.findings = [];
  // Annotations and corrections of the recognized layer are placed, and reported, alike.
  const check = (original: { id: string; target: TextTarget; needsReview?: boolean }, kind: AnnotationFinding['kind'], r: ReanchorResult<{ target: TextTarget }>) => {
    const flagged = original.needsReview === true;
    // An item already flagged in the file still needs review, wherever it sits.
    const state: AnchorState = flagged && (r.state === 'exact' || r.state === 'reanchored') ? 'needs-review' : r.state;
    report.counts![state]++;
    if (state !== 'exact') {
      const t = state === 'reanchored' ? r.annotation.target : original.target;
      const finding: AnnotationFinding = { id: original.id, kind, state, flagged, start: t.start, end: t.end, exact: original.target.exact, confidence: round(r.confidence) };
      if (r.candidate) finding.candidate = { start: r.candidate.start, end: r.candidate.end, exact: r.candidate.exact };
      report.findings!.push(finding);
    }
  };
  results.forEach((r, i) => check(sidecar.annotations[i], sidecar.annotations[i].kind, r));
  correctionResults.forEach((r, i) => check(sidecar.corrections![i], `${sidecar.corrections![i].layer} correction` as const, r));
  if (placed.corrections?.length) report.curation = curationNotes(placed.corrections, article.text, analyze);
  return report;
}

/** Applies the placed corrections over a fresh analysis of the article, as every export
 *  does, and keeps what curate() says about each one that changes nothing now. */
function curationNotes(corrections: NonNullable<Sidecar['corrections']>, text: string, analyze: Recognize): CurationNote[] {
  const { outcomes } = curate(analyze(text), corrections);
  const notes: CurationNote[] = [];
  for (const c of corrections) {
    const outcome = outcomes.get(c.id);
    if (outcome && outcome in CURATION_NOTES) {
      notes.push({ id: c.id, layer: c.layer, outcome: outcome as CurationNote['outcome'], start: c.target.start, end: c.target.end, exact: c.target.exact });
    }
  }
  return notes;
}

async function validateConfig(path: string): Promise<FileReport> {
  const report: FileReport = { path, type: 'config', warnings: [] };
  const bytes = await readOrReport(path, report);
  if (!bytes) return report;
  const decoded = decodeJsonText(bytes);
  if (!decoded.ok) report.error = decoded.error;
  else {
    const { error } = loadSchemaConfig(decoded.text);
    if (error) report.error = error;
  }
  return report;
}

async function readOrReport(path: string, report: FileReport, what: 'file' | 'article' = 'file'): Promise<Uint8Array | undefined> {
  try {
    return await fs.readFile(path);
  } catch (err) {
    const message = isNotFound(err) ? `${what === 'article' ? 'article ' + basename(path) : 'file'} not found` : `cannot be read (${fileErrorReason(err)})`;
    report.error = { kind: what === 'article' ? 'article' : 'io', message };
    return undefined;
  }
}

function render(reports: FileReport[]): string {
  if (reports.length === 0) return 'No sidecars (*.sorot.json) found.\n';
  const lines: string[] = [];
  const totals = { files: reports.length, failed: 0, exact: 0, reanchored: 0, 'needs-review': 0, orphaned: 0 };
  for (const r of reports) {
    const name = display(r.path);
    if (r.error) {
      totals.failed++;
      lines.push(`ERROR  ${name}: ${r.error.kind}: ${r.error.message}`);
    } else if (r.counts) {
      const c = r.counts;
      for (const k of ['exact', 'reanchored', 'needs-review', 'orphaned'] as const) totals[k] += c[k];
      const total = c.exact + c.reanchored + c['needs-review'] + c.orphaned;
      lines.push(`${isProblem(r) ? 'FAIL ' : c.reanchored ? 'WARN ' : 'OK   '}  ${name}: ${total} annotation${total === 1 ? '' : 's'}: ${summary(c)}`);
      for (const f of r.findings ?? []) {
        lines.push(`         ${f.state.padEnd(12)} ${f.id} ${f.kind.padEnd(6)} [${f.start}, ${f.end}) ${quote(f.exact)}${f.flagged ? ' (flagged in file)' : ''}`);
        if (f.candidate) lines.push(`${' '.repeat(22)}closest now: [${f.candidate.start}, ${f.candidate.end}) ${quote(f.candidate.exact)} (confidence ${f.confidence})`);
      }
      for (const n of r.curation ?? []) {
        lines.push(`         ${n.outcome.padEnd(12)} ${n.id} ${n.layer} correction [${n.start}, ${n.end}) ${quote(n.exact)}: ${CURATION_NOTES[n.outcome]}`);
      }
    } else {
      lines.push(`OK     ${name}: workspace schema configuration`);
    }
    for (const w of r.warnings) lines.push(`         warning: ${w}`);
  }
  lines.push('', `${totals.files} file${totals.files === 1 ? '' : 's'}, ${totals.failed} unreadable or invalid; annotations: ${summary(totals)}`);
  return lines.join('\n') + '\n';
}

function summary(c: Record<AnchorState, number>): string {
  return `${c.exact} exact, ${c.reanchored} re-anchored, ${c['needs-review']} need review, ${c.orphaned} orphaned`;
}

function quote(s: string): string {
  const flat = s.replace(/\r?\n/g, '⏎');
  return JSON.stringify(flat.length > 60 ? flat.slice(0, 57) + '...' : flat);
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
