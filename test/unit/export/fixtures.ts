// Test fixtures built here (never read from ../shared): small Indonesian-style articles
// written for the tests, with CRLF, emoji and a quote crossing a line break.
import { makeTarget } from '../../../src/core/annotations/target';
import type { Annotation, Polarity, SourceType } from '../../../src/core/annotations/types';

let counter = 0;
/** Deterministic ULIDs: a fixed time part and a counter. */
export function nextId(): string {
  counter++;
  const digits = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base 32, the ULID alphabet
  let tail = '';
  for (let i = 0, n = counter; i < 16; i++, n = Math.floor(n / 32)) tail = digits[n % 32] + tail;
  return '01J0000000' + tail;
}

const TIME = '2024-05-01T08:00:00.000Z';

export function claim(text: string, exact: string, annotator = 'ani', extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" not in text`);
  return { id: nextId(), kind: 'claim', target: makeTarget(text, start, start + exact.length), annotator, created: TIME, modified: TIME, status: 'accepted', tags: [], claim: { claimant: 'Budi' }, ...extra } as Annotation;
}

export function stance(text: string, exact: string, polarity: Polarity, annotator = 'ani', from = 0): Annotation {
  const start = text.indexOf(exact, from);
  if (start < 0) throw new Error(`fixture: "${exact}" not in text`);
  return { id: nextId(), kind: 'stance', target: makeTarget(text, start, start + exact.length), annotator, created: TIME, modified: TIME, status: 'accepted', tags: ['ekonomi'], stance: { holder: 'Budi', target: 'subsidi', polarity, intensity: 2 } };
}

export function source(text: string, exact: string, sourceType: SourceType, annotator = 'ani'): Annotation {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`fixture: "${exact}" not in text`);
  return { id: nextId(), kind: 'source', target: makeTarget(text, start, start + exact.length), annotator, created: TIME, modified: TIME, status: 'suggested', note: 'cek ulang', tags: [], needsReview: true, source: { sourceName: 'Kemenkeu', sourceType, relation: 'direct' } };
}

/** CRLF line ends, an emoji before the spans, a quote that crosses a line break. */
export const ARTICLE =
  'Harga Beras Naik 😀 di Pasar\r\n' +
  'JAKARTA, ANTARA - Menteri Keuangan Sri Mulyani mengatakan subsidi akan ditambah.\r\n' +
  '"Kami akan menambah\r\nsubsidi pupuk," kata Sri Mulyani di Jakarta, Senin.\r\n' +
  'Ekonom Faisal Basri menolak rencana itu. 🇮🇩 Pemerintah belum menjawab.\r\n';
