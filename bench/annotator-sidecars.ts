// Deterministic annotation files of several annotators for the benchmarks' generated
// articles (article-generator.ts), as a team measuring its reliability makes them: a
// share of the corpus annotated twice, part of it three times, each annotator in a file
// of their own (`<name>.<annotator>.sorot.json`), with claims, stances and sources on
// sentences, a few suggestions not accepted (they do not count), and on half of those
// articles corrections of the recognized layer. The second and third annotators start
// from the first one's judgements and depart from them now and then (a span dropped, a
// boundary moved, another kind or value, a span of their own), so the report has
// agreement and disagreements to count. Same article and number, same bytes.
import type { Correction } from '../src/core/annotations/corrections';
import { makeTarget } from '../src/core/annotations/target';
import { articleTextHash } from '../src/core/annotations/text-version';
import { SIDECAR_SCHEMA_VERSION, type Annotation, type AnnotationKind, type Polarity, type Sidecar, type SourceType } from '../src/core/annotations/types';
import { decide } from '../src/core/curation/decide';
import type { AnalysisResult } from '../src/core/recognize/types';
import { prng } from './article-generator';

export const BENCH_ANNOTATORS = ['ani', 'budi', 'citra'] as const;

/** Who annotates article number `n`: one in ten articles by two annotators, one in thirty
 *  by three (a reliability sample of 10% of the corpus). */
export function annotatorsOf(n: number): string[] {
  if (n % 10 !== 0) return [];
  return n % 30 === 0 ? [...BENCH_ANNOTATORS] : ['ani', 'budi'];
}

/** Whether the annotators of article `n` also correct its recognized layer (half of them:
 *  the agreement runs the recognizer on those). */
export function reviewsRecognizedLayer(n: number): boolean {
  return n % 20 === 0;
}

const POLARITIES: Polarity[] = ['favor', 'against', 'neutral'];
const SOURCE_TYPES: SourceType[] = ['official', 'news agency', 'media', 'anonymous'];
const KINDS: AnnotationKind[] = ['claim', 'stance', 'source'];
/** Fixed times and ids: the files' bytes depend on the article and its number only. */
const TIME = '2026-11-20T08:00:00.000Z';
const DECIDED_AT = Date.UTC(2026, 10, 20, 8);

/** A judgement before it becomes an annotation: a span, a kind and its value. */
interface Judgement {
  start: number;
  end: number;
  kind: AnnotationKind;
  /** Index into the kind's values (polarity, source type). */
  value: number;
}

export interface AnnotatorFile {
  annotator: string;
  sidecar: Sidecar;
  /** Annotations that count in the agreement (status accepted). */
  accepted: number;
}

/**
 * Every annotator's file of article number `n` (file name `name`, text `text`); none when
 * the article is not in the sample. `machine` is the recognizer's analysis of the text,
 * asked only for an article whose recognized layer is corrected.
 */
export function annotatorFiles(n: number, name: string, text: string, machine: () => AnalysisResult): AnnotatorFile[] {
  const who = annotatorsOf(n);
  if (who.length === 0) return [];
  const sentences = sentenceSpans(text);
  const rnd = prng(7919 * n + 1);
  // The first annotator's judgements: about one sentence in two, kinds in turn.
  const reference: Judgement[] = [];
  for (const [k, s] of sentences.entries()) if (k === 0 || rnd() < 0.5) reference.push({ ...s, kind: KINDS[reference.length % 3] as AnnotationKind, value: Math.floor(rnd() * 3) });
  const analysis = reviewsRecognizedLayer(n) ? machine() : undefined;
  return who.map((annotator, j) => {
    const judged = j === 0 ? reference : departFrom(reference, sentences, prng(7919 * n + 1 + j));
    const annotations = judged.map((x, k) => annotation(((n * 4 + j) * 64 + k) * 4, annotator, text, x, k > 0 && (n + k + j) % 12 === 0));
    const corrections = analysis ? correctionsOf(annotator, j, text, analysis, n) : [];
    const sidecar: Sidecar = {
      schemaVersion: SIDECAR_SCHEMA_VERSION,
      article: name,
      annotator,
      textHash: articleTextHash(text),
      annotations,
      ...(corrections.length ? { corrections } : {}),
    };
    return { annotator, sidecar, accepted: annotations.filter((a) => a.status === 'accepted').length };
  });
}

