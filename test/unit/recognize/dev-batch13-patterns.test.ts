// Error patterns found on the thirteenth batch of dev articles (eval/gold-new/dev d103-d106:
// fertilizer kiosks, a BMKG wave warning, a revoked sand-mining permit, halal certification),
// each with a sentence written for this test, read with the built-in KB. Every case failed
// before its change.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('dev-set patterns, thirteenth batch (issue 13)', () => {
  it('the field after "Bidang" in a title is the title\'s, no person ("Deputi Bidang Meteorologi BMKG")', () => {
    assert.deepEqual(linked('Deputi Bidang Meteorologi BMKG Rina Kusumawardani hadir. Deputi Bidang Geofisika BMKG, Yoga Pradipta, menambahkan.'), [
      'BMKG/ORG/Badan Meteorologi, Klimatologi, dan Geofisika', 'Rina Kusumawardani/PER/Rina Kusumawardani',
      'BMKG/ORG/Badan Meteorologi, Klimatologi, dan Geofisika', 'Yoga Pradipta/PER/Yoga Pradipta',
    ]);
  });
  it('after a title, a body whose acronym follows in brackets keeps its whole name ("Badan Penyelenggara Jaminan Produk Halal (BPJPH)")', () => {
    assert.deepEqual(linked('Sekretaris Utama Badan Penyelenggara Jaminan Produk Halal (BPJPH), Zainal Arifin, hadir.'), [
      'Badan Penyelenggara Jaminan Produk Halal/ORG/Badan Penyelenggara Jaminan Produk Halal',
      'BPJPH/ORG/Badan Penyelenggara Jaminan Produk Halal', 'Zainal Arifin/PER/Zainal Arifin',
    ]);
  });
  it('an electronic system written with "e-" is no actor ("e-RDKK", "e-KTP")', () => {
    assert.deepEqual(linked('Petani yang tidak tercatat di e-RDKK tidak dilayani. Warga membawa e-KTP dan mengisi e-SPT.'), []);
  });
  it('an office named by two remits joined by "dan" opening a sentence is a body ("Kantor Pencarian dan Pertolongan Bandung")', () => {
    assert.deepEqual(linked('Kantor Pencarian dan Pertolongan Bandung menyiagakan perahu.'), [
      'Kantor Pencarian dan Pertolongan Bandung/ORG/Kantor Pencarian dan Pertolongan Bandung',
    ]);
  });
  it('a regional body in short form in a Title Case headline is one organisation ("Pemprov Jatim Cabut …")', () => {
    assert.deepEqual(linked('Pemprov Jatim Cabut Izin Tambang Pasir di Lumajang'), [
      'Pemprov Jatim/ORG/Pemerintah Provinsi Jawa Timur', 'Lumajang/GPE/Kabupaten Lumajang',
    ]);
    assert.deepEqual(linked('DPRD Blora Tolak Rancangan APBD Perubahan'), ['DPRD Blora/ORG/Dewan Perwakilan Rakyat Daerah Kabupaten Blora']);
  });
  it('a BMKG station is a body; a railway station stays a facility ("Stasiun Meteorologi Maritim Tanjung Emas", "Stasiun Gambir")', () => {
    assert.deepEqual(linked('Kepala Stasiun Meteorologi Maritim Tanjung Emas, Semarang, Yoga Pradipta, menambahkan. Penumpang menunggu di Stasiun Gambir.'), [
      'Stasiun Meteorologi Maritim Tanjung Emas/ORG/Stasiun Meteorologi Maritim Tanjung Emas', 'Semarang/GPE/Semarang', 'Yoga Pradipta/PER/Yoga Pradipta',
    ]);
  });
});
