import assert from 'node:assert/strict';
import { isAbbreviatedGivenName } from '../../../src/core/recognize/actors/abbreviated-name';
import { analyze } from '../../../src/core/recognize/analyze';
import { actorsWithBuiltinKb as linked } from './helpers';

const reported = (text: string) => (analyze(text).reported ?? []).map((s) => `${s.text}/${s.speaker}`);

describe('abbreviated-name (a short given name with its dot: "Moh. Sanusi")', () => {
  it('knows the short forms in mixed case before a name, and nothing longer, in capitals or other', () => {
    const at = (s: string, after = '. Sanusi') => isAbbreviatedGivenName(s + after, 0, s.length);
    for (const w of ['Moh', 'Muh', 'Moch', 'Abd', 'Mhd', 'Mohd', 'Md']) assert.equal(at(w), true, w);
    for (const w of ['Mo', 'Mohammad', 'Abdul', 'moh', 'MOH', 'MD', 'AHM', 'Kab', 'Min', 'Jl']) assert.equal(at(w), false, w);
    for (const after of ['. Menurut', '. Besoknya', '. Kemudian', '. 5']) assert.equal(at('Moh', after), false, after);
  });
  it('keeps the short name and the dot in the person\'s name, which the surname alone takes later', () => {
    assert.deepEqual(linked('Kepala Balai, Moh. Sanusi, hadir. "Kami amankan tiga truk," kata Sanusi.'), [
      'Moh. Sanusi/PER/Moh. Sanusi', 'Sanusi/PER/Moh. Sanusi',
    ]);
    assert.deepEqual(linked('Kepala Seksi Pidsus Kejari Pati, Moh. Arifin Hidayat, hadir.').slice(-1), ['Moh. Arifin Hidayat/PER/Moh. Arifin Hidayat']);
  });
  it('does not end the sentence, so the statement keeps its speaker', () => {
    assert.deepEqual(reported('Kepala Balai, Moh. Sanusi, mengatakan tim menerima laporan warga.'), ['tim menerima laporan warga/Moh. Sanusi']);
  });
  it('leaves a sentence ending in another word alone', () => {
    assert.deepEqual(linked('Ia pulang ke Madiun. Ahmad Sanusi lalu berangkat.').map((s) => s.split('/')[0]), ['Madiun', 'Ahmad Sanusi']);
  });
  it('reads "Hi." (Haji, as North Maluku writes it) inside a name as part of it, not as a sentence end', () => {
    assert.deepEqual(linked('Ketua panitia, Yusran Hi. Mahmud, hadir. "Semua siap," kata Yusran.'), [
      'Yusran Hi. Mahmud/PER/Yusran Hi. Mahmud', 'Yusran/PER/Yusran Hi. Mahmud',
    ]);
    assert.deepEqual(reported('Sekretaris desa, Arsad Hi. Tahir, menyebut jembatan itu rusak sejak Maret.'), ['jembatan itu rusak sejak Maret/Arsad Hi. Tahir']);
    // Only between two name words: a greeting, or "Hi." opening a line, is no name.
    const at = (s: string, k: number) => isAbbreviatedGivenName(s, k, k + 2);
    assert.equal(at('Yusran Hi. Mahmud', 7), true);
    assert.equal(at('Hi. Mahmud datang', 0), false);
    assert.equal(at('ia bilang Hi. Mahmud', 10), false);
    assert.equal(at('Yusran Hi. Menurut dia', 7), false);
  });
});
