// Burmese forms of address "U" (Mr) and "Daw" (Mrs) stay outside a person's name and canonical
// (eval/README.md, gold53: "Burmese (honorifics Daw, U outside)"), as Malaysia's "Datuk" does.
// Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const people = (text: string) => analyze(text).actors.filter((a) => a.type === 'PER').map((a) => `${a.text}=${a.canonical}`);

describe('Burmese honorifics U and Daw (actors54)', () => {
  it('"U" and "Daw" before a name stay outside it, and the speaker is the bare name', () => {
    const text = 'Juru bicara partai itu, U Min Thura Oo, menyebut keputusan itu sepihak. Ketua cabang Daw Nilar Win juga hadir. ' +
      '"Kami akan banding," kata Min Thura Oo.';
    assert.deepEqual(people(text), ['Min Thura Oo=Min Thura Oo', 'Nilar Win=Nilar Win', 'Min Thura Oo=Min Thura Oo']);
    assert.deepEqual(analyze(text).quotes.map((q) => q.speaker), ['Min Thura Oo']);
  });

  it('a later mention with the honorific links to the same person', () => {
    const text = 'Pengacara Daw Khin Mya Thet mendampingi terdakwa. Menurut Daw Khin Mya Thet, sidang ditunda.';
    assert.deepEqual(people(text), ['Khin Mya Thet=Khin Mya Thet', 'Khin Mya Thet=Khin Mya Thet']);
  });

  it('leaves a letter "U" that is no honorific alone', () => {
    // An age group after a team, a block's letter after a capitalised word.
    assert.deepEqual(analyze('Timnas U-19 menang atas Vietnam di Surabaya.').actors.filter((a) => a.text.startsWith('U')), []);
    assert.deepEqual(people('Rumah itu berada di Blok U Perumahan Griya Asri, kata Sutrisno Hadi.'), ['Sutrisno Hadi=Sutrisno Hadi']);
  });
});
