// Session 48 (names48): "Menteri Administrasi Publik dan Pemerintahan Daerah, X,", "Kepala
// Subdirektorat Industri dan Perdagangan …", "Pemimpin Cabang Utama Bank Kalbar X": words of a
// title's remit, which the name model alone reads as no name, before "dan" and more of the
// remit or before the body are no person (unknown-name.ts titleQualifier). Own sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('names48: a title\'s remit words the name model reads as no name', () => {
  it('are no person', () => {
    assert.deepEqual(actors('Menteri Administrasi Publik dan Pemerintahan Daerah, Budi Santoso, mengatakan pemilu ditunda.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Kepala Unit Pelaksana Teknis Pasar, Rina Wulandari, mengatakan retribusi naik.'), ['Rina Wulandari/PER']);
  });
  it('leave names after titles alone', () => {
    assert.deepEqual(actors('Menteri Budi Santoso dan Gubernur Rina Wulandari meninjau lokasi banjir.'), ['Budi Santoso/PER', 'Rina Wulandari/PER']);
    assert.deepEqual(actors('Direktur Hendra Gunawan mengatakan laba naik.'), ['Hendra Gunawan/PER']);
    assert.deepEqual(actors('Pelatih Bojan Hodak dan asistennya tiba di Bandung.'), ['Bojan Hodak/PER', 'Bandung/GPE']);
    // (given names that are also words, which the model alone reads as no name: review of session 48)
    assert.deepEqual(actors('Kepala Desa Slamet dan Sekretaris Desa Untung hadir dalam rapat itu.'), ['Slamet/PER', 'Untung/PER']);
    assert.deepEqual(actors('"Kami siap," kata Camat Untung dan Lurah Joko.'), ['Untung/PER', 'Joko/PER']);
  });
});
