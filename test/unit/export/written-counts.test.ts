// Issue 17 leftover: an export that writes only recognized records said "exported 0
// annotations". Each file now counts the actor mentions, quotes and reported statements
// it holds, so a summary counts what was written, kind by kind.
import assert from 'node:assert/strict';
import { exportAs, EXPORT_FORMATS, type ExportInput } from '../../../src/core/export';
import type { ActorMention, Quote, ReportedStatement } from '../../../src/core/recognize/types';
import { ARTICLE } from './fixtures';

function recognizedOnly(): ExportInput {
  const t = ARTICLE;
  const sri = t.indexOf('Sri Mulyani', t.indexOf('kata'));
  const q = t.indexOf('"Kami');
  const qEnd = t.indexOf(',"') + 2;
  const actors: ActorMention[] = [
    { start: sri, end: sri + 11, text: 'Sri Mulyani', type: 'PER', canonical: 'Sri Mulyani' },
    { start: t.indexOf('Jakarta,'), end: t.indexOf('Jakarta,') + 7, text: 'Jakarta', type: 'GPE', canonical: 'Jakarta' },
  ];
  const quotes: Quote[] = [{ start: q, end: qEnd, text: t.slice(q, qEnd), speaker: 'Sri Mulyani', speakerMention: { start: sri, end: sri + 11 }, cue: 'kata' }];
  const rs = t.indexOf('subsidi akan');
  const reported: ReportedStatement[] = [{ start: rs, end: rs + 21, text: 'subsidi akan ditambah', speaker: 'Sri Mulyani', cue: 'mengatakan', attribution: 'explicit' }];
  return { articles: [{ path: 'beras.txt', text: t, annotations: [], actors, quotes, reported }] };
}

/** What each format can hold of the recognized layer. */
const EXPECTED: Record<string, { actors: number; quotes: number; reported: number }> = {
  jsonl: { actors: 2, quotes: 1, reported: 1 },
  csv: { actors: 2, quotes: 1, reported: 1 },
  w3c: { actors: 2, quotes: 1, reported: 1 },
  brat: { actors: 2, quotes: 1, reported: 1 },
  conll: { actors: 2, quotes: 0, reported: 0 },
  doccano: { actors: 2, quotes: 1, reported: 1 },
  labelstudio: { actors: 2, quotes: 1, reported: 1 },
  'webanno-tsv': { actors: 2, quotes: 1, reported: 1 },
};

describe('exported files count the recognized records they hold (issue 17)', () => {
  for (const format of EXPORT_FORMATS) {
    it(`${format}: actor mentions, quotes and reported statements written`, () => {
      const { files } = exportAs(format, recognizedOnly());
      const sum = { actors: 0, quotes: 0, reported: 0 };
      for (const f of files) for (const k of ['actors', 'quotes', 'reported'] as const) sum[k] += f.recognized?.[k] ?? 0;
      assert.deepEqual(sum, EXPECTED[format]);
      assert.equal(files.reduce((n, f) => n + f.annotations, 0), 0);
    });
  }
});
