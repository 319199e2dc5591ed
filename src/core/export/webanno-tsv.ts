/**
 * WebAnno TSV 3.3 export, for INCEpTION (and WebAnno): one `<name>.tsv` per article. The
 * text is cut into tokens (the CoNLL tokenizer, cut again at every span boundary so each
 * span covers whole tokens) and sentences; each sentence's `#Text=` runs up to the next
 * sentence, line breaks and spacing included, so INCEpTION rebuilds the article's text
 * exactly (its reader pads gaps between sentences with spaces otherwise).
 */
import { canonicalAnnotation } from '../annotations/serialize';
import type { Annotation } from '../annotations/types';
import { sentences, tokenize, type Token } from './conll';
import { sanitizeRelativePath, stripExtension, UniquePaths } from './paths';
import type { ExportArticle, ExportInput, ExportResult, RecognizedCounts } from './types';
import { runSteps } from '../incremental/time-slices';
import { collectSteps, wholeFile, type ArticleExporter } from './article-exporter';
import {
  ANNOTATION_FEATURES,
  ANNOTATION_LAYER,
  displayValue,
  escapeText,
  escapeValue,
  RECOGNIZED_FEATURES,
  RECOGNIZED_LAYER,
  SPEAKER_LAYER,
  TSV_FORMAT_LINE,
} from './webanno-tsv-format';

export const TSV_HEADER = [
  TSV_FORMAT_LINE,
  `#T_SP=${ANNOTATION_LAYER}|${ANNOTATION_FEATURES.join('|')}`,
  `#T_SP=${RECOGNIZED_LAYER}|${RECOGNIZED_FEATURES.join('|')}`,
  `#T_RL=${SPEAKER_LAYER}|BT_${RECOGNIZED_LAYER}`,
].join('\n');

/** One annotation of a span layer as the rows see it. */
interface SpanItem {
  start: number;
  end: number;
  /** Feature values in header order; undefined is written as TSV's null `*`. */
  values: Array<string | undefined>;
  /** Set when the annotation spans several tokens or shares a token with another one of
   *  its layer: TSV's disambiguation id, unique in the document. */
  id?: number;
  units: number[];
}

export function exportWebannoTsv(input: ExportInput): ExportResult {
  return runSteps(collectSteps(webannoTsvExporter(), input.articles));
}

/** A file an article; across articles only the names handed out and the warnings. */
export function webannoTsvExporter(): ArticleExporter {
  const warnings: string[] = [];
  const names = new UniquePaths();
  return {
    article(article) {
      const base = names.claim(stripExtension(sanitizeRelativePath(article.path)), ['.tsv']);
      const { contents, annotations, recognized } = tsvArticle(article, warnings);
      return [wholeFile(base + '.tsv', contents, annotations, recognized)];
    },
    finish: () => [],
    warnings: () => warnings,
  };
}

