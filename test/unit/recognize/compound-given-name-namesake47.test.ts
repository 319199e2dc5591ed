// Session 47 (misreads47): "Jean-Marie Le Pen meninggal …" opening a sentence gave "Jean-Marie"
// and the KB's Marine Le Pen: at a sentence start the words before a known surname were not
// joined to it (a common noun may stand there), so the namesake rule (kb-surname-namesake.ts)
// never saw them. A hyphenated compound given name is no common noun (extents.ts).
// Own invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('a compound given name before a known surname, opening a sentence', () => {
  it('is a namesake\'s full name', () => {
    assert.deepEqual(actors('Jean-Marie Le Pen meninggal dunia pada usia 96 tahun.'), ['Jean-Marie Le Pen/PER/Jean-Marie Le Pen']);
    assert.deepEqual(actors('Pendiri partai itu, Jean-Marie Le Pen, meninggal dunia.'), ['Jean-Marie Le Pen/PER/Jean-Marie Le Pen']);
  });
  it('leaves the known person hers', () => {
    assert.deepEqual(actors('Marine Le Pen mengatakan partainya siap.'), ['Marine Le Pen/PER/Marine Le Pen']);
    assert.deepEqual(actors('Le Pen mengatakan partainya siap.'), ['Le Pen/PER/Marine Le Pen']);
    assert.deepEqual(actors('Kunjungan Le Pen ke Roma dibatalkan.'), ['Le Pen/PER/Marine Le Pen', 'Roma/GPE/Rome']);
    assert.deepEqual(actors('Dmitri S. Peskov mengatakan Kremlin menolak.'), ['Dmitri S. Peskov/PER/Dmitry Peskov', 'Kremlin/ORG/Kremlin']);
  });
});
