import assert from 'node:assert/strict';
import { mentions, steps } from './trace';
import { KbIndex } from '../../../../src/core/kb/kb-index';
import { analyze } from '../../../../src/core/recognize/analyze';

describe('actor rule kb-name', () => {
  it('emits the longest alias and keeps a title cue across it', () => {
    const p = 'Juru bicara Kremlin Dmitry Peskov menolak.';
    assert.ok(steps(p).includes('kb-name: Kremlin'));
    assert.ok(steps(p).includes('kb-name: Dmitry Peskov'));
    assert.deepEqual(mentions(p), ['Kremlin/ORG', 'Dmitry Peskov/PER']);
  });
});

describe('actor rule kb-name: a known first name with a stranger\'s surname', () => {
  it('"Retno Wulandari" is not Retno Marsudi, whose first name "Retno" is', () => {
    const kb = new KbIndex({ entities: [{ id: 'retno-marsudi', canonical: 'Retno Marsudi', type: 'PER', aliases: ['Retno Marsudi', 'Retno'], description: { en: '', id: '' } }], suppress: [] });
    assert.deepEqual(analyze('Kepala dinas, Retno Wulandari, mengatakan kasus naik.', { kb }).actors.map((a) => `${a.text}/${a.canonical}`), ['Retno Wulandari/Retno Wulandari']);
  });
});

describe('actor rule kb-name: a body and its region', () => {
  it('a university the KB knows keeps its city outside ("Universitas Hasanuddin Makassar")', () => {
    const kb = new KbIndex({ entities: [
      { id: 'unhas', canonical: 'Universitas Hasanuddin', type: 'ORG', aliases: ['Universitas Hasanuddin'], description: { en: 'University in Makassar, Indonesia', id: '' } },
      { id: 'makassar', canonical: 'Makassar', type: 'GPE', aliases: ['Makassar'], description: { en: 'City in South Sulawesi, Indonesia', id: '' } },
    ], suppress: [] });
    assert.deepEqual(analyze('Peneliti Universitas Hasanuddin Makassar, Andi Rahman, mengatakan.', { kb }).actors.map((a) => `${a.text}/${a.type}`),
      ['Universitas Hasanuddin/ORG', 'Makassar/GPE', 'Andi Rahman/PER']);
  });
  it('reads "Kota" after "Wali" in a headline as the mayor\'s title, not the city\'s prefix', () => {
    // (written for this test; a headline has no title rule to take "Wali Kota" first)
    const head = (t: string) => analyze(`${t}\n\nWarga mengeluhkan parkir liar di pusat kota.`).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
    assert.deepEqual(head('Unggahan Wali Kota Solo soal Parkir Ramai Dibahas'), ['Solo/GPE/Surakarta']);
    assert.deepEqual(head('Warga Kota Probolinggo Keluhkan Sampah Pasar'), ['Kota Probolinggo/GPE/Probolinggo']);
  });
});

describe('actor rule kb-name: a Roman numeral after a lower-case word (actors50b)', () => {
  const people = (text: string) => analyze(text).actors.filter((a) => a.type === 'PER').map((a) => a.text);
  it('"kelas XI", "tingkat II" are a grade, not a person the KB knows by "Xi"', () => {
    assert.deepEqual(people('Siswi kelas XI itu menjuarai lomba pidato tingkat provinsi.'), []);
    assert.deepEqual(people('Ia kini duduk di semester VI dan kelas XI sudah lewat.'), []);
  });
  it('guards: Xi written as a name, and a headline in capitals, stay the person', () => {
    assert.deepEqual(people('Presiden China Xi Jinping tiba di Jakarta. Xi disambut menteri.'), ['Xi Jinping', 'Xi']);
    assert.deepEqual(people('XI JINPING TIBA DI JAKARTA'), ['XI JINPING']);
  });
});
