// Regional name parts kept inside a name (courtesy-titles.ts, place 'name') open it at a
// sentence start too (fix45c; own sentences about fictional people).
import assert from 'node:assert/strict';
import { personTexts as persons } from './helpers';

describe('fix45c: a name part opening a sentence (name-part-opener.ts)', () => {
  it('keeps the Sasak "Lalu" opening a sentence inside the name', () => {
    assert.deepEqual(persons('Lalu Ahmad Zulkarnaen meninjau lokasi banjir di Lombok Timur.'), ['Lalu Ahmad Zulkarnaen']);
  });

  it('reads the Balinese "I Gusti" opening a sentence as a person\'s name', () => {
    // (the name model alone read the hero's name, also an airport's, as no name)
    assert.deepEqual(persons('I Gusti Ngurah Rai dikenang sebagai pahlawan dari Bali.'), ['I Gusti Ngurah Rai']);
  });

  it('leaves "Lalu" the sentence opener before one name or a lower-case word', () => {
    assert.deepEqual(persons('Lalu, Budi Santoso pulang ke rumah.'), ['Budi Santoso']);
    assert.deepEqual(persons('Lalu Presiden Joko Susilo tiba di lokasi.'), ['Joko Susilo']);
  });
});
