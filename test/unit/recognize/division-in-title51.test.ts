// Session 51 (actors51): "Kepala Divisi Penilaian Perusahaan BEI", "Koordinator Divisi Hukum
// Bawaslu Luwu Timur": after a title, a division named between the title and the body it
// belongs to stays in the holder's title, and the body is read alone (eval/README: a unit
// named between a title and its ministry stays in the title; the sets annotate divisions so).
// A division the KB knows whole ("Divisi Humas Polri") is still that body. Own invented
// sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('actors51: a division between a title and its body', () => {
  it('stays in the title; the body is the mention', () => {
    assert.deepEqual(actors('Kepala Divisi Pengawasan Transaksi BEI, Adi Wiguna, mengatakan saham itu dibekukan.'), ['BEI/ORG', 'Adi Wiguna/PER']);
    assert.deepEqual(actors('Koordinator Divisi Hukum Bawaslu Luwu Timur, Sitti Aminah, mengatakan laporan diterima.'), [
      'Bawaslu Luwu Timur/ORG', 'Sitti Aminah/PER']);
  });
  it('(guard) a division the KB knows, and one without a title before it, read as before', () => {
    assert.deepEqual(actors('Kepala Divisi Humas Polri Irjen Sandi Nugroho mengatakan berkas lengkap.'), ['Divisi Humas Polri/ORG', 'Sandi Nugroho/PER']);
    assert.deepEqual(actors('Divisi Pengawasan Transaksi BEI mencatat lonjakan harga.'), ['Divisi Pengawasan Transaksi BEI/ORG']);
  });
});
