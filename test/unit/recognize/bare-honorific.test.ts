// Review 45: an honorific no name follows ("…," kata Jero Mangku.") became a person named
// "Jero Mangku", and took the quote from the priest introduced with it. A bare form of
// address names nobody (actors/rules/honorific.ts isBareAddress): the quote goes back to the
// person, as after "kata Kiai". Own invented sentences.
import assert from 'node:assert/strict';
import { actorsWithTestKb, speakersWithTestKb } from './helpers';

describe('a bare honorific is no person', () => {
  it('"kata Jero Mangku." is the priest named before', () => {
    const text = 'Jero Mangku Nyoman Ardika mengatakan upacara digelar Minggu. "Umat diharapkan datang pagi," kata Jero Mangku.';
    assert.deepEqual(speakersWithTestKb(text), ['Nyoman Ardika']);
    assert.ok(!actorsWithTestKb(text).some((a) => a.startsWith('Jero')));
  });

  it('"kata Datuk Seri." and "kata Datuk." are the Malaysian named before', () => {
    assert.deepEqual(speakersWithTestKb('Datuk Seri Azman Yusof mengatakan ekonomi tumbuh. "Kita harus kerja keras," kata Datuk Seri.'), ['Azman Yusof']);
    assert.deepEqual(speakersWithTestKb('Datuk Azman Yusof mengatakan ekonomi tumbuh. "Kita harus kerja keras," kata Datuk.'), ['Azman Yusof']);
  });

  it('still leaves the name after it to the honorific', () => {
    assert.deepEqual(speakersWithTestKb('"Upacara ini untuk keselamatan," kata Jero Mangku Ketut Sada.'), ['Ketut Sada']);
  });
});
