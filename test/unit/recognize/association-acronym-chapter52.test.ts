// Session 52 (actors52): a national association's acronym with a region after it ("Pordasi
// Sumbawa", "FKUB Lombok Barat", "Perbarindo Jawa Tengah") is the region's chapter, one
// organisation named by the association spelt out and the region (eval/README, canon50: "a
// regional chapter written with its body's acronym is spelled out"). The associations come
// from data/kb/org-indonesia-associations.json; the chapter is read as for any known body and
// its region (rules/kb-name.ts). Balai Gakkum's regional offices are named in full. Own sentences.
import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from './helpers';

describe('actors52: an association\'s acronym with a region after it', () => {
  it('is the chapter, spelt out with its region', () => {
    assert.deepEqual(orgs('Ketua Pordasi Sumbawa Barat, Lalu Saprudin, meminta joki cilik memakai pelindung kepala.'), [
      'Pordasi Sumbawa Barat/Persatuan Olahraga Berkuda Seluruh Indonesia Kabupaten Sumbawa Barat']);
    assert.deepEqual(orgs('Sekretaris Perbarindo Jawa Barat, Dedi Kurnia, menilai penggabungan bank itu wajar.'), [
      'Perbarindo Jawa Barat/Perhimpunan Bank Perekonomian Rakyat Indonesia Jawa Barat']);
    assert.deepEqual(orgs('Pengurus FKUB Kabupaten Lombok Timur mengunjungi rumah ibadah yang rusak.'), [
      'FKUB Kabupaten Lombok Timur/Forum Kerukunan Umat Beragama Kabupaten Lombok Timur']);
    assert.deepEqual(orgs('Ketua Amphuri Jawa Timur, Slamet Riyadi, meminta jemaah melapor.'), [
      'Amphuri Jawa Timur/Asosiasi Muslim Penyelenggara Haji dan Umrah Republik Indonesia Jawa Timur']);
  });
  it('written alone, the national association', () => {
    assert.deepEqual(orgs('PHDI meminta umat menjaga ketenangan selama hari raya.'), [
      'PHDI/Parisada Hindu Dharma Indonesia']);
  });
  it('written bare after the article named its chapter, the chapter (as Walhi\'s, canon50)', () => {
    assert.deepEqual(orgs('Ketua PHDI Lombok Timur, I Made Sutama, meminta umat tenang.\n\nPHDI juga meminta polisi mengusut perusakan itu.'), [
      'PHDI Lombok Timur/Parisada Hindu Dharma Indonesia Kabupaten Lombok Timur',
      'PHDI/Parisada Hindu Dharma Indonesia Kabupaten Lombok Timur']);
    assert.deepEqual(orgs('Pengurus Apdesi Kabupaten Garut menggelar rapat.\n\nMenurut Apdesi, dana desa terlambat cair.'), [
      'Apdesi Kabupaten Garut/Asosiasi Pemerintah Desa Seluruh Indonesia Kabupaten Garut',
      'Apdesi/Asosiasi Pemerintah Desa Seluruh Indonesia Kabupaten Garut']);
  });
  it('(guard) bare, national where the article defines it so; a national authority stays national', () => {
    assert.deepEqual(orgs('Parisada Hindu Dharma Indonesia (PHDI) menerbitkan edaran.\n\nKetua PHDI Bali, I Nyoman Kenak, hadir. PHDI meminta umat tenang.'), [
      'Parisada Hindu Dharma Indonesia/Parisada Hindu Dharma Indonesia', 'PHDI/Parisada Hindu Dharma Indonesia',
      'PHDI Bali/Parisada Hindu Dharma Indonesia Bali', 'PHDI/Parisada Hindu Dharma Indonesia']);
    assert.deepEqual(orgs('Kepala OJK Jawa Tengah, Hidayat, hadir.\n\nOJK meminta bank menjaga likuiditas.'), [
      'OJK Jawa Tengah/Otoritas Jasa Keuangan Jawa Tengah', 'OJK/Otoritas Jasa Keuangan']);
  });
  it('Balai Gakkum Kehutanan of a region is the enforcement office named in full', () => {
    assert.deepEqual(orgs('Tim Balai Gakkum Kehutanan Kalimantan menyita 40 batang kayu ulin.'), [
      'Balai Gakkum Kehutanan Kalimantan/Balai Penegakan Hukum Kehutanan Wilayah Kalimantan']);
    assert.deepEqual(orgs('Kepala Balai Gakkum Kehutanan Wilayah Kalimantan mengatakan kayu itu disita.'), [
      'Balai Gakkum Kehutanan Wilayah Kalimantan/Balai Penegakan Hukum Kehutanan Wilayah Kalimantan']);
  });
  it('(guard) an acronym the KB does not know, with a region, reads as before', () => {
    assert.deepEqual(orgs('Ketua Ikasi Sumbawa Barat, Lalu Saprudin, meminta atlet berlatih.'), [
      'Ikasi Sumbawa Barat/Ikasi Sumbawa Barat']);
    assert.deepEqual(orgs('Ketua KONI Jawa Barat meminta atlet berlatih.'), [
      'KONI Jawa Barat/Komite Olahraga Nasional Indonesia Jawa Barat']);
  });
});
