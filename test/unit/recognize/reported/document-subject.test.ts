// A legal or normative text as the subject of a reporting verb (issue 13's leftover: "Prinsip
// … NATO Pasal 5 menyatakan" gave a statement of NATO). The spec makes a reported statement
// an identifiable actor's words and documents no actors: no statement. Fictional sentences.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('reported speech: a document is no speaker', () => {
  it('a text named after a body, or a body followed by an article of its treaty, says nothing as that body', () => {
    assert.deepEqual(statementsOf('Prinsip pertahanan kolektif NATO Pasal 5 menyatakan bahwa serangan terhadap satu anggota adalah serangan terhadap semua.'), []);
    assert.deepEqual(statementsOf('Piagam PBB menegaskan bahwa semua anggota memiliki kedudukan yang setara.'), []);
    assert.deepEqual(statementsOf('Sementara itu, Konstitusi Rusia menyatakan bahwa presiden dipilih langsung.'), []);
  });
  it('the body itself, its spokesperson, or its report still speak', () => {
    assert.deepEqual(statementsOf('Juru bicara NATO menyatakan bahwa aliansi siap.'), ['aliansi siap => NATO']);
    assert.deepEqual(statementsOf('Sementara itu, PBB menyatakan bahwa bantuan sudah tiba.'), ['bantuan sudah tiba => United Nations']);
    assert.deepEqual(statementsOf('Dalam perjanjian itu, Rusia menyatakan bahwa pasukannya akan mundur.'), ['pasukannya akan mundur => Russia']);
  });
});
