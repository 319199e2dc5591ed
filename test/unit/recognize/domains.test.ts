import assert from 'node:assert/strict';
import { KbIndex } from '../../../src/core/kb/kb-index';
import type { KbEntity } from '../../../src/core/kb/types';
import { analyze } from '../../../src/core/recognize/analyze';
import { paragraphActors } from '../../../src/core/recognize/paragraph-actors';

const outlet = (id: string, canonical: string, aliases: string[]): KbEntity =>
  ({ id, canonical, type: 'ORG', aliases, description: { en: '', id: '' } });
const kb = new KbIndex({
  entities: [outlet('kompas-com', 'Kompas.com', ['Kompas.com', 'KOMPAS.com']), outlet('kumparan', 'Kumparan', ['Kumparan', 'kumparan.com']), outlet('tempo', 'Tempo', ['Tempo', 'Tempo.co'])],
  suppress: [],
});
const found = (p: string) => paragraphActors(p, kb).map((m) => `${p.slice(m.start, m.end)}/${m.type}/${m.canonical}`);

describe('lower-case outlet domains (issue 13, pattern 9)', () => {
  it('finds an outlet written as its lower-case domain, whatever the case of its KB alias', () => {
    assert.deepEqual(found('Hal itu ia sampaikan kepada kompas.com, Senin.'), ['kompas.com/ORG/Kompas.com']);
    assert.deepEqual(found('Ia mundur, seperti dikutip kumparan.com dan tempo.co.'), ['kumparan.com/ORG/Kumparan', 'tempo.co/ORG/Tempo']);
  });
  it('keeps the mentions in order with the capitalised ones', () => {
    assert.deepEqual(found('Kumparan menulis, seperti dikutip kompas.com, bahwa Tempo.co keliru.'),
      ['Kumparan/ORG/Kumparan', 'kompas.com/ORG/Kompas.com', 'Tempo.co/ORG/Tempo']);
  });
  it('leaves URLs, e-mail addresses, unknown domains and decimals alone', () => {
    assert.deepEqual(found('kirim ke redaksi@kompas.com atau buka https://www.kompas.com/berita.'), []);
    assert.deepEqual(found('baca contoh.com, inflasi 2.5 persen.'), []);
  });
});

describe('lowerCaseOutletNames (an outlet named by one lower-case word inside a sentence)', () => {
  const outlets = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
  it('finds "kumparan", "detikcom" and a detik channel after a cue, at a sentence end too', () => {
    assert.deepEqual(outlets('"Kami kecewa," ujarnya kepada kumparan, Rabu malam.'), ['kumparan/ORG/Kumparan']);
    assert.deepEqual(outlets('Ia mengatakannya kepada detikBali. Dikutip dari detikcom.'), ['detikBali/ORG/detikcom', 'detikcom/ORG/detikcom']);
  });
  it('leaves the common word "detik", domains, URLs and longer words alone', () => {
    assert.deepEqual(outlets('Dalam 30 detik semua selesai.'), []);
    assert.deepEqual(outlets('kata dia kepada kumparan.com.'), ['kumparan.com/ORG/Kumparan']);
    assert.deepEqual(outlets('Lihat https://x.detikcom/a dan kumparanku.'), []);
  });
  it('finds a detik desk after the reporter in a closing credit "(Name/desk)"', () => {
    assert.deepEqual(outlets('(Yohana Kartikasari/detikJateng)'), ['Yohana Kartikasari/PER/Yohana Kartikasari', 'detikJateng/ORG/detikcom']);
    assert.deepEqual(outlets('Pasar ditutup sepekan. (Dimas Arya Pratama/detikSumut)'),
      ['Dimas Arya Pratama/PER/Dimas Arya Pratama', 'detikSumut/ORG/detikcom']);
    assert.deepEqual(outlets('(wsn/detikBali)'), ['detikBali/ORG/detikcom']);
  });
  it('finds a desk of a channelled outlet that the KB does not list, and the outlet after "Pantauan"', () => {
    assert.deepEqual(outlets('Rudi Hartono - detikOto'), ['Rudi Hartono/PER/Rudi Hartono', 'detikOto/ORG/detikcom']);
    assert.deepEqual(outlets('Pantauan detikcom di lokasi, antrean kendaraan mengular sejak subuh.'), ['detikcom/ORG/detikcom']);
  });
  it('(guard) leaves the moment word before a capitalised word, and an unchannelled outlet\'s prefix, alone', () => {
    assert.deepEqual(outlets('Dalam hitungan detik Gedung itu runtuh.'), []);
    assert.deepEqual(outlets('Pantauan warga, detikan jam terdengar.'), []);
  });
  it('leaves a desk inside a web address alone, bracketed or not', () => {
    assert.deepEqual(outlets('Baca di (https://www.detik.com/detikJatim) setiap hari.'), []);
    assert.deepEqual(outlets('Arsip lama ada di laman/detikJatim kemarin.'), []);
  });
});