function tsvArticle(article: ExportArticle, warnings: string[]): { contents: string; annotations: number; recognized: RecognizedCounts } {
  const text = article.text;
  const own = article.annotations.map((a) => ({ start: a.target.start, end: a.target.end, values: annotationValues(a), units: [] as number[] }) as SpanItem);
  const recognized: SpanItem[] = [];
  const kindOf = new Map<SpanItem, keyof RecognizedCounts>();
  const mentionAt = new Map<string, SpanItem>();
  for (const m of article.actors ?? []) {
    const item: SpanItem = { start: m.start, end: m.end, units: [], values: recognizedValues({ kind: m.type, canonical: m.canonical, entityId: m.entityId, ...provenanceOf(m) }) };
    recognized.push(item);
    kindOf.set(item, 'actors');
    mentionAt.set(`${m.start}:${m.end}`, item);
  }
  const speakers: Array<{ from: SpanItem; to: SpanItem }> = [];
  const said = [
    ...(article.quotes ?? []).map((q) => ({ s: q, kind: 'quote', form: (q as { form?: string }).form, attribution: undefined as string | undefined })),
    ...(article.reported ?? []).map((s) => ({ s, kind: 'reported', form: undefined, attribution: s.attribution as string | undefined })),
  ];
  for (const { s, kind, form, attribution } of said) {
    const item: SpanItem = { start: s.start, end: s.end, units: [], values: recognizedValues({ kind, speaker: s.speaker ?? undefined, cue: s.cue, form, attribution, ...provenanceOf(s) }) };
    recognized.push(item);
    kindOf.set(item, kind === 'quote' ? 'quotes' : 'reported');
    const to = s.speakerMention && mentionAt.get(`${s.speakerMention.start}:${s.speakerMention.end}`);
    if (to) speakers.push({ from: item, to });
  }

  const all = [...own, ...recognized];
  const tokens = tokenize(text, all.flatMap((x) => [x.start, x.end]));
  place(own, tokens);
  place(recognized, tokens);
  const lost = (items: SpanItem[], what: (i: number) => string) =>
    items.forEach((x, i) => x.units.length === 0 && warnings.push(`${article.path}: ${what(i)} [${x.start}, ${x.end}) covers no token (only spaces or invisible characters); WebAnno TSV cannot hold it, skipped`));
  lost(own, (i) => `${article.annotations[i].kind} annotation ${article.annotations[i].id}`);
  lost(recognized, () => 'recognized span');
  let nextId = 1;
  for (const layer of [own, recognized]) {
    const perUnit = new Map<number, number>();
    for (const x of layer) for (const u of x.units) perUnit.set(u, (perUnit.get(u) ?? 0) + 1);
    for (const x of layer) if (x.units.length > 1 || x.units.some((u) => perUnit.get(u)! > 1)) x.id = nextId++;
  }

  const sents = sentences(text, tokens);
  const unitName: string[] = [];
  sents.forEach((s, i) => s.forEach((_, j) => unitName.push(`${i + 1}-${j + 1}`)));
  const relationsAt = new Map<number, Array<{ from: SpanItem; to: SpanItem }>>();
  for (const r of speakers) {
    if (!r.from.units.length || !r.to.units.length) continue;
    const u = r.to.units[0];
    relationsAt.set(u, [...(relationsAt.get(u) ?? []), r]);
  }
  const coveringOwn = covering(own, tokens.length);
  const coveringRec = covering(recognized, tokens.length);

  if (tokens.length && tokens[0].start > 0) warnings.push(`${article.path}: the ${tokens[0].start} characters before the first word become spaces in INCEpTION (WebAnno TSV has no place for text before the first sentence)`);
  const out: string[] = [TSV_HEADER, '', ''];
  let unit = 0;
  sents.forEach((sentence, i) => {
    const from = sentence[0].start;
    // The sentence text runs to the next sentence (its spacing and line breaks included);
    // the last one to the end, less the line feed INCEpTION's reader adds back.
    let to = i + 1 < sents.length ? sents[i + 1][0].start : text.length;
    if (i + 1 === sents.length && text.endsWith('\n')) to--;
    if (i > 0) out.push('');
    for (const line of text.slice(from, to).split('\n')) out.push('#Text=' + escapeText(line));
    for (const tok of sentence) {
      const cols = [unitName[unit], `${tok.start}-${tok.end}`, text.slice(tok.start, tok.end)];
      cols.push(...spanColumns(coveringOwn[unit], ANNOTATION_FEATURES.length));
      cols.push(...spanColumns(coveringRec[unit], RECOGNIZED_FEATURES.length));
      const rels = relationsAt.get(unit);
      cols.push(rels ? rels.map((r) => unitName[r.from.units[0]] + (r.from.id || r.to.id ? `[${r.from.id ?? 0}_${r.to.id ?? 0}]` : '')).join('|') : '_');
      out.push(cols.join('\t') + '\t');
      unit++;
    }
  });
  const counts: RecognizedCounts = { actors: 0, quotes: 0, reported: 0 };
  for (const x of recognized) if (x.units.length) counts[kindOf.get(x)!]++;
  return { contents: out.join('\n') + '\n', annotations: own.filter((x) => x.units.length).length, recognized: counts };
}

/** Sets each item's units: the tokens inside its span. Tokens are sorted and disjoint. */
function place(items: SpanItem[], tokens: readonly Token[]): void {
  for (const x of items) {
    let lo = 0, hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= x.start) lo = mid + 1;
      else hi = mid;
    }
    for (let u = lo; u < tokens.length && tokens[u].start < x.end; u++) if (tokens[u].start >= x.start && tokens[u].end <= x.end) x.units.push(u);
  }
}

function covering(items: readonly SpanItem[], n: number): SpanItem[][] {
  const out: SpanItem[][] = Array.from({ length: n }, () => []);
  for (const x of items) for (const u of x.units) out[u].push(x);
  return out;
}

/** One column per feature: the stacked annotations' values joined by |, `_` for none. */
function spanColumns(items: readonly SpanItem[], features: number): string[] {
  if (!items.length) return Array<string>(features).fill('_');
  const cols: string[] = [];
  for (let f = 0; f < features; f++) {
    cols.push(items.map((x) => (x.values[f] === undefined || x.values[f] === '' ? '*' : escapeValue(x.values[f]!)) + (x.id ? `[${x.id}]` : '')).join('|'));
  }
  return cols;
}

function annotationValues(a: Annotation): Array<string | undefined> {
  const fields = (a as unknown as Record<string, Record<string, unknown>>)[a.kind];
  const record = { ...(canonicalAnnotation(a) as unknown as Record<string, unknown>) };
  delete record.target;
  // The exact ends: TSV spans cover whole tokens, so spacing at a span's edge is lost
  // unless kept here; the import uses them while the span still covers the same tokens.
  record.span = [a.target.start, a.target.end];
  const known: Record<string, unknown> = { kind: a.kind, annotator: a.annotator, status: a.status, note: a.note, tags: a.tags.length ? a.tags.join(', ') : undefined, sorot: JSON.stringify(record), ...fields };
  return ANNOTATION_FEATURES.map((f) => (known[f] === undefined ? undefined : f === 'sorot' ? String(known[f]) : displayValue(String(known[f]))));
}

function recognizedValues(v: Record<string, string | undefined>): Array<string | undefined> {
  return RECOGNIZED_FEATURES.map((f) => (v[f] === undefined ? undefined : displayValue(v[f]!)));
}

function provenanceOf(item: object): { provenance?: string; by?: string } {
  const { provenance, by } = item as { provenance?: string; by?: string };
  return { provenance, by };
}
