// The optional fields the annotation flows now ask under "More fields…" (issue 11: 5):
// a claim's verdict and a stance's intensity reach every annotation export.
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { exportAs } from '../../../src/core/export';
import type { ExportFormat } from '../../../src/core/export/types';
import { ARTICLE, claim, stance } from './fixtures';

describe('claim verdict and stance intensity in exports (issue 11: 5)', () => {
  const withVerdict = claim(ARTICLE, 'subsidi akan ditambah', 'ani', { claim: { claimant: 'Budi', verdict: 'misleading' } } as never);
  const withIntensity = stance(ARTICLE, 'Menteri Keuangan', 'favor');
  const input = { articles: [{ path: 'beras.txt', text: ARTICLE, annotations: [withVerdict, withIntensity] }] };

  // How each format writes the two values.
  const expected: Partial<Record<ExportFormat, [RegExp, RegExp]>> = {
    jsonl: [/"verdict":"misleading"/, /"intensity":2/],
    w3c: [/"value":"misleading","sorot:field":"verdict"/, /"value":"2","sorot:field":"intensity"/],
    brat: [/AnnotatorNotes .*"verdict":"misleading"/, /AnnotatorNotes .*"intensity":2/],
  };
  for (const [format, [verdict, intensity]] of Object.entries(expected) as Array<[ExportFormat, [RegExp, RegExp]]>) {
    it(`${format} carries both`, () => {
      const all = exportAs(format, input).files.map((f) => f.contents).join('\n');
      assert.match(all, verdict, 'the verdict');
      assert.match(all, intensity, 'the intensity');
    });
  }

  it('csv has a column for each', () => {
    const file = exportAs('csv', input).files.find((f) => f.contents.includes('verdict'));
    assert.ok(file, 'the annotations file');
    const rows = parse(file.contents, { columns: true, bom: true }) as Array<Record<string, string>>;
    const col = (name: string) => rows.map((r) => r[name]).filter(Boolean);
    assert.deepEqual(col('verdict'), ['misleading']);
    assert.deepEqual(col('intensity'), ['2']);
  });
});
