// `sorot import --format jsonl|w3c|brat [--articles DIR] INPUT...`: reads an export back
// into sidecars next to the articles under DIR. Merges by annotation id (an imported
// annotation replaces the one with its id, others are added; nothing is deleted), and
// never writes over a sidecar it cannot parse.
import { promises as fsp } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { newUlid } from '../../core/annotations/ulid';
import { importBrat } from '../../core/export/brat-import';
import { NATIVE_ANNOTATION_CONF } from '../../core/export/brat-native';
import { readDoccano } from '../../core/export/doccano';
import { importForeignSpans } from '../../core/export/foreign';
import { IMPORT_MAP_PATH, mapValue, parseImportMap, proposeImportMap, type ImportMap } from '../../core/export/import-map';
import { importIntoSidecars } from '../../core/export/import-sidecars';
import { emptyResult, mergeResults, type ImportContext, type ImportResult } from '../../core/export/import-types';
import { readLabelStudio } from '../../core/export/label-studio';
import { readWebannoTsvFile } from '../../core/export/webanno-tsv-import';
import { ArticleMatcher } from '../../core/export/match-article';
import { importJsonl } from '../../core/export/jsonl-import';
import { importW3c } from '../../core/export/w3c-import';
import { decodeText } from '../../core/text/decode';
import { describeFsError, readArticle } from '../io/read-article';
import { nodeFileSystem } from '../../node/file-system';
import { findArticles } from '../io/corpus';
import type { CliCommand } from './usage';
import { parseCommandLine } from './usage';
import { countOf } from '../../core/text/plural';

const USAGE = `usage: sorot import --format jsonl|w3c|brat|doccano|labelstudio|webanno-tsv [options] INPUT...

Reads annotations exported by "sorot export" or made in another tool into sidecars
next to the articles.

  --format F        jsonl (files), w3c (.jsonld/.json files or folders), brat (.ann files
                    or folders; each X.ann needs its X.txt beside it), doccano (.jsonl
                    sequence labelling), labelstudio (Label Studio JSON export),
                    webanno-tsv (INCEpTION / WebAnno TSV 3 .tsv files or folders)
  --map FILE        label map for other tools' labels (default: <DIR>/.sorot/import-map.json
                    when it exists); a label it does not name is skipped and reported
  --articles DIR    folder the exported article paths are relative to (default: .)
                    for brat, <DIR>/<path of X.ann without .ann>.txt is the article
                    (after a --brat-native export, <annotator>/X.ann is X.txt, by that annotator)
  --annotator NAME  annotator for annotations that name none (spans drawn in brat)
  --per-annotator   always write <name>.<annotator>.sorot.json
  --base-uri IRI    w3c: the prefix used at export (default urn:sorot:article:)
  --dry-run         report what would change, write nothing
  --propose-map     write nothing but a proposed label map for the labels found to
                    <DIR>/.sorot/import-map.json (only when there is none), to review

Sidecar chosen per article and annotator: an existing <name>.<annotator>.sorot.json,
else an existing <name>.sorot.json, else a new one (per annotator when the import has
several annotators for the article). A sidecar that cannot be parsed is left untouched.
doccano, Label Studio and WebAnno TSV records are matched to articles by file name, else by their
text (exactly, then with line ends normalised); records that match none are reported.
Exit status: 0 done, 1 nothing imported or some records or files could not be imported,
2 usage error.
`;

type Format = 'jsonl' | 'w3c' | 'brat' | 'doccano' | 'labelstudio' | 'webanno-tsv';
const FORMATS: readonly string[] = ['jsonl', 'w3c', 'brat', 'doccano', 'labelstudio', 'webanno-tsv'];

interface Parsed {
  format: Format;
  map?: string;
  articles: string;
  annotator: string;
  perAnnotator: boolean;
  baseUri?: string;
  dryRun: boolean;
  proposeMap: boolean;
  inputs: string[];
}

function parseArgs(args: string[]): Parsed | string {
  let format: string | undefined, articles = '.', annotator = 'imported', perAnnotator = false, dryRun = false;
  let baseUri: string | undefined, map: string | undefined, proposeMap = false;
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    switch (a) {
      case '--format': format = args[++i]; break;
      case '--articles': articles = args[++i] ?? ''; break;
      case '--annotator': annotator = args[++i] ?? ''; break;
      case '--per-annotator': perAnnotator = true; break;
      case '--base-uri': baseUri = args[++i]; break;
      case '--map': map = args[++i] ?? ''; break;
      case '--dry-run': dryRun = true; break;
      case '--propose-map': proposeMap = true; break;
      default:
        if (a.startsWith('-')) return `unknown option ${a}`;
        inputs.push(a);
    }
  }
  if (format === undefined || !FORMATS.includes(format)) return '--format must be jsonl, w3c, brat, doccano, labelstudio or webanno-tsv';
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(annotator)) return '--annotator may only contain letters, digits, "_" and "-"';
  if (inputs.length === 0) return 'no INPUT given';
  const out: Parsed = { format: format as Format, articles, annotator, perAnnotator, dryRun: dryRun || proposeMap, proposeMap, inputs };
  if (baseUri !== undefined) out.baseUri = baseUri;
  if (map !== undefined) out.map = map;
  return out;
}

