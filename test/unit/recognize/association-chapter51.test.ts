// Session 51 (actors51): an association of Indonesia written with a region of Indonesia after
// its name ("Ikatan Bidan Indonesia Sulawesi Tengah", "… Indonesia Provinsi Bali") is that
// region's chapter, one organisation (eval/README: a branch of a national body written with its
// region is one ORG, with the regional identity), also under its board written out ("Pengurus
// Daerah …"), whose level stays out of the identity as a central board's does. The region was
// read alone, a place after the association (actors/extents.ts orgExtent). Own invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors, linkedOrgs as orgs } from './helpers';

describe('actors51: a national association with a region after its name', () => {
  it('is the region\'s chapter, one organisation', () => {
    assert.deepEqual(actors('Ketua Ikatan Bidan Indonesia Sulawesi Tengah, Yuliana Towoliu, meminta puskesmas menambah tenaga.'), [
      'Ikatan Bidan Indonesia Sulawesi Tengah/ORG', 'Yuliana Towoliu/PER']);
    assert.deepEqual(actors('Persatuan Perawat Nasional Indonesia Provinsi Bali menggelar pelatihan gawat darurat.'), [
      'Persatuan Perawat Nasional Indonesia Provinsi Bali/ORG']);
  });
  it('under its board written out, with the chapter\'s identity', () => {
    assert.deepEqual(orgs('Sekretaris Pengurus Daerah Ikatan Bidan Indonesia Sulawesi Tengah, Yuliana Towoliu, hadir dalam rapat.'), [
      'Pengurus Daerah Ikatan Bidan Indonesia Sulawesi Tengah/Ikatan Bidan Indonesia Sulawesi Tengah']);
  });
  it('(guard) a body that is no association, a company and a branch read as before', () => {
    assert.deepEqual(actors('Yayasan Lembaga Konsumen Indonesia menerima 300 aduan.'), ['Yayasan Lembaga Konsumen Indonesia/ORG']);
    assert.deepEqual(orgs('Ikatan Dokter Indonesia Cabang Balikpapan menyesalkan kejadian itu.'), [
      'Ikatan Dokter Indonesia Cabang Balikpapan/Ikatan Dokter Indonesia Cabang Balikpapan']);
    assert.deepEqual(orgs('Ketua Pengurus Wilayah Nahdlatul Ulama Jawa Barat hadir.'), [
      'Pengurus Wilayah Nahdlatul Ulama Jawa Barat/Pengurus Wilayah Nahdlatul Ulama Jawa Barat']);
  });
  it('(guard) a region after an association joined by a word stays a place', () => {
    assert.deepEqual(actors('Ikatan Bidan Indonesia di Sulawesi Tengah menggelar rapat.'), ['Ikatan Bidan Indonesia/ORG', 'Sulawesi Tengah/GPE']);
  });
});
