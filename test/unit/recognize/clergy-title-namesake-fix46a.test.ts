// Session 46 (fix46a, review46): "Ayatollah Ali Khamenei" was read as a namesake of the KB's
// Ali Khamenei ("Ayatollah" taken for a given name), a stranger. A clergy title is a title,
// outside the name, as "Kiai" and "Syekh" are (courtesy-titles.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const persons = (t: string) =>
  analyze(t)
    .actors.filter((a) => a.type === 'PER')
    .map((a) => `${a.text}=${a.entityId ?? '-'}`);

describe('a clergy title before a known person', () => {
  it('is no namesake\'s given name: the known person keeps his identity', () => {
    assert.deepEqual(
      persons('Teheran (ANTARA) - Pemimpin Tertinggi Iran Ayatollah Ali Khamenei mengecam serangan itu. Khamenei menyebut Israel akan menyesal.'),
      ['Ali Khamenei=ali-khamenei', 'Khamenei=ali-khamenei'],
    );
    assert.deepEqual(persons('Ayatollah Ali Khamenei menyampaikan khotbah Jumat di Teheran.'), ['Ali Khamenei=ali-khamenei']);
  });
  it('stays outside an unknown person\'s name', () => {
    assert.deepEqual(persons('Pater Antonius Suyadi mengatakan misa digelar dua kali.'), ['Antonius Suyadi=-']);
    assert.deepEqual(persons('Biksu Dharma Sasana memimpin doa bersama umat.'), ['Dharma Sasana=-']);
  });
  it('leaves surnames that are also clergy words, and a namesake given name, alone', () => {
    assert.deepEqual(persons('Ketua Kongres Spanyol Ana Pastor membuka sidang.'), ['Ana Pastor=-']);
    assert.deepEqual(persons('Warga bernama Hasrul Abbas mengaku kehilangan sepeda motor.'), ['Hasrul Abbas=-']);
  });
});