/** Files under the inputs (folders searched recursively) whose names end in one of `exts`. */
async function inputFiles(inputs: string[], exts: string[], problems: string[]): Promise<Array<{ osPath: string; rel: string }>> {
  const out: Array<{ osPath: string; rel: string }> = [];
  const walk = async (dir: string, root: string): Promise<void> => {
    const entries = await fsp.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory() && !e.name.startsWith('.')) await walk(p, root);
      else if (e.isFile() && exts.some((x) => e.name.toLowerCase().endsWith(x))) out.push({ osPath: p, rel: relative(root, p).split(sep).join('/') });
    }
  };
  for (const input of inputs) {
    try {
      const s = await fsp.stat(input);
      if (s.isDirectory()) await walk(input, input);
      else out.push({ osPath: input, rel: basename(input) });
    } catch (e) {
      problems.push(`${input}: ${describeFsError(e)}`);
    }
  }
  return out;
}

/** An input file's text, through the decoder articles use (a brat .txt must decode to
 *  the very text of its article). */
async function readText(path: string, problems: string[]): Promise<string | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(path);
  } catch (e) {
    problems.push(`${path}: ${describeFsError(e)}`);
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problems.push(`${path}: ${decoded.message}; not imported`);
    return undefined;
  }
  // The BOM is kept as read: brat counts it in the .txt's offsets, the parsers skip it.
  return decoded.hadBom ? `\uFEFF${decoded.text}` : decoded.text;
}

const merge = mergeResults;

/** Whether the folder `depth` levels above an .ann holds the annotation.conf of a
 *  --brat-native export (a folder per annotator). */
async function isNativeBratFolder(ann: string, depth: number): Promise<boolean> {
  let folder = dirname(ann);
  for (let i = 1; i < depth; i++) folder = dirname(folder);
  const conf = await fsp.readFile(join(folder, 'annotation.conf'), 'utf8').catch(() => '');
  return conf.startsWith(NATIVE_ANNOTATION_CONF.split('\n', 1)[0]);
}

/** Writes a proposed map for the labels found (never over an existing file). */
async function proposeMap(parsed: Parsed, result: ImportResult, current: ImportMap | undefined): Promise<number> {
  const labels = { ...Object.fromEntries([...(current ?? new Map())].map(([k, v]) => [k, mapValue(v)])), ...proposeImportMap(result.unmapped) };
  const contents = JSON.stringify({ labels }, null, 2) + '\n';
  const path = join(parsed.articles, IMPORT_MAP_PATH);
  if (Object.keys(labels).length === 0) {
    process.stderr.write('sorot import: no labels to map were found; no map proposed\n');
    return 1;
  }
  try {
    await fsp.mkdir(join(parsed.articles, '.sorot'), { recursive: true });
    await fsp.writeFile(path, contents, { flag: 'wx' });
  } catch (e) {
    process.stdout.write(contents);
    process.stderr.write(`sorot import: ${path}: ${(e as NodeJS.ErrnoException).code === 'EEXIST' ? 'exists, not overwritten' : describeFsError(e)}; the proposed map is printed above\n`);
    return 1;
  }
  process.stdout.write(`proposed a map of ${countOf(Object.keys(labels).length, 'label')} in ${path}: review it, then run the import again\n`);
  return 0;
}

/** The label map: --map, else <articles>/.sorot/import-map.json when there is one. */
async function loadMap(parsed: Parsed): Promise<{ map?: ImportMap } | { errors: string[] }> {
  const path = parsed.map ?? join(parsed.articles, IMPORT_MAP_PATH);
  if (parsed.map === undefined && !(await fsp.stat(path).catch(() => undefined))) return {};
  const errors: string[] = [];
  const contents = await readText(path, errors);
  return contents === undefined ? { errors } : parseImportMap(contents, path);
}

