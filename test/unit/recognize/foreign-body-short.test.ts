// A foreign country's body named in full, then by the bare Indonesian name the KB files
// under Indonesia's own body: the bare name is the foreign body (foreign-body-short.ts).
// Every sentence was written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

function identities(text: string): Array<[string, string]> {
  return analyze(text).actors.filter((a) => a.type === 'ORG').map((a) => [a.text, a.canonical]);
}

describe('foreign bodies written short (foreign-body-short.ts)', () => {
  it('a bare ministry after the foreign ministry named in full is that ministry, and so is its statement', () => {
    const text = 'Kementerian Luar Negeri Malaysia memanggil duta besar itu pada Senin. Kementerian Luar Negeri mengatakan hubungan kedua negara tetap baik.';
    const r = analyze(text);
    const orgs = r.actors.filter((a) => a.type === 'ORG');
    assert.equal(orgs.length, 2);
    assert.equal(orgs[1].canonical, orgs[0].canonical);
    assert.equal(orgs[1].entityId, orgs[0].entityId);
    assert.notEqual(orgs[1].canonical, 'Kementerian Luar Negeri Republik Indonesia');
    assert.deepEqual((r.reported ?? []).map((s) => s.speaker), [orgs[0].canonical]);
  });

  it('works for bodies the KB does not know abroad (the name as written) and for courts and commissions', () => {
    for (const [text, full] of [
      ['Kementerian Pertanian Thailand menyatakan harga beras naik. Menurut Kementerian Pertanian, stok cukup.', 'Kementerian Pertanian Thailand'],
      ['Mahkamah Agung Filipina menolak gugatan itu. Putusan Mahkamah Agung bersifat final.', 'Mahkamah Agung Filipina'],
      ['Komisi Pemilihan Umum Thailand menunda rapat. Komisi Pemilihan Umum menyatakan hasil sah.', 'Komisi Pemilihan Umum Thailand'],
    ]) {
      const got = identities(text);
      assert.equal(got.length, 2, text);
      assert.equal(got[0][0], full, text);
      assert.equal(got[1][1], got[0][1], text);
    }
  });

  it('leaves the Indonesian body where the article also names it in another form, names it before the foreign one, or has turned to Indonesia', () => {
    // The article writes Indonesia's ministry by its acronym too: the bare name may be either.
    const both = identities('Kementerian Luar Negeri Malaysia memanggil duta besar. Kemlu menyatakan keberatan. Kementerian Luar Negeri juga mengirim nota.');
    assert.equal(both[2][1], 'Kementerian Luar Negeri Republik Indonesia');
    const before = identities('Kementerian Pertanian menyiapkan benih. Kementerian Pertanian Thailand juga menyiapkan benih.');
    assert.equal(before[0][1], 'Kementerian Pertanian Republik Indonesia');
    // The article has turned to Indonesia since the foreign body: the bare name is Indonesia's.
    const turned = identities('Kementerian Perdagangan China menyatakan tarif turun. Di Indonesia, eksportir lega. Pejabat Kementerian Perdagangan memantau pasar.');
    assert.equal(turned[turned.length - 1][1], 'Kementerian Perdagangan Republik Indonesia');
    // A region of Indonesia is no foreign country: regional bodies are bare-regional-body.ts's.
    const regional = identities('Dinas Pertanian Jawa Barat menyiapkan benih. Kementerian Pertanian menambah anggaran.');
    assert.equal(regional[regional.length - 1][1], 'Kementerian Pertanian Republik Indonesia');
  });
});
