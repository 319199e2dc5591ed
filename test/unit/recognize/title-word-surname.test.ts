// "Hakim" after one given name is a word of the name, not the judge's title
// (actors/title-word-surname.ts): sentences written for this test on the formats of dev
// articles d214 and d243 (other people), read with the built-in KB. The first three cases
// failed before the change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const people = (text: string) => analyze(text).actors.filter((a) => a.type === 'PER').map((a) => `${a.text}/${a.canonical}`);

describe('"Hakim" after one given name', () => {
  it('ends the name, and the later given name alone is the same person', () => {
    const text = 'Pasangan nomor urut 3 Darman Hakim–Sulastri Dewi tampil pertama.\n\nDarman menjawab pertanyaan panelis.';
    assert.deepEqual(people(text), ['Darman Hakim/Darman Hakim', 'Sulastri Dewi/Sulastri Dewi', 'Darman/Darman Hakim']);
  });
  it('goes on into the surname after it', () => {
    assert.deepEqual(people('Dua pemain itu adalah Rudi Saputra dan Fikri Hakim Lubis.'), ['Rudi Saputra/Rudi Saputra', 'Fikri Hakim Lubis/Fikri Hakim Lubis']);
  });
  it('after the judge\'s title too', () => {
    assert.deepEqual(people('Anggota majelis, Hakim Lukman Hakim, bertanya kepada saksi.'), ['Lukman Hakim/Lukman Hakim']);
  });
  it('(guard) a judge\'s title before a name stays a title', () => {
    assert.deepEqual(people('Sidang dipimpin Hakim Ketua Anton Sulistyo.'), ['Anton Sulistyo/Anton Sulistyo']);
    assert.deepEqual(people('Sidang dipimpin Majelis Hakim Anton Sulistyo.'), ['Anton Sulistyo/Anton Sulistyo']);
  });
});
