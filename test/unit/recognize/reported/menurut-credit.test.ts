// reported52 (issue 14): in a translated wire, "“…,” kata X di <tempat>, menurut <kantor
// berita>" credits the outlet that carried the quote; the words are X's quote, the outlet is no
// second speaker and the quote no reported statement (spec: content entirely inside quotation
// marks is a quote). Own invented sentences.
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';
import { runWithTestKb } from '../helpers';

describe('"menurut <outlet>" after a quote and its attribution', () => {
  it('is a credit: no statement, the quote keeps its speaker', () => {
    const text = '"Kami tidak akan menarik kapal dari perairan itu," kata Dario Pell di Velmora, menurut Reuters.';
    assert.deepEqual(statementsOf(text), []);
    assert.deepEqual(runWithTestKb(text).quotes.map((q) => q.speaker), ['Dario Pell']);
    assert.deepEqual(statementsOf('"Perundingan akan dilanjutkan bulan depan," ujar Dario Pell, menurut kantor berita AFP.'), []);
  });
  it('leaves "menurut X" after a narrative clause a statement', () => {
    assert.deepEqual(statementsOf('Harga gandum akan naik tahun depan, menurut Dario Pell.'), ['Harga gandum akan naik tahun depan => Dario Pell']);
  });
});