export const importCommand: CliCommand = {
  summary: 'import JSONL, W3C Web Annotation or brat files back into sidecars',
  async run(args: string[]): Promise<number> {
    const parsed = parseCommandLine('import', USAGE, args, parseArgs);
    if (typeof parsed === 'number') return parsed;
    const problems: string[] = [];
    // Article texts keyed by their path relative to --articles, as exports name them.
    const texts = new Map<string, string>();
    const osPathOf = new Map<string, string>();
    for (const { osPath } of await findArticles([parsed.articles], problems)) {
      const read = await readArticle(osPath);
      if ('error' in read) continue; // reported only if an import targets it
      const key = relative(parsed.articles, osPath).split(sep).join('/');
      texts.set(key, read.text);
      osPathOf.set(key, osPath);
    }
    const loadedMap = await loadMap(parsed);
    if ('errors' in loadedMap) {
      for (const e of loadedMap.errors) process.stderr.write(`sorot import: ${e}\n`);
      process.stderr.write('sorot import: nothing imported: fix the label map first\n');
      return 1;
    }
    const context: ImportContext & { baseUri?: string } = { texts, defaultAnnotator: parsed.annotator, now: new Date().toISOString(), newId: () => newUlid() };
    if (loadedMap.map) context.labelMap = loadedMap.map;
    if (parsed.baseUri) context.baseUri = parsed.baseUri;
    const result: ImportResult = emptyResult();
    const matcher = new ArticleMatcher(texts);

    if (parsed.format === 'brat') {
      for (const f of await inputFiles(parsed.inputs, ['.ann'], problems)) {
        const stem = f.rel.replace(/\.ann$/i, '');
        let article = `${stem}.txt`;
        let annotatorContext = context;
        // A --brat-native export has a folder per annotator: <annotator>/<article path>.ann.
        const [folder, ...below] = stem.split('/');
        if (!texts.has(article) && below.length && texts.has(`${below.join('/')}.txt`) && /^[A-Za-z0-9_-]{1,64}$/.test(folder) && (await isNativeBratFolder(f.osPath, below.length))) {
          article = `${below.join('/')}.txt`;
          annotatorContext = { ...context, defaultAnnotator: folder };
        }
        const [ann, bratTxt] = [await readText(f.osPath, problems), await readText(f.osPath.replace(/\.ann$/i, '.txt'), problems)];
        const text = texts.get(article);
        if (ann === undefined || bratTxt === undefined) continue;
        if (text === undefined) {
          problems.push(`${f.osPath}: no article ${join(parsed.articles, article)} to attach it to`);
          continue;
        }
        merge(result, importBrat(ann, bratTxt, article, text, annotatorContext, f.osPath));
      }
    } else if (parsed.format === 'doccano' || parsed.format === 'labelstudio' || parsed.format === 'webanno-tsv') {
      const exts = parsed.format === 'doccano' ? ['.jsonl', '.json'] : parsed.format === 'labelstudio' ? ['.json'] : ['.tsv'];
      for (const f of await inputFiles(parsed.inputs, exts, problems)) {
        const contents = await readText(f.osPath, problems);
        if (contents === undefined) continue;
        const read = parsed.format === 'doccano' ? readDoccano(contents, f.osPath, matcher) : parsed.format === 'labelstudio' ? readLabelStudio(contents, f.osPath, matcher) : readWebannoTsvFile(contents, f.osPath, matcher);
        importForeignSpans(read.spans, context.labelMap ?? new Map(), context, read.result);
        merge(result, read.result);
      }
    } else {
      const exts = parsed.format === 'jsonl' ? ['.jsonl', '.ndjson'] : ['.jsonld', '.json'];
      for (const f of await inputFiles(parsed.inputs, exts, problems)) {
        const contents = await readText(f.osPath, problems);
        if (contents === undefined) continue;
        const r = parsed.format === 'jsonl' ? importJsonl(contents, context) : importW3c(contents, context);
        r.errors = r.errors.map((e) => `${f.osPath}: ${e}`);
        merge(result, r);
      }
    }

    if (parsed.proposeMap) return proposeMap(parsed, result, context.labelMap);
    const summary = await importIntoSidecars(nodeFileSystem, result, {
      articlePathOf: (article) => osPathOf.get(article),
      articleTextOf: (article) => texts.get(article),
      perAnnotator: parsed.perAnnotator,
      dryRun: parsed.dryRun,
    });
    problems.push(...summary.problems.map((p) => p.replace(/^([^:]+): no such article;/, `$1: no such article under ${parsed.articles};`)));
    const { added, replaced, corrections, files } = summary;
    for (const w of result.warnings) process.stderr.write(`sorot import: warning: ${w}\n`);
    for (const e of [...result.errors, ...problems]) process.stderr.write(`sorot import: ${e}\n`);
    const imported = added + replaced + corrections;
    const skipped = [...result.skipped.values()].reduce((a, b) => a + b, 0);
    const why = [...result.skipped].map(([reason, n]) => `${n}: ${reason}`).join('; ');
    process.stdout.write(
      `${parsed.dryRun ? 'would import' : 'imported'} ${imported}, mapped ${countOf(result.mappedLabels.size, 'label')}, skipped ${skipped}${why ? ` (${why})` : ''}\n` +
        `  ${added} new and ${countOf(replaced, 'updated annotation')}, ${countOf(corrections, 'recognized-layer correction')}, into ${countOf(files, 'sidecar')}${result.errors.length ? `; ${countOf(result.errors.length, 'record')} rejected` : ''}\n`,
    );
    if (imported === 0) process.stderr.write(`sorot import: nothing imported${result.skipped.size && !context.labelMap ? `; to import other tools' labels, write ${join(parsed.articles, IMPORT_MAP_PATH)} (see docs/formats.md)` : ''}\n`);
    return imported === 0 || result.errors.length || problems.length ? 1 : 0;
  },
};
