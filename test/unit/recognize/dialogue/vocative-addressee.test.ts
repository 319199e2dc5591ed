// Issue 13: dialogue formats. A turn that addresses somebody by "Pak/Bu" and a name or an
// office hands the floor to that person (vocative-addressee.ts). Own sentences about
// fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { addressedWord } from '../../../../src/core/recognize/vocative-addressee';

const speakers = (t: string): (string | null)[] => analyze(t).quotes.map((q) => q.speaker);

describe('speakers39: the one addressed answers (vocative-addressee.ts)', () => {
  it('reads the name or office after a term of address at the start or before a sentence end', () => {
    assert.equal(addressedWord('"Pak Hendro, siapa yang salah?"'), 'Hendro');
    assert.equal(addressedWord('“Itu terlalu sedikit, Bu Direktur.”'), 'Direktur');
    assert.equal(addressedWord('"Kami sudah bertemu Pak Hendro kemarin."'), null);
    assert.equal(addressedWord('"Betul, Pimpinan."'), null);
  });

  it('a hearing: the answer after "…, Pak Kepala." is the head\'s, and the turns alternate after it', () => {
    const t = 'Rapat Komisi VII membahas distribusi pupuk.\n\n' +
      'Kepala Dinas Pertanian Jawa Tengah Hendro Wahyudi mengakui pengawasan belum optimal.\n\n' +
      'Ketua Komisi VII Rudi Santoso, yang memimpin rapat, langsung menyela.\n\n' +
      '"Dari seratus kios hanya sepuluh yang diperiksa? Itu terlalu sedikit, Pak Kepala."\n\n' +
      '"Betul, Pimpinan. Petugas kami hanya empat orang."\n\n' +
      '"Lalu kenapa tidak minta tambahan petugas?"\n\n' +
      '"Sudah kami ajukan, tetapi belum disetujui."\n';
    assert.deepEqual(speakers(t), ['Rudi Santoso', 'Hendro Wahyudi', 'Rudi Santoso', 'Hendro Wahyudi']);
  });

  it('by name: "Pak Hendro, …" then an uncued answer', () => {
    const t = 'Diskusi dipandu Larasati Ayu dengan tamu pengamat Hendro Wahyudi dan aktivis Melati Sinaga.\n\n' +
      'Larasati membuka diskusi. "Pak Hendro, siapa yang salah dalam banjir ini?"\n\n' +
      '"Tata ruangnya sejak awal keliru."\n';
    assert.deepEqual(speakers(t), ['Larasati Ayu', 'Hendro Wahyudi']);
  });
});
