import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as actors } from './helpers';

// Issue 13 (dev d323, d491, d493): a body named in French or Spanish whose head the
// Romance rule did not know was cut at its connector ("Électricité" + the country after
// "du") or read as a person ("Minera …", a Chilean mining company's usual head).
describe('Romance bodies headed by "Électricité" and "Minera" (orgs57)', () => {
  it('reads a French utility with its "du" and its country as one body', () => {
    assert.deepEqual(actors('Pasokan ke Bamako dijamin Électricité du Mali hingga akhir tahun.'),
      ['Bamako/GPE', 'Électricité du Mali/ORG']);
  });
  it('reads a Spanish mining company as a body, not a person', () => {
    assert.deepEqual(actors('Pekerja Minera Sierra Dorada mogok sejak Senin.'), ['Minera Sierra Dorada/ORG']);
  });
  it('keeps the company whole inside its workers\' union', () => {
    assert.deepEqual(actors('Tambang milik Minera Sierra Dorada berhenti. Serikat Pekerja Minera Sierra Dorada menolak tawaran itu.'),
      ['Minera Sierra Dorada/ORG', 'Serikat Pekerja Minera Sierra Dorada/ORG']);
  });
  it('leaves a person with "de la" in the name no body', () => {
    assert.ok(!actors('Harga naik, kata José de la Cruz, pedagang di Manila.').some((a) => a.endsWith('/ORG')));
  });
});
