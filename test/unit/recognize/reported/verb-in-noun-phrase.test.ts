// "Lomba bercerita menjadi …", "Kebebasan berpendapat merupakan …": an intransitive speech
// verb that qualifies the noun before it ("storytelling contest", "freedom of opinion") is
// no reporting verb; the copula after it is the whole noun phrase's predicate. Sentences
// written for this test.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: a speech verb inside a noun phrase', () => {
  it('a copula right after "bercerita" / "berpendapat" predicates the noun phrase', () => {
    assert.deepEqual(statementsOf('Lavrov membuka festival itu di Moskow. Lomba bercerita menjadi mata acara yang paling ditunggu.'), []);
    assert.deepEqual(statementsOf('Peskov hadir dalam seminar itu. Kebebasan berpendapat merupakan hak setiap warga negara.'), []);
  });
  it('a speaker with a clause after the verb still reports (guard)', () => {
    assert.deepEqual(statementsOf('Lavrov bercerita keluarganya pindah ke Moskow pada 1990.'),
      ['keluarganya pindah ke Moskow pada 1990 => Sergey Lavrov']);
  });
});
