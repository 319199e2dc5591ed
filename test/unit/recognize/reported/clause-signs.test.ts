// Content clauses the clause test took for noun objects (issue 14, dev batch d232-d243).
// Sentences written for these tests.
import assert from 'node:assert/strict';
import { looksLikeClause } from '../../../../src/core/recognize/reported/clause';
import { statementsOf } from './helpers';

const clause = (s: string): boolean => looksLikeClause(s, 0, s.length);

describe('reported speech: clause signs', () => {
  it('a frequency adverb ("kerap", "sering", "selalu", "jarang") stands before a predicate', () => {
    assert.deepEqual(statementsOf('Peskov menyebut halte bus kerap kekurangan lampu penerangan.'),
      ['halte bus kerap kekurangan lampu penerangan => Dmitry Peskov']);
    assert.equal(clause('toilet terminal selalu kotor'), true);
    assert.equal(clause('warga desa jarang kebagian air bersih'), true);
  });
  it('a noun object without a predicate stays an object (guard)', () => {
    assert.equal(clause('jadwal keberangkatan bus malam di terminal'), false);
  });
});
