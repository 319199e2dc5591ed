// Foreign and international bodies written in Indonesian translation take their English
// Wikipedia titles (eval/README.md, canon54), and an acronym the article puts in brackets
// after the translated name takes the same identity (issue 13, session 57). Indonesian bodies
// keep their Indonesian names. Every sentence was written for this test.
import assert from 'node:assert/strict';
import { orgsWithBuiltinKb as orgs } from '../recognize/helpers';

describe('foreign bodies in Indonesian translation (session 57)', () => {
  it('names the UN food agency by its English title, with and without "PBB", and its acronym', () => {
    assert.deepEqual(orgs('Sepekan terakhir Organisasi Pangan dan Pertanian PBB (FAO) cemas akan gagal panen di Sahel. FAO menyiapkan benih.'), [
      'Organisasi Pangan dan Pertanian PBB/Food and Agriculture Organization',
      'FAO/Food and Agriculture Organization',
      'FAO/Food and Agriculture Organization',
    ]);
    assert.deepEqual(orgs('Laporan Organisasi Pangan dan Pertanian terbit Senin.'), ['Organisasi Pangan dan Pertanian/Food and Agriculture Organization']);
  });

  it('names other UN agencies the news writes in Indonesian', () => {
    assert.deepEqual(orgs('Organisasi Meteorologi Dunia meramalkan musim kering yang panjang.'), ['Organisasi Meteorologi Dunia/World Meteorological Organization']);
    assert.deepEqual(orgs('Organisasi Perburuhan Internasional menerbitkan data pengangguran.'), ['Organisasi Perburuhan Internasional/International Labour Organization']);
    assert.deepEqual(orgs('Kantor Hak Asasi Manusia PBB meminta penyelidikan.'), ['Kantor Hak Asasi Manusia PBB/Office of the United Nations High Commissioner for Human Rights']);
  });

  it("names a country's Red Cross society by its English title", () => {
    assert.deepEqual(orgs('Relawan Palang Merah Mongolia membagikan pakan ternak.'), ['Palang Merah Mongolia/Mongolian Red Cross Society']);
    assert.deepEqual(orgs('Palang Merah Kenya mendirikan tenda di Garissa.'), ['Palang Merah Kenya/Kenya Red Cross Society']);
  });

  it('keeps the Indonesian Red Cross and an Indonesian university Indonesian', () => {
    assert.deepEqual(orgs('Palang Merah Indonesia mengirim dua truk air bersih.'), ['Palang Merah Indonesia/Palang Merah Indonesia']);
    assert.ok(!orgs('Rektor Universitas Nasional di Jakarta hadir.').some((o) => /National University/.test(o)));
  });

  it('names a national university and state bodies of commodity news by their English titles', () => {
    assert.deepEqual(orgs('Ahli iklim Universitas Nasional Mongolia ikut meninjau.'), ['Universitas Nasional Mongolia/National University of Mongolia']);
    assert.deepEqual(orgs('Otoritas Pembangkit Listrik Thailand (EGAT) menaikkan tarif. EGAT membantah.'), [
      'Otoritas Pembangkit Listrik Thailand/Electricity Generating Authority of Thailand',
      'EGAT/Electricity Generating Authority of Thailand',
      'EGAT/Electricity Generating Authority of Thailand',
    ]);
    assert.deepEqual(orgs('Komisi Tembaga Chile (Cochilco) memangkas proyeksi produksi.'), [
      'Komisi Tembaga Chile/Chilean Copper Commission',
      'Cochilco/Chilean Copper Commission',
    ]);
    assert.deepEqual(orgs('Dewan Kakao Ghana menaikkan harga beli.'), ['Dewan Kakao Ghana/Ghana Cocoa Board']);
  });

  it('leaves an invented foreign body with its Indonesian name', () => {
    const found = orgs('Komisi Garam Mongolia menegur dua perusahaan.');
    assert.ok(!found.some((o) => /Commission|Board|Authority/.test(o)), found.join(', '));
  });
});
