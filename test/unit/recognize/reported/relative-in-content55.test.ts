// A reporting verb in a relative clause inside another statement's content ("X mengatakan
// <subject> <predicate> <object> <body> yang menyimpulkan …"): the relative clause
// qualifies the content's object and is part of X's statement, not a second statement
// that cuts X's in two (speakers55; dev d473 showed the kind).
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: a relative clause inside a content (speakers55)', () => {
  it('keeps the content whole when a name in it opens a relative clause with a reporting verb', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan larangan itu mengikuti laporan Kementerian Energi Rusia yang menyebut pasokan gas turun tajam.'),
      ['larangan itu mengikuti laporan Kementerian Energi Rusia yang menyebut pasokan gas turun tajam => Dmitry Peskov']);
  });
  it('keeps it whole after "bahwa" and with an adverb before the relative verb', () => {
    assert.deepEqual(statementsOf('Lavrov menegaskan bahwa keputusan tersebut sejalan dengan sikap Macron yang juga menilai sanksi tidak efektif.'),
      ['keputusan tersebut sejalan dengan sikap Macron yang juga menilai sanksi tidak efektif => Sergey Lavrov']);
  });
  it('still gives the inner subject its statement when the content has no predicate before it (nested reporting)', () => {
    assert.deepEqual(statementsOf('Peskov mengatakan Macron menegaskan bahwa Prancis tidak akan mengirim pasukan.'),
      ['Prancis tidak akan mengirim pasukan => Emmanuel Macron']);
  });
  it('still gives two statements to two subjects without a relative clause', () => {
    assert.deepEqual(statementsOf('Peskov menilai sanksi itu gagal, sementara Macron menegaskan bahwa tekanan harus ditambah.'), [
      'sanksi itu gagal => Dmitry Peskov', 'tekanan harus ditambah => Emmanuel Macron',
    ]);
  });
});
