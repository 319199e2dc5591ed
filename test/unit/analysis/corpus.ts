// A three-article corpus for the table tests, built by hand (no text, no recognizer) so
// every expected figure in the tests can be counted from this file alone:
//  a.txt  ANTARA, 2024-02-27 (ISO week 9), ani set it done
//         mentions Sri Mulyani, Bank Indonesia (inside her first quote), Faisal Basri
//         quotes: Sri Mulyani x2, Faisal Basri x1; reported: Faisal Basri x1
//         stance ani: Sri Mulyani / subsidi / favor; stance budi: "Bu Menkeu" (same KB id) / subsidi / against
//         source ani official (accepted); source ani media (only suggested: not counted)
//  b.txt  Kompas.com, 2024-03-04 (ISO week 10), no status
//         mentions Faisal Basri, Sri Mulyani (inside his quote)
//         quotes: Faisal Basri x1, nobody x1
//         stance budi: Faisal Basri / subsidi / against; sources budi official, anonymous
//  opini/c.txt  no outlet, no date, the shared sidecar says in-progress
//         quotes: Sri Mulyani x1
import type { Annotation, Polarity, SourceType } from '../../../src/core/annotations/types';
import type { AnalysisArticle } from '../../../src/core/analysis/types';

const TIME = '2024-05-01T08:00:00.000Z';
let n = 0;
const base = (annotator: string, start: number, end: number, status: Annotation['status'] = 'accepted') => ({
  id: `01J00000000000000000000${String(++n).padStart(3, '0')}`,
  target: { start, end, exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
  annotator, created: TIME, modified: TIME, status, tags: [],
});

function stance(annotator: string, start: number, holder: string, holderId: string | undefined, polarity: Polarity): Annotation {
  return { ...base(annotator, start, start + 10), kind: 'stance', stance: { holder, ...(holderId ? { holderId } : {}), target: 'subsidi', polarity } };
}

function source(annotator: string, start: number, sourceType: SourceType, status: Annotation['status'] = 'accepted'): Annotation {
  return { ...base(annotator, start, start + 5, status), kind: 'source', source: { sourceName: 'x', sourceType, relation: 'direct' } };
}

const SRI = 'sri-mulyani-indrawati';

export const A: AnalysisArticle = {
  path: 'berita/a.txt', outlet: 'ANTARA', date: '2024-02-27',
  statuses: [{ annotator: 'ani', status: 'done' }],
  actors: [
    { start: 0, end: 11, canonical: 'Sri Mulyani', type: 'PER', entityId: SRI },
    { start: 40, end: 54, canonical: 'Bank Indonesia', type: 'ORG' },
    { start: 100, end: 112, canonical: 'Faisal Basri', type: 'PER' },
  ],
  quotes: [
    { start: 30, end: 60, speaker: 'Sri Mulyani', speakerId: SRI },
    { start: 70, end: 90, speaker: 'Sri Mulyani' },
    { start: 120, end: 140, speaker: 'Faisal Basri' },
  ],
  reported: [{ start: 150, end: 170, speaker: 'Faisal Basri' }],
  annotations: [stance('ani', 30, 'Sri Mulyani', SRI, 'favor'), stance('budi', 30, 'Bu Menkeu', SRI, 'against'), source('ani', 70, 'official'), source('ani', 120, 'media', 'suggested')],
};

export const B: AnalysisArticle = {
  path: 'berita/b.txt', outlet: 'Kompas.com', date: '2024-03-04',
  statuses: [],
  actors: [
    { start: 0, end: 12, canonical: 'Faisal Basri', type: 'PER' },
    { start: 50, end: 61, canonical: 'Sri Mulyani', type: 'PER', entityId: SRI },
  ],
  quotes: [
    { start: 20, end: 70, speaker: 'Faisal Basri' },
    { start: 80, end: 100, speaker: null },
  ],
  reported: [],
  annotations: [stance('budi', 20, 'Faisal Basri', undefined, 'against'), source('budi', 20, 'official'), source('budi', 80, 'anonymous')],
};

export const C: AnalysisArticle = {
  path: 'opini/c.txt',
  statuses: [{ status: 'in-progress' }],
  actors: [],
  quotes: [{ start: 0, end: 10, speaker: 'Sri Mulyani' }],
  reported: [],
  annotations: [],
};

export const CORPUS = [A, B, C];

/** An article of one outlet whose only items are `quotes` quotes and `reported` reported
 *  statements of each speaker given (no text, no actors): for the order of the speakers'
 *  bars, where only the counts matter. */
export function countsArticle(path: string, outlet: string, counts: Array<[speaker: string, quotes: number, reported: number]>): AnalysisArticle {
  const items = (pick: (c: [string, number, number]) => number) =>
    counts.flatMap((c) => Array.from({ length: pick(c) }, () => c[0])).map((speaker, i) => ({ start: i * 10, end: i * 10 + 5, speaker }));
  return { path, outlet, statuses: [], actors: [], quotes: items((c) => c[1]), reported: items((c) => c[2]), annotations: [] };
}
