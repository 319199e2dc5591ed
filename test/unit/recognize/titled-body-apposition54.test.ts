// "Peneliti Lingkar Tambang Adil, Nabila Kahar, berpendapat …": after a title, a run of words
// the name model does not read as a person's, followed by a full name closed in commas, is the
// organisation the title is in; the name after the comma is its holder. Two words were taken
// so before (unknown-name.ts); three and more too now. Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const actors = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}`);

describe('a body of three words and more between a title and its holder (actors54)', () => {
  it('is an organisation, and the holder a person', () => {
    assert.deepEqual(actors('Peneliti Poros Tambang Adil, Dewi Anggraini, menilai izin itu cacat.'), ['Poros Tambang Adil/ORG', 'Dewi Anggraini/PER']);
    assert.deepEqual(actors('Koordinator Gerak Tani Merdeka, Agus Wibowo, berpendapat lain.'), ['Gerak Tani Merdeka/ORG', 'Agus Wibowo/PER']);
  });

  it('leaves a person of three words before another person, and a list, alone', () => {
    assert.deepEqual(actors('Peneliti Budi Santoso Wijaya, Nabila Kahar, dan Rina Wati menulis laporan itu.'),
      ['Budi Santoso Wijaya/PER', 'Nabila Kahar/PER', 'Rina Wati/PER']);
    assert.deepEqual(actors('Pelatih Rudi Hartono Siregar, Dewi Anggraini, mengatakan timnya siap.').filter((a) => a.startsWith('Rudi')), ['Rudi Hartono Siregar/PER']);
  });
});
