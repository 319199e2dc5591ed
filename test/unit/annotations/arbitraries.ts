// fast-check generators shared by the annotation tests: article-like texts that include
// CRLF, emoji (surrogate pairs), combining marks and repeated phrases (so identical
// quotes occur more than once), annotations on them, and random edit sequences.
import fc from 'fast-check';
import { createAnnotation } from '../../../src/core/annotations/create';
import type { TextEdit } from '../../../src/core/annotations/reanchor-live';
import type { Annotation, Sidecar } from '../../../src/core/annotations/types';

const TOKENS = [
  'Menteri', 'Luar', 'Negeri', 'Retno', 'mengatakan', 'bahwa', 'Indonesia', 'mendukung', 'perdamaian',
  'Rusia', 'Ukraina', 'NATO', 'sanksi', 'kata', 'dia', 'di', 'Jakarta', 'Senin', '(12/3)', '.', ',',
  '"', '“', '”', '—', ' ', ' ', ' ', ' ', '\n', '\r\n', '😀', '🇮🇩', 'e\u0301', 'Bebas-aktif', '2024', 'ujarnya',
];

export const textArb = (maxTokens = 120, minTokens = 1): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...TOKENS), { minLength: minTokens, maxLength: maxTokens, size: 'max' }).map((t) => t.join(''));

const KIND_FIELDS = [
  { kind: 'claim' as const, claim: { claimant: 'Retno', paraphrase: 'Indonesia supports peace.', checkWorthiness: 'high' as const } },
  { kind: 'stance' as const, stance: { holder: 'Retno', target: 'Peace negotiations', polarity: 'favor' as const, intensity: 2 as const } },
  { kind: 'source' as const, source: { sourceName: 'Kementerian Luar Negeri', sourceType: 'official' as const, relation: 'direct' as const } },
  // Actors picked from the KB carry its entity id next to the label (sidecar version 3).
  { kind: 'claim' as const, claim: { paraphrase: 'Moscow warns NATO.', claimant: 'Peskov', claimantId: 'dmitry-peskov' } },
  { kind: 'stance' as const, stance: { holderId: 'retno-marsudi', holder: 'Retno', target: 'Peace negotiations', polarity: 'favor' as const } },
  { kind: 'source' as const, source: { sourceName: 'Kemlu', sourceId: 'kementerian-luar-negeri', sourceType: 'official' as const, relation: 'reported' as const } },
];

/** Annotations with a non-empty span not splitting a surrogate pair, on `text`. */
export function annotationsArb(text: string, max = 8): fc.Arbitrary<Annotation[]> {
  const span = fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.nat({ max: KIND_FIELDS.length - 1 }), fc.nat())
    .map(([a, b, k, seq]) => {
      let start = Math.min(a, b);
      let end = Math.max(a, b);
      if (start > 0 && isLow(text.charCodeAt(start))) start--;
      if (end < text.length && isLow(text.charCodeAt(end))) end++;
      if (end === start) end = Math.min(text.length, start + 1);
      return { start, end, k, seq };
    })
    .filter((s) => s.end > s.start);
  return fc.array(span, { maxLength: max }).map((spans) =>
    spans.map((s, i) =>
      createAnnotation({
        text,
        start: s.start,
        end: s.end,
        annotator: 'ana',
        fields: KIND_FIELDS[s.k],
        now: 1_700_000_000_000 + i,
        id: fakeUlid(i * 1000 + (s.seq % 1000)),
        tags: i % 2 ? ['framing'] : [],
      }),
    ),
  );
}

/** A random edit valid against a text of `length`: insert, delete or replace. */
export function editArb(length: number): fc.Arbitrary<TextEdit> {
  return fc
    .tuple(fc.nat({ max: length }), fc.nat({ max: 12 }), fc.constantFrom('', 'x', ' ', 'Rusia', '\r\n', '😀', 'kata dia ', 'e\u0301'))
    .map(([offset, len, text]) => ({ offset, length: Math.min(len, length - offset), text }));
}

/** A sequence of edits, each valid against the text the previous ones leave. */
export function editSequenceArb(initialLength: number, maxEdits = 8): fc.Arbitrary<TextEdit[]> {
  // Positions drawn uniformly (fc.double would favour the ends of the text).
  return fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.nat({ max: 12 }), fc.constantFrom('', 'x', ' ', 'Rusia', '\r\n', '😀', 'kata dia ')), {
    minLength: 1,
    maxLength: maxEdits,
  }).map((raw) => {
    let length = initialLength;
    return raw.map(([pos, len, text]) => {
      const offset = Math.floor((pos / 1_000_000) * length);
      const edit = { offset, length: Math.min(len, length - offset), text };
      length += edit.text.length - edit.length;
      return edit;
    });
  });
}

export function applyEdit(text: string, e: TextEdit): string {
  return text.slice(0, e.offset) + e.text + text.slice(e.offset + e.length);
}

export function sidecarArb(): fc.Arbitrary<Sidecar> {
  return textArb(60).chain((text) =>
    fc.record({
      annotations: annotationsArb(text, 6),
      status: fc.constantFrom(undefined, 'not-started' as const, 'in-progress' as const, 'done' as const),
      annotator: fc.constantFrom(undefined, 'ana', 'budi_2'),
      note: fc.constantFrom(undefined, '', 'catatan: "kutipan" \\ 😀', 'line\nbreak'),
    }).map(({ annotations, status, annotator, note }) => {
      const s: Sidecar = { schemaVersion: 3, article: 'berita.txt', annotations: annotations.map((a) => (note === undefined ? a : { ...a, note })) };
      if (status) s.articleStatus = status;
      if (annotator) s.annotator = annotator;
      return s;
    }),
  );
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Deterministic valid ULIDs for fixtures. */
export function fakeUlid(n: number): string {
  let out = '';
  let v = n;
  for (let i = 0; i < 16; i++) {
    out = CROCKFORD[v % 32] + out;
    v = Math.floor(v / 32);
  }
  return '01HZZZZZZZ' + out;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
