import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as actors } from './helpers';

// Issue 13 (dev d18, d432, d503, d508): a regional government written out in full is one
// body (eval/README.md: "Pemerintah Provinsi Maluku Utara" is a single ORG), but it was
// read as the bare region when a capitalised word before it took "Pemerintah" along: a
// sentence-opening common noun ("Rencana …", a non-actor head), a post whose title words
// ran on over it ("Kepala Bagian … Pemerintah Kabupaten …"), or a special region's
// designator ("Pemerintah Daerah Istimewa …").
describe('a regional government after a capitalised word (orgs58)', () => {
  it('reads the government whole after a sentence-opening plan', () => {
    assert.deepEqual(actors('Usulan Pemerintah Kabupaten Buleleng menutup pasar hewan dikritik pedagang.'),
      ['Pemerintah Kabupaten Buleleng/ORG']);
  });
  it('reads the government whole after a sentence-opening event word', () => {
    assert.deepEqual(actors('Rencana Pemerintah Kota Bogor memindahkan terminal ditolak sopir angkot.'),
      ['Pemerintah Kota Bogor/ORG']);
  });
  it('reads the government whole after a post\'s title words', () => {
    assert.deepEqual(actors('Kepala Bagian Umum Pemerintah Kabupaten Kutai Kartanegara, Rudi Hartono, membenarkan kabar itu.'),
      ['Pemerintah Kabupaten Kutai Kartanegara/ORG', 'Rudi Hartono/PER']);
  });
  it('reads a special region\'s government whole', () => {
    assert.deepEqual(actors('Pemerintah Daerah Istimewa Yogyakarta membagikan masker kepada pedagang.'),
      ['Pemerintah Daerah Istimewa Yogyakarta/ORG']);
  });
  it('keeps a bare regency a place', () => {
    assert.deepEqual(actors('Usulan itu datang dari warga Kabupaten Buleleng.'), ['Kabupaten Buleleng/GPE']);
  });
  it('keeps a lower-case government outside the name', () => {
    assert.deepEqual(actors('Usulan pemerintah Kabupaten Buleleng itu dikritik pedagang.'), ['Kabupaten Buleleng/GPE']);
  });
  it('keeps a country\'s government the country', () => {
    assert.deepEqual(actors('Rencana Pemerintah Malaysia menaikkan tarif ditolak eksportir.'), ['Malaysia/GPE']);
  });
  it('keeps a holder\'s name after the government his own', () => {
    assert.deepEqual(actors('Sekretaris Daerah Pemerintah Kota Bogor Rudi Hartono membuka acara itu.'),
      ['Pemerintah Kota Bogor/ORG', 'Rudi Hartono/PER']);
  });
});
