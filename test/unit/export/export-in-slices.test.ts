// The editor exports in slices, a step an article (issue 19), as a stream (core/export/
// stream.ts): the files must be the ones the export in one go writes, byte for byte, in
// every format.
import assert from 'node:assert/strict';
import { exportAs, EXPORT_FORMATS, streamExport, type ExportArticle, type ExportOptions } from '../../../src/core/export';
import { byPath } from '../../../src/core/export/filter';
import { TimeSlices } from '../../../src/core/incremental/time-slices';
import { analyze } from '../../../src/core/recognize/analyze';
import { articleAnnotations, articleText } from './small-corpus';

function corpus(): ExportArticle[] {
  return Array.from({ length: 12 }, (_, i) => {
    const text = articleText(i, 1 + (i % 3));
    // Two annotators on some articles, and the recognized layer on most.
    const annotations = articleAnnotations(text, i % 2).map((a, k) => (i % 3 === 0 && k % 2 ? { ...a, annotator: 'budi', id: `${a.id}-b` } : a));
    const recognized = i % 4 === 3 ? undefined : analyze(text);
    return { path: `korpus/${i % 2 ? 'a' : 'b'}/berita-${i}.txt`, text, annotations, ...(recognized ? { actors: recognized.actors, quotes: recognized.quotes, reported: recognized.reported ?? [] } : {}) };
  });
}

describe('export in slices (issue 19)', () => {
  const variants: Array<[string, ExportOptions]> = [['', {}], [' bom, raw cells', { bom: true, rawCells: true }], [' brat native', { bratNative: true }]];
  for (const format of EXPORT_FORMATS) {
    for (const [name, options] of variants) {
      if (name && !((format === 'csv' && options.bom) || (format === 'brat' && options.bratNative))) continue;
      it(`${format}${name}: the same files as in one go, pausing between articles`, async () => {
        const input = { articles: corpus() };
        const filter = { includeActors: true, includeQuotes: true };
        let t = 0;
        let pauses = 0;
        // A clock that moves 1 ms a reading, a budget of 1 ms: a pause after every article.
        const slices = new TimeSlices(async () => void pauses++, 1, () => t++, 1);
        const pieces = new Map<string, string>();
        const source = {
          async *articles() {
            yield* [...input.articles].sort(byPath);
          },
        };
        const sliced = await streamExport(format, source, filter, options, { write: async (p) => void pieces.set(p.path, (pieces.get(p.path) ?? '') + p.text), slices });
        const whole = exportAs(format, input, filter, options);
        assert.deepEqual(pieces, new Map(whole.files.map((f) => [f.path, f.contents])));
        assert.deepEqual(sliced.warnings, whole.warnings);
        assert.ok(whole.files.some((f) => f.contents.length > 0), 'something was exported');
        assert.ok(pauses >= 11, `${pauses} pauses`);
      });
    }
  }
});
