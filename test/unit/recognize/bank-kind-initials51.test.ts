// Session 51 (actors51): "BPR" and "BPRS" (a rural bank, a sharia rural bank) are the initials
// of a kind of body before its own name, as "KSP" is (lexicon.ts ORG_HEADS): "BPR Sinar
// Mahakam" is one bank, not the kind and a person; the quote its statement closes is the
// bank's. Alone the initials stay the kind (generic-acronym.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as actors } from './helpers';

describe('actors51: a rural bank\'s initials before its name', () => {
  it('reads the bank whole', () => {
    assert.deepEqual(actors('Direktur Utama BPR Sinar Mahakam, Andi Rahman, mengatakan dana nasabah aman.'), [
      'BPR Sinar Mahakam/ORG', 'Andi Rahman/PER']);
    assert.deepEqual(actors('Nasabah BPRS Amanah Ummah mengantre di kantor cabang.'), ['BPRS Amanah Ummah/ORG']);
  });
  it('gives the bank its quote', () => {
    const text = 'Layanan sempat terhenti dua hari. "Semua data nasabah sudah pulih," kata BPR Sinar Mahakam dalam keterangan tertulis.';
    const r = analyze(text);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['BPR Sinar Mahakam']);
  });
  it('(guard) the initials alone are the kind of bank', () => {
    assert.deepEqual(actors('Banyak BPR kecil kesulitan modal tahun ini.'), []);
    assert.deepEqual(actors('Bank itu kini menjadi BPR ke-14 yang ditutup tahun ini.'), []);
  });
});
