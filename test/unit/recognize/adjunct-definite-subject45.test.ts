// Session 45 (issues 13/14): a post-match or press-conference report fronts the setting
// before a definite description ("Dalam jumpa pers seusai laga, pelatih asal Brasil itu
// menyebut …"); the description was read only at a sentence start, so the statement was
// missed, though a name or "ia" after the same adjunct was read. Own invented sentences.
import assert from 'node:assert/strict';
import { frontedAdjunctEnd } from '../../../src/core/recognize/fronted-adjunct';
import { statementPairsWithTestKb } from './helpers';

const COACH = 'Pelatih Gemilang Jaya FC, Rodrigo Almeida, tampak kecewa. ';
const CONTENT = 'lini belakang timnya terlalu mudah kehilangan konsentrasi';

describe('a definite description after a fronted adjunct ("Seusai laga, pelatih itu menyebut …")', () => {
  it('is the subject of the reporting verb', () => {
    assert.deepEqual(statementPairsWithTestKb(COACH + `Seusai laga, pelatih itu menyebut ${CONTENT}.`), [[CONTENT, 'Rodrigo Almeida']]);
    assert.deepEqual(statementPairsWithTestKb(COACH + `Dalam jumpa pers seusai laga, pelatih asal Brasil itu menyebut ${CONTENT}.`), [[CONTENT, 'Rodrigo Almeida']]);
  });
  it('frontedAdjunctEnd skips an adjunct word and its words to the comma', () => {
    assert.equal(frontedAdjunctEnd('Seusai laga, pelatih itu', 0), 13);
    assert.equal(frontedAdjunctEnd('Pelatih itu, kata dia', 0), -1);
    assert.equal(frontedAdjunctEnd('Seusai laga pelatih itu pulang.', 0), -1);
  });
});

describe('an adjunct before a description does not make', () => {
  it('a statement of a description that has no reporting verb, or of a person inside it', () => {
    assert.deepEqual(statementPairsWithTestKb(COACH + 'Seusai laga, pelatih itu langsung meninggalkan stadion.'), []);
    assert.deepEqual(statementPairsWithTestKb(COACH + `Seusai laga, pelatih Budi Santoso itu menyebut ${CONTENT}.`).map((s) => s[1]), ['Budi Santoso']);
  });
});
