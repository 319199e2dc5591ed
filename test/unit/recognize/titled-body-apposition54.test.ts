// "Peneliti Arus Bumi Setara, Wulan Paramita, menilai …": after a title, a run of words
// the name model does not read as a person's, followed by a full name closed in commas, is the
// organisation the title is in; the name after the comma is its holder. Two words were taken
// so before (unknown-name.ts); three and more too now. Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}`);

describe('a body of three words and more between a title and its holder (actors54)', () => {
  it('is an organisation, and the holder a person', () => {
    assert.deepEqual(actors('Peneliti Arus Bumi Setara, Wulan Paramita, menilai izin itu cacat.'), ['Arus Bumi Setara/ORG', 'Wulan Paramita/PER']);
    assert.deepEqual(actors('Koordinator Gerak Tani Merdeka, Agus Wibowo, berpendapat lain.'), ['Gerak Tani Merdeka/ORG', 'Agus Wibowo/PER']);
  });

  it('leaves a person of three words before another person, and a list, alone', () => {
    assert.deepEqual(actors('Peneliti Budi Santoso Wijaya, Wulan Paramita, dan Rina Wati menulis laporan itu.'),
      ['Budi Santoso Wijaya/PER', 'Wulan Paramita/PER', 'Rina Wati/PER']);
    assert.deepEqual(actors('Pelatih Rudi Hartono Siregar, Yoga Pratama, mengatakan timnya siap.').filter((a) => a.startsWith('Rudi')), ['Rudi Hartono Siregar/PER']);
  });
});
