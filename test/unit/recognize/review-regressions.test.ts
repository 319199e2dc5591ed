// Regressions an outside review found in the ninth dev batch's rules (issue 13): common
// wording of real news that those rules broke. Each sentence is written for this test,
// read with the built-in KB; every case failed before its fix.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}`);
const linked = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker);

describe('review regressions of the ninth dev batch', () => {
  it('1. a portfolio that is also a body\'s head stays in a minister\'s title ("Menteri Koperasi")', () => {
    assert.deepEqual(actors('Menteri Koperasi Budi Santoso meninjau gudang beras.'), ['Budi Santoso/PER']);
    assert.deepEqual(speakers('"Dana sudah cair," kata Wakil Menteri Koperasi Rudi Hartono.'), ['Rudi Hartono']);
    assert.deepEqual(actors('Menteri Koperasi dan UKM Dedi Prasetyo meninjau gudang.'), ['Dedi Prasetyo/PER']);
    // A body's head after any other title is still a body.
    assert.deepEqual(actors('Ketua Koperasi Produsen Maju Bersama, Joko Susilo, hadir.'), ['Koperasi Produsen Maju Bersama/ORG', 'Joko Susilo/PER']);
  });
  it('1. a community is a body only when its name ends in a place or a body\'s tail; a count of cooperatives is none', () => {
    assert.deepEqual(actors('Komunitas Tionghoa di Medan merayakan Imlek.'), ['Medan/GPE']);
    assert.deepEqual(actors('Ketua Komunitas Pecinta Kereta Api Indonesia, Joko Susilo, hadir.'), [
      'Komunitas Pecinta Kereta Api Indonesia/ORG', 'Joko Susilo/PER',
    ]);
    assert.deepEqual(actors('Pemerintah menargetkan 70.000 Koperasi Desa Sejahtera tahun ini.'), []);
  });
  it('4. a coordinating minister\'s short title with its portfolio stays outside the name', () => {
    assert.deepEqual(actors('Menko Infrastruktur Budi Santoso meninjau jalan.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Menko Pangan Budi Santoso meninjau pasar.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Menko Polkam Budi Santoso meninjau pos.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Menko Kumham Imipas Budi Santoso meninjau lapas.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Menkop Budi Santoso dan Menhut Rudi Hartono hadir.'), ['Budi Santoso/PER', 'Rudi Hartono/PER']);
  });
  it('5. a body\'s spelled name after a programme word keeps its acronym', () => {
    assert.deepEqual(actors('Kelompok gerakan Front Rakyat Merdeka (FRM) menyerang pos. Juru bicara FRM membenarkan.'), [
      'Front Rakyat Merdeka/ORG', 'FRM/ORG', 'FRM/ORG',
    ]);
    assert.deepEqual(actors('Ia menerima beasiswa program Lembaga Beasiswa Nusantara (LBN). Direktur LBN hadir.'), [
      'Lembaga Beasiswa Nusantara/ORG', 'LBN/ORG', 'LBN/ORG',
    ]);
  });
  it('9. "Masyarakat" heading a body\'s name is no title word; "Hubungan Masyarakat" is', () => {
    assert.deepEqual(actors('Ketua Masyarakat Pecinta Sungai Indonesia (MPSI) Budi Santoso mengatakan air surut.'), [
      'Masyarakat Pecinta Sungai Indonesia/ORG', 'MPSI/ORG', 'Budi Santoso/PER',
    ]);
    assert.deepEqual(actors('Manajer Hubungan Masyarakat PT Sinar Baja, Wulan Sari, menjelaskan jadwal.'), ['PT Sinar Baja/ORG', 'Wulan Sari/PER']);
  });
});