/** Sentences of the text: from a letter or a quote mark after a break to the next full
 *  stop, question or exclamation mark at a word's end. */
function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/[^\s.!?][^.!?\n]{20,}?[.!?](?=\s|$)/gu)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Another annotator's judgements: the reference's, each kept as it is most of the time,
 *  else dropped, its end moved before its stop, given the next kind or another value;
 *  and a sentence of their own now and then. */
function departFrom(reference: readonly Judgement[], sentences: ReadonlyArray<{ start: number; end: number }>, rnd: () => number): Judgement[] {
  const out: Judgement[] = [];
  for (const x of reference) {
    const r = rnd();
    if (r < 0.08) continue;
    if (r < 0.16) out.push({ ...x, end: x.end - 1 });
    else if (r < 0.24) out.push({ ...x, kind: KINDS[(KINDS.indexOf(x.kind) + 1) % 3] as AnnotationKind });
    else if (r < 0.34) out.push({ ...x, value: (x.value + 1) % 3 });
    else out.push(x);
  }
  const taken = new Set(reference.map((x) => x.start));
  const free = sentences.filter((s) => !taken.has(s.start));
  if (free.length && rnd() < 0.3) out.push({ ...(free[Math.floor(rnd() * free.length)] as { start: number; end: number }), kind: 'claim', value: 0 });
  return out.sort((p, q) => p.start - q.start);
}

function annotation(key: number, annotator: string, text: string, x: Judgement, suggested: boolean): Annotation {
  const base = {
    id: benchId(key),
    target: makeTarget(text, x.start, x.end),
    annotator,
    created: TIME,
    modified: TIME,
    status: suggested ? ('suggested' as const) : ('accepted' as const),
    tags: [] as string[],
  };
  if (x.kind === 'claim') return { ...base, kind: 'claim', claim: { claimant: 'Juru Bicara' } };
  if (x.kind === 'stance') return { ...base, kind: 'stance', stance: { holder: 'Juru Bicara', target: 'kebijakan', polarity: POLARITIES[x.value] as Polarity } };
  return { ...base, kind: 'source', source: { sourceName: 'Kementerian', sourceType: SOURCE_TYPES[x.value] as SourceType, relation: 'direct' } };
}

/** Decisions on the recognized layer: the first annotator rejects one mention in four of
 *  the first twelve, renames one in four, and names the first quote's speaker; the others
 *  make the same decisions on most of these and another on some. */
function correctionsOf(annotator: string, j: number, text: string, machine: AnalysisResult, n: number): Correction[] {
  const out: Correction[] = [];
  const rnd = prng(104729 * n + j);
  for (const [k, m] of machine.actors.slice(0, 12).entries()) {
    const what = j > 0 && rnd() < 0.2 ? (k + 1) % 4 : k % 4;
    if (what >= 2) continue;
    const reject = what === 0;
    const values = reject ? { layer: 'actor' as const } : { layer: 'actor' as const, type: m.type, canonical: `${m.canonical} (${j > 0 && rnd() < 0.3 ? 'lain' : 'dikoreksi'})` };
    out.push(decide({ text, start: m.start, end: m.end, annotator, decision: reject ? 'reject' : 'set', values, now: DECIDED_AT, id: benchId(((n * 4 + j) * 64 + k) * 4 + 1) }, out).correction);
  }
  const q = machine.quotes[0];
  if (q) out.push(decide({ text, start: q.start, end: q.end, annotator, decision: 'set', values: { layer: 'quote', speaker: j === 2 ? 'Juru Bicara Lain' : 'Juru Bicara' }, now: DECIDED_AT, id: benchId((n * 4 + j) * 256 + 2) }, out).correction);
  return out;
}

/** A ULID of its own for each number (the sidecar's schema wants one): `01JB` and the
 *  number in Crockford base 32, as the export bench makes them. */
function benchId(key: number): string {
  const digits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  let out = '';
  for (let i = 0, k = key; i < 22; i++, k = Math.floor(k / 32)) out = digits[k % 32] + out;
  return `01JB${out}`;
}
