// Session 48 (names48): a hospital named after a doctor keeps the doctor's lower-case title
// inside its name ("RSUD dr. Slamet", "RSD dr. Soebandi"): the name runs on over "dr." as it
// does over "Dr." (extents.ts orgExtent). Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as actors } from './helpers';

describe('names48: a hospital named after a doctor, "dr." written lower-case', () => {
  it('reads the hospital whole, its city after it', () => {
    assert.deepEqual(actors('Pasien itu dirujuk ke RSUD dr. Slamet Garut kemarin.'), ['RSUD dr. Slamet/ORG', 'Garut/GPE']);
    assert.deepEqual(actors('Dua pasien dirawat di RSD dr. Soebandi, Jember.'), ['RSD dr. Soebandi/ORG', 'Jember/GPE']);
    assert.deepEqual(actors('Stok darah di RSUD dr. Harjono Wibowo masih cukup.'), ['RSUD dr. Harjono Wibowo/ORG']);
  });
  it('leaves doctors and the upper-case title as they were', () => {
    // (after a title the doctor is its holder: review of session 48)
    assert.deepEqual(actors('Direktur RSUD dr. Rina Wulandari mengatakan stok darah cukup.'), ['Rina Wulandari/PER']);
    assert.deepEqual(actors('Pasien dirawat di RSUP Dr. Sardjito, Yogyakarta.'), ['RSUP Dr. Sardjito/ORG', 'Yogyakarta/GPE']);
    assert.deepEqual(actors('Menurut dr. Rina Wulandari, pasien sudah pulih.'), ['Rina Wulandari/PER']);
    assert.deepEqual(actors('Dokter RSUD Garut, dr. Rina Wulandari, mengatakan pasien sudah pulih.'), ['RSUD Garut/ORG', 'Rina Wulandari/PER']);
    assert.deepEqual(actors('Pasien diperiksa di RSUD oleh dr. Budi Santoso kemarin.'), ['Budi Santoso/PER']);
  });
});

describe('names48: a doctor\'s initials inside a hospital\'s name', () => {
  it('reads "RSUD dr. T.C. Hillers" whole', () => {
    assert.deepEqual(actors('Korban dibawa ke RSUD dr. T.C. Hillers di Maumere.'), ['RSUD dr. T.C. Hillers/ORG', 'Maumere/GPE']);
    assert.deepEqual(actors('Karena masih dirawat di RSUD dr. T.C. Hillers, ia absen.'), ['RSUD dr. T.C. Hillers/ORG']);
    assert.deepEqual(actors('Korban dibawa ke RSUD dr. R. Soedjono di Mataram.'), ['RSUD dr. R. Soedjono/ORG', 'Mataram/GPE']);
  });
  it('leaves initials of people after a hospital alone', () => {
    assert.deepEqual(actors('Direktur RSUD Mataram, dr. H. Lalu Herman, mengatakan pasien sudah pulih.'), ['RSUD Mataram/ORG', 'Lalu Herman/PER']);
    assert.deepEqual(actors('Pasien dirawat di RSUD Mataram. Menurut dr. T. Simanjuntak, kondisinya membaik.'), ['RSUD Mataram/ORG', 'T. Simanjuntak/PER']);
  });
});

// Session 48 review (fix48a): a title of two or three words before the hospital, or a speech
// verb after the doctor's name, makes the doctor a person of the story.
describe('fix48a: a doctor named after a title phrase or before a speech verb', () => {
  it('reads the doctor as a person', () => {
    assert.deepEqual(actors('Kabid Pelayanan RSUD dr. Yuni Astuti mengatakan ruang isolasi penuh.'), ['Yuni Astuti/PER']);
    assert.deepEqual(actors('Korban dibawa ke rumah sakit. Dokter jaga RSUD dr. Rina Wulandari menyatakan korban meninggal.'), ['Rina Wulandari/PER']);
  });
  it('keeps the hospital whole when its holder follows in apposition', () => {
    assert.deepEqual(actors('Kabid Pelayanan RSUD dr. Soetomo, Budi Santoso, mengatakan pasien pulih.'), ['RSUD dr. Soetomo/ORG', 'Budi Santoso/PER']);
    assert.deepEqual(actors('Direktur RSD dr. Soebandi, Hendro Wibowo, mengatakan pasien stabil.'), ['RSD dr. Soebandi/ORG', 'Hendro Wibowo/PER']);
  });
});

// Session 48 review 48b (fix48c): the speech verb alone made hospitals that speak or refuse
// into doctors; now the doctor is a person only after a title phrase AND before a speech verb,
// and never in a namesake's shape. Own invented sentences.
describe('fix48c: a hospital named after a doctor that speaks or acts stays the hospital', () => {
  const reported = (t: string) => (analyze(t).reported ?? []).map((s) => `${s.text}/${s.speaker}`);
  it('keeps the hospital where its side, its staff or itself acts', () => {
    assert.deepEqual(actors('Kemarin RSUD dr. Moewardi menyambut pasien.'), ['RSUD dr. Moewardi/ORG']);
    assert.deepEqual(actors('Manajemen RSUP dr. Sardjito membantah tudingan itu.'), ['RSUP dr. Sardjito/ORG']);
    assert.deepEqual(actors('Pihak RSUD dr. Soetomo Surabaya mengatakan pasien sudah pulang.'), ['RSUD dr. Soetomo/ORG', 'Surabaya/GPE']);
    assert.deepEqual(actors('Dokter RSUP dr. Cipto Mangunkusumo menyebut pasien membaik.'), ['RSUP dr. Cipto Mangunkusumo/ORG']);
    assert.deepEqual(actors('Wakil Direktur Pelayanan RSUD dr. Zainoel Abidin mengatakan ruang isolasi penuh.'), ['RSUD dr. Zainoel Abidin/ORG']);
    assert.deepEqual(actors('Perawat RSUD dr. Moewardi Solo menyambut pasien.'), ['RSUD dr. Moewardi/ORG', 'Solo/GPE']);
    assert.deepEqual(actors('Direktur Utama RSUD dr. Hendra Gunawan meninjau ruang isolasi.'), ['RSUD dr. Hendra Gunawan/ORG']);
  });
  it('gives the hospital its statement', () => {
    assert.deepEqual(reported('Pihak RSUD dr. Soetomo Surabaya mengatakan pasien sudah pulang.'), ['pasien sudah pulang/Rumah Sakit Umum Daerah dr. Soetomo']);
  });
});
