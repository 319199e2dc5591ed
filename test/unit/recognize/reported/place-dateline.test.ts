// Issue 13 (convo48): a dateline of a place alone before the dash ("Jakarta - ", detik-style)
// is no content of a "Menurut X, …" statement opening the sentence after it
// (reported/sentences.ts skipLead). Sentences written for this test, built-in KB.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { skipLead } from '../../../../src/core/recognize/reported/sentences';

const statements = (t: string): string[][] => (analyze(t).reported ?? []).map((s) => [s.speaker ?? '-', s.text]);

describe('a place-alone dateline before "Menurut X, …"', () => {
  it('starts the statement after the name, not at the dateline', () => {
    assert.deepEqual(statements('Sekolah\n\nMakassar - Menurut Kepala Dinas Pendidikan Makassar, Budi Hartono, sekolah dibuka pekan depan.'),
      [['Budi Hartono', 'sekolah dibuka pekan depan']]);
  });

  it('skipLead passes "Jakarta - " and "BANDA ACEH - ", not a dash inside a sentence', () => {
    const a = 'Jakarta - Menurut Budi, harga naik.';
    assert.equal(skipLead(a, 0, a.length), a.indexOf('Menurut'));
    const b = 'BANDA ACEH - Menurut Budi, harga naik.';
    assert.equal(skipLead(b, 0, b.length), b.indexOf('Menurut'));
    const c = 'Harga beras naik - kata Budi - sejak Senin.';
    assert.equal(skipLead(c, 0, c.length), 0);
    const d = 'Jakarta, Beritasatu.com - Menurut Budi, harga naik.';
    assert.equal(skipLead(d, 0, d.length), d.indexOf('Menurut'));
  });
});
