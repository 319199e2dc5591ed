// reported52 (issue 14; real translated news seen by the lead): "X mengisyaratkan kesediaan untuk
// mengirim pasukan" names a readiness, a nominalised object with its "untuk" complement, no
// content clause (spec: nominalised objects do not count). A clause that opens with such a noun
// as its subject keeps its own predicate and stays a statement.
// Own invented sentences (fictional country and officials).
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('a ke-/pe-…-an noun with an "untuk" + verb complement after a reporting verb', () => {
  it('is a nominalised object, no statement', () => {
    assert.deepEqual(statementsOf('Menteri Pertahanan Arvania, Dario Pell, telah mengisyaratkan kesediaan untuk mengirim kapal patroli ke selat itu.'), []);
    assert.deepEqual(statementsOf('Dario Pell mengisyaratkan keterbukaan untuk memberikan pinjaman kepada negara tetangganya.'), []);
    assert.deepEqual(statementsOf('Dario Pell menyatakan kesiapan untuk menampung para pengungsi.'), []);
    assert.deepEqual(statementsOf('Dario Pell menyampaikan penolakan untuk menandatangani nota kesepahaman itu.'), []);
    assert.deepEqual(statementsOf('Dario Pell mengatakan keinginan untuk segera bertemu pemimpin oposisi.'), []);
  });
  it('stays a clause when the noun is the subject of a predicate of its own', () => {
    assert.deepEqual(statementsOf('Dario Pell mengatakan kesiapan armada itu sudah diuji dalam latihan bersama.'),
      ['kesiapan armada itu sudah diuji dalam latihan bersama => Dario Pell']);
    assert.deepEqual(statementsOf('Dario Pell mengatakan kesediaan untuk mengirim kapal patroli sudah disampaikan kepada parlemen.'),
      ['kesediaan untuk mengirim kapal patroli sudah disampaikan kepada parlemen => Dario Pell']);
    assert.deepEqual(statementsOf('Dario Pell menegaskan penolakan pemerintah untuk berunding tidak akan berubah.'),
      ['penolakan pemerintah untuk berunding tidak akan berubah => Dario Pell']);
  });
  it('leaves "bahwa" clauses and requests with "untuk" alone', () => {
    assert.deepEqual(statementsOf('Dario Pell menyatakan bahwa kesiapan untuk menampung pengungsi sudah matang.'),
      ['kesiapan untuk menampung pengungsi sudah matang => Dario Pell']);
    assert.deepEqual(statementsOf('Dario Pell meminta pemerintah daerah untuk menampung para pengungsi.').length, 1);
  });
});
