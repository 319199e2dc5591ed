// Issue 13: a Minangkabau adat title (gelar) written AFTER a man's given name is part of his name
// (eval/README.md: "Minang (`Datuk Rajo Mangkuto` inside)", as `Datuak` inside since t84), while a
// Malaysian "Datuk" BEFORE a name stays outside (point 12). "Datuk" after the given name had cut the
// name in two ("Rusdi" + a person "Marajo Sati"). Sentences written for this test.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb, actorsWithTestKb, speakersWithTestKb } from './helpers';

const people = (text: string) => actorsWithTestKb(text).filter((a) => a.includes('/PER/'));

describe('a Minangkabau gelar after a given name (issue 13)', () => {
  it('"Datuk" and its gelar after a given name are part of the name; the bare given name links to it', () => {
    const text = 'Ketua kerapatan adat nagari, Rusdi Datuk Marajo Sati, mengatakan tanah ulayat tidak akan dijual. "Kami menjaganya bersama," kata Rusdi.';
    assert.deepEqual(people(text), ['Rusdi Datuk Marajo Sati/PER/Rusdi Datuk Marajo Sati', 'Rusdi/PER/Rusdi Datuk Marajo Sati']);
    assert.deepEqual(speakersWithTestKb(text), ['Rusdi Datuk Marajo Sati']);
  });

  it('a title before the given name does not stop the gelar', () => {
    assert.deepEqual(people('Wakil Bupati Rusdi Datuk Marajo Sati mengatakan lomba dimulai pukul delapan.'), ['Rusdi Datuk Marajo Sati/PER/Rusdi Datuk Marajo Sati']);
  });

  it('the short "Dt." after a given name is part of the name too', () => {
    assert.deepEqual(people('Wali nagari itu, Hendri Dt. Bandaro Kayo, mengatakan saluran irigasi rusak sejak Mei.'), [
      'Hendri Dt. Bandaro Kayo/PER/Hendri Dt. Bandaro Kayo',
    ]);
  });

  it('a Malaysian "Datuk" before a name stays outside, also after a place, a body or a title', () => {
    const builtin = (text: string) => actorsWithBuiltinKb(text).filter((a) => a.includes('/PER/'));
    assert.deepEqual(builtin('Perdana Menteri Malaysia Datuk Seri Anwar Ibrahim mengatakan kerja sama itu berlanjut.'), ['Anwar Ibrahim/PER/Anwar Ibrahim']);
    assert.deepEqual(builtin('Ketua Polis Johor Datuk Kamarul Hisham mengatakan dua orang ditahan.'), ['Kamarul Hisham/PER/Kamarul Hisham']);
    assert.deepEqual(builtin('Menteri Besar Selangor Datuk Amirudin Shari mengatakan banjir surut.'), ['Amirudin Shari/PER/Amirudin Shari']);
    assert.deepEqual(people('Presiden FAM Datuk Hamdan Yusof mengatakan tim siap.'), ['Hamdan Yusof/PER/Hamdan Yusof']);
    assert.deepEqual(people('Dalam acara itu, Datuk Warsono Hadiprakoso menyampaikan sambutan.'), ['Warsono Hadiprakoso/PER/Warsono Hadiprakoso']);
  });
});
