// "Sekretaris Perusahaan PT Garam": a common organisation noun right before a company's legal
// form ("PT", "CV") is no part of the company's name (rules/organisation-head.ts).
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('an organisation noun before "PT" or "CV"', () => {
  it('is left out of the company\'s name', () => {
    assert.deepEqual(actors('Sekretaris Perusahaan PT Garam, Anindya Kusumaningrum, membantah tudingan tersebut.'),
      ['PT Garam/ORG', 'Anindya Kusumaningrum/PER']);
    assert.deepEqual(actors('Perusahaan PT Sinar Jaya Abadi menolak membayar.'), ['PT Sinar Jaya Abadi/ORG']);
  });
  it('names opened by the noun are read as before', () => {
    assert.deepEqual(actors('Perusahaan Listrik Negara memadamkan listrik.'), ['Perusahaan Listrik Negara/ORG']);
    assert.deepEqual(actors('Perusahaan Umum Daerah Air Minum Tirta Raharja menaikkan tarif.'), ['Perusahaan Umum Daerah Air Minum Tirta Raharja/ORG']);
    assert.deepEqual(actors('Bank Rakyat Indonesia membuka cabang.'), ['Bank Rakyat Indonesia/ORG']);
  });
});
