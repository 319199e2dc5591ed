// doccano JSONL and Label Studio JSON, both directions (issue 17): Sorot -> tool -> Sorot
// loses nothing the export carries, offsets count code points (an emoji before the spans
// shifts UTF-16 by one), and a label edited in the tool moves the annotation.
import assert from 'node:assert/strict';
import { canonicalAnnotation } from '../../../src/core/annotations/serialize';
import { exportAs } from '../../../src/core/export';
import { readDoccano } from '../../../src/core/export/doccano';
import { importForeignSpans } from '../../../src/core/export/foreign';
import { readLabelStudio } from '../../../src/core/export/label-studio';
import { ArticleMatcher } from '../../../src/core/export/match-article';
import { ARTICLE, claim, source, stance } from './fixtures';

const TEXT = `🌾 ${ARTICLE}`;
const annotations = [
  claim(TEXT, 'subsidi akan ditambah', 'ani', { needsReview: true, note: 'cek', tags: ['ekonomi'] }),
  stance(TEXT, 'menolak rencana itu', 'against', 'budi'),
  source(TEXT, 'Menteri', 'official', 'ani'),
];
const input = { articles: [{ path: 'ekonomi/beras.txt', text: TEXT, annotations }] };
const texts = new Map([['ekonomi/beras.txt', TEXT], ['lain.txt', 'Teks lain.']]);

function readBack(format: 'doccano' | 'labelstudio', contents: string) {
  const matcher = new ArticleMatcher(texts);
  const read = format === 'doccano' ? readDoccano(contents, 'x', matcher) : readLabelStudio(contents, 'x', matcher);
  importForeignSpans(read.spans, new Map(), { newId: () => '01J00000000000000000000000', now: '2026-01-01T00:00:00.000Z', defaultAnnotator: 'imported' }, read.result);
  return read.result;
}

const sorted = (list: readonly object[]) => list.map((a) => canonicalAnnotation(a as never)).sort((a, b) => a.target.start - b.target.start);

describe('doccano and Label Studio export / import (issue 17)', () => {
  for (const format of ['doccano', 'labelstudio'] as const) {
    it(`${format}: round trip is exact, offsets in code points`, () => {
      const out = exportAs(format, input).files[0].contents;
      const back = readBack(format, out);
      assert.deepEqual(back.errors, []);
      assert.deepEqual(sorted(back.articles.get('ekonomi/beras.txt')!), sorted(annotations));
      // The tool's offsets count code points: two less than UTF-16 after the two emoji.
      const cp = [...TEXT.slice(0, TEXT.indexOf('subsidi akan'))].length;
      assert.equal(cp, TEXT.indexOf('subsidi akan') - 2);
      const spans = format === 'doccano'
        ? (JSON.parse(out) as { label: Array<[number, number, string]> }).label
        : (JSON.parse(out) as Array<{ annotations: Array<{ result: Array<{ value: { start: number; end: number; labels: string[] } }> }> }>)[0].annotations.flatMap((a) => a.result.map((r) => [r.value.start, r.value.end, r.value.labels[0]]));
      assert.deepEqual(spans.find((l) => l[2] === 'claim'), [cp, cp + 21, 'claim']);
    });
  }

  it('doccano: a label moved in doccano moves the annotation and keeps its fields', () => {
    const record = JSON.parse(exportAs('doccano', input).files[0].contents) as { label: Array<[number, number, string]> };
    const at = [...TEXT.slice(0, TEXT.indexOf('rencana itu'))].length;
    const k = record.label.findIndex((l) => l[2] === 'stance');
    record.label[k] = [at, at + 'rencana itu'.length, 'stance'];
    const back = readBack('doccano', JSON.stringify(record));
    const s = back.articles.get('ekonomi/beras.txt')!.find((a) => a.kind === 'stance')!;
    assert.equal(s.target.exact, 'rencana itu');
    assert.equal(s.annotator, 'budi');
  });

  it('doccano: its export sorts the labels (recognized ones among them); every annotation keeps its own fields', () => {
    const at = TEXT.indexOf('JAKARTA');
    const actors = [{ start: at, end: at + 7, text: 'JAKARTA', type: 'GPE' as const, canonical: 'Jakarta' }];
    const record = JSON.parse(exportAs('doccano', { articles: [{ ...input.articles[0], actors }] }).files[0].contents) as { label: Array<[number, number, string]> };
    record.label.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const back = readBack('doccano', JSON.stringify(record));
    assert.deepEqual(back.errors, []);
    assert.deepEqual(sorted(back.articles.get('ekonomi/beras.txt')!), sorted(annotations));
  });

  it('Label Studio: a span counted in UTF-16 units by a browser still lands on its text', () => {
    const start = TEXT.indexOf('subsidi');
    const task = { data: { text: TEXT }, annotations: [{ result: [{ id: 'r', type: 'labels', value: { start, end: start + 7, text: 'subsidi', labels: ['claim'] } }] }] };
    const back = readBack('labelstudio', JSON.stringify([task]));
    const [a] = back.articles.get('ekonomi/beras.txt')!;
    assert.equal(TEXT.slice(a.target.start, a.target.end), 'subsidi');
    assert.equal(a.needsReview, true);
  });

  it('reports a task whose text is no article, and a doccano text-classification file', () => {
    const ls = readBack('labelstudio', JSON.stringify([{ id: 3, data: { text: 'Tidak ada.' }, annotations: [] }]));
    assert.match(ls.warnings[0], /^x task 3: matched to no article: its text \("Tidak ada\."\) is not the text of any article/);
    const dc = readBack('doccano', JSON.stringify({ text: TEXT, label: ['positive'] }));
    assert.match(dc.errors[0], /^x line 1: not a doccano sequence-labelling record/);
  });
});
