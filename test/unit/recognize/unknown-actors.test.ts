import assert from 'node:assert/strict';
import { actorsWithTestKb } from './helpers';

describe('actors: names the KB does not know', () => {
  it('a title makes the following name a person; the country stays GPE', () => {
    assert.deepEqual(actorsWithTestKb('Menteri Luar Negeri Ukraina Dmytro Kuleba tiba di Kyiv.'), [
      'Ukraina/GPE/Ukraine', 'Dmytro Kuleba/PER/Dmytro Kuleba', 'Kyiv/GPE/Kyiv',
    ]);
  });
  it('organisation heads take the maximal name, ending after the country', () => {
    assert.deepEqual(actorsWithTestKb('Badan Intelijen Luar Negeri Rusia (SVR) mengungkapkan rencana itu. SVR menyebut hal lain.'), [
      'Badan Intelijen Luar Negeri Rusia/ORG/Badan Intelijen Luar Negeri Rusia',
      'SVR/ORG/Badan Intelijen Luar Negeri Rusia',
      'SVR/ORG/Badan Intelijen Luar Negeri Rusia',
    ]);
  });
  it('"juru bicara ORG PERSON" yields ORG then PER', () => {
    assert.deepEqual(actorsWithTestKb('Menurut juru bicara Kementerian Luar Negeri Rusia Maria Zakharova, hal itu keliru.'), [
      'Kementerian Luar Negeri Rusia/ORG/Kementerian Luar Negeri Rusia', 'Maria Zakharova/PER/Maria Zakharova',
    ]);
  });
  it('speech-verb contexts type a person', () => {
    assert.deepEqual(actorsWithTestKb('"Kami siap," kata Raka Wicaksana. Raka menambahkan bahwa ia lelah.'), [
      'Raka Wicaksana/PER/Raka Wicaksana', 'Raka/PER/Raka Wicaksana',
    ]);
  });
  it('coreference: a surname resolves to the full name mentioned later too', () => {
    assert.deepEqual(actorsWithTestKb('Menurut Hehanussa, kontrak itu sah.\nDirektur PT itu, Yosef Hehanussa, menolak berkomentar.'), [
      'Hehanussa/PER/Yosef Hehanussa', 'Yosef Hehanussa/PER/Yosef Hehanussa',
    ]);
  });
  it('datelines give a place (GPE) and an outlet (ORG)', () => {
    assert.deepEqual(actorsWithTestKb('Jakarta (ANTARA) - Hujan turun.'), ['Jakarta/GPE/Jakarta', 'ANTARA/ORG/Lembaga Kantor Berita Nasional Antara']);
    assert.deepEqual(actorsWithTestKb('SURABAYA, KOMPAS.com - Hujan turun.'), ['SURABAYA/GPE/Surabaya', 'KOMPAS.com/ORG/KOMPAS.com']);
  });
  it('credit lines are people', () => {
    assert.deepEqual(actorsWithTestKb('Penerjemah: Nanda Prameswari\nEditor: M Razi Rahman'), [
      'Nanda Prameswari/PER/Nanda Prameswari', 'M Razi Rahman/PER/M Razi Rahman',
    ]);
  });
  it('filters non-actors: months, days, pronouns, bare titles, "Barat", regions, platforms', () => {
    assert.deepEqual(actorsWithTestKb('Pada Selasa, 12 Maret, Presiden itu berbicara soal Barat dan Timur Tengah di Facebook.'), []);
  });
  it('a weak capitalised word is dropped unless the article confirms it', () => {
    assert.deepEqual(actorsWithTestKb('Perluasan itu ditunda.'), []);
  });
  it('places after "di" and regency names', () => {
    assert.deepEqual(actorsWithTestKb('Ia tinggal di Sofifi, Kabupaten Natuna.'), ['Sofifi/GPE/Sofifi', 'Kabupaten Natuna/GPE/Kabupaten Natuna']);
  });
  it('all-caps and Title Case headlines only report KB names', () => {
    assert.deepEqual(actorsWithTestKb('KREMLIN PERINGATKAN NATO SOAL PASUKAN DI UKRAINA'), ['KREMLIN/ORG/Kremlin', 'NATO/ORG/NATO', 'UKRAINA/GPE/Ukraine']);
    assert.deepEqual(actorsWithTestKb('Lima Saksi Diperiksa Soal Kapal Patroli di Jakarta'), ['Jakarta/GPE/Jakarta']);
  });
  it('an acronym next to a name is a separate actor', () => {
    assert.deepEqual(actorsWithTestKb('Ketua KPK Setyo Budiyanto menyatakan hal itu.'), ['KPK/ORG/KPK', 'Setyo Budiyanto/PER/Setyo Budiyanto']);
  });
});
