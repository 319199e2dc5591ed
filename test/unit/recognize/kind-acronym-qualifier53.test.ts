// An acronym that names a kind of thing, qualified as one of several ("lain") or by its size
// ("kecil", "besar"), is no body: "dari ABK lain", "bagi BPR kecil" (generic-acronym.ts).
// Fresh-batch kind 4, false mentions of a kind's acronym (dev d423's rural banks, d430's crew).
// Issue 13, actors53b. Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const texts = (t: string) => analyze(t).actors.map((a) => a.text);

describe('a kind\'s acronym qualified as one of several or by size (actors53b)', () => {
  it("is no mention", () => {
    assert.ok(!texts('Kabar itu ia dengar dari ABK lain di dermaga.').includes('ABK'));
    assert.ok(!texts('Aturan baru itu memberatkan BPR kecil di pedesaan.').includes('BPR'));
  });
  it('(guard) a body named by its acronym before a lower-case word stays', () => {
    assert.ok(texts('Penyidik KPK lalu memeriksa dua saksi.').includes('KPK'));
    assert.ok(texts('Laporan itu diterima OJK kemarin.').includes('OJK'));
  });
});
