// Session 49 (fix49a): title words glued into names. "Hakim Tunggal" is a title (a single
// judge, lexicon.ts TITLE_WORDS); a company the model reads as a body by a wide margin before
// a full name is the company and its holder (glued-holder.ts); "Komdis" is a body's whole
// short name, after which a title's holder follows (short-head-region.ts); a headline's bare
// "Hakim" is the presiding or single judge the body names (headline-colon-speaker.ts), and a
// headline clause may have an unprefixed verb ("Jaksa Hadirkan Saksi", reported/headline.ts).
// Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as actors } from './helpers';

const statements = (t: string) => (analyze(t).reported ?? []).map((r) => `${t.slice(r.start, r.end)}<${r.speaker ?? ''}`);

describe('fix49a: title words glued into names', () => {
  it('reads "Hakim Tunggal" as a title', () => {
    assert.deepEqual(actors('Hakim Tunggal Muhammad Nur Ibrahim menolak permohonan praperadilan itu.'), ['Muhammad Nur Ibrahim/PER']);
    assert.deepEqual(actors('Pemain tunggal putra Jonatan Christie menang mudah.'), ['Jonatan Christie/PER']);
  });
  it('splits a company and its holder', () => {
    assert.deepEqual(actors('Direktur Utama Waskita Karya Muhammad Hanugroho mengatakan proyek selesai.'), ['Waskita Karya/ORG', 'Muhammad Hanugroho/PER']);
    assert.deepEqual(actors('Bupati Anak Agung Gede Ngurah mengatakan jalan diperbaiki.'), ['Agung Gede Ngurah/PER']);
    assert.deepEqual(actors('Hakim Ketua Teguh Santoso Wibowo membacakan putusan.'), ['Teguh Santoso Wibowo/PER']);
  });
  it('ends "Komdis" before its holder', () => {
    assert.deepEqual(actors('Wakil Ketua Komdis Rahmat Hariyanto mengatakan sanksi dijatuhkan.'), ['Komdis/ORG', 'Rahmat Hariyanto/PER']);
    assert.deepEqual(actors('Ketua Komdis PSSI Erwin Tobing mengatakan sanksi berat.').length, 2);
  });
});

describe('fix49a: a headline\'s bare judge', () => {
  it('is the presiding or single judge the body names', () => {
    const t = 'Sidang Ditunda, Hakim Minta Jaksa Hadirkan Saksi\n\nHakim Ketua Budi Santoso menunda sidang hingga pekan depan.';
    assert.deepEqual(statements(t), ['Jaksa Hadirkan Saksi<Budi Santoso']);
    const u = 'Praperadilan Ditolak, Hakim: Penetapan Tersangka Sah\n\nHakim Tunggal Rina Wulandari menolak permohonan praperadilan itu.';
    assert.deepEqual(statements(u), ['Penetapan Tersangka Sah<Rina Wulandari']);
  });
  it('is nobody where the body names several judges with no presiding one', () => {
    const t = 'Hakim Minta Jaksa Hadirkan Saksi\n\nHakim anggota Budi Santoso dan hakim anggota Rudi Hartono bertanya kepada saksi.';
    assert.deepEqual(statements(t), []);
    // (a thing requested, no clause)
    const u = 'Sidang Ditunda, Hakim Minta Maaf\n\nHakim Ketua Budi Santoso menunda sidang hingga pekan depan.';
    assert.deepEqual(statements(u), []);
  });
});
