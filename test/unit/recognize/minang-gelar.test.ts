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

  it('a name read with its gelar is a person, whatever the words of the gelar look like to the type model', () => {
    assert.deepEqual(people('Sore itu kami berjumpa Zulkifli Datuk Bandaro di Batusangkar sebelum hujan turun.'), ['Zulkifli Datuk Bandaro/PER/Zulkifli Datuk Bandaro']);
    assert.deepEqual(actorsWithTestKb('Piagam penghargaan diserahkan kepada Erman Datuk Majo Indo di aula kantor camat.'), ['Erman Datuk Majo Indo/PER/Erman Datuk Majo Indo']);
  });

  it('a title with its body or place before the given name does not stop the gelar', () => {
    assert.deepEqual(people('Ketua Panitia Rusdi Datuk Marajo mengatakan pawai dimulai selepas zuhur.'), ['Rusdi Datuk Marajo/PER/Rusdi Datuk Marajo']);
    assert.deepEqual(people('Ketua KAN Syahrul Datuk Sinaro menyebutkan batas ulayat sudah disepakati.'), ['Syahrul Datuk Sinaro/PER/Syahrul Datuk Sinaro']);
    assert.deepEqual(people('Wali Nagari Syahrul Datuk Sinaro menyebutkan jembatan gantung itu putus.'), ['Syahrul Datuk Sinaro/PER/Syahrul Datuk Sinaro']);
    const builtin = (text: string) => actorsWithBuiltinKb(text).filter((a) => a.includes('/PER/'));
    assert.deepEqual(builtin('Bupati Tanah Datar Hendra Yusuf Datuk Sinaro menyebutkan pasar ternak dibuka lagi.'), ['Hendra Yusuf Datuk Sinaro/PER/Hendra Yusuf Datuk Sinaro']);
  });

  it('a Malaysian "Datuk" before a name stays outside, also after a place, a body or a title', () => {
    const builtin = (text: string) => actorsWithBuiltinKb(text).filter((a) => a.includes('/PER/'));
    assert.deepEqual(builtin('Perdana Menteri Malaysia Datuk Seri Anwar Ibrahim mengatakan kerja sama itu berlanjut.'), ['Anwar Ibrahim/PER/Anwar Ibrahim']);
    assert.deepEqual(builtin('Ketua Polis Johor Datuk Kamarul Hisham mengatakan dua orang ditahan.'), ['Kamarul Hisham/PER/Kamarul Hisham']);
    assert.deepEqual(builtin('Menteri Besar Selangor Datuk Amirudin Shari mengatakan banjir surut.'), ['Amirudin Shari/PER/Amirudin Shari']);
    assert.deepEqual(people('Presiden FAM Datuk Hamdan Yusof mengatakan tim siap.'), ['Hamdan Yusof/PER/Hamdan Yusof']);
    assert.deepEqual(people('Dalam acara itu, Datuk Warsono Hadiprakoso menyampaikan sambutan.'), ['Warsono Hadiprakoso/PER/Warsono Hadiprakoso']);
    assert.deepEqual(builtin('Gubernur Bank Negara Malaysia Datuk Abdul Rasheed Ghaffour mengatakan suku bunga tetap.'), ['Abdul Rasheed Ghaffour/PER/Abdul Rasheed Ghaffour']);
    assert.deepEqual(builtin('Ketua MCA Johor Datuk Lim Kok Seng mengatakan rapat ditunda.'), ['Lim Kok Seng/PER/Lim Kok Seng']);
  });
});
