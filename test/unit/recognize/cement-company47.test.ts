// Session 47 (misreads47): "Saham Semen Padang naik" gave only the city Padang: "Semen" and a
// place is a cement company (or the club one of them owns), an organisation either way
// (cement-company.ts). Own invented sentences.
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('a cement company named with its place', () => {
  it('is an organisation, in a market or a football sentence', () => {
    assert.deepEqual(actors('Saham Semen Padang naik tajam setelah laporan keuangan dirilis.'), ['Semen Padang/ORG/Semen Padang']);
    assert.deepEqual(actors('Produksi Semen Gresik naik.'), ['Semen Gresik/ORG/Semen Gresik']);
    assert.deepEqual(actors('Semen Padang menang 2-0 atas Persija.'), ['Semen Padang/ORG/Semen Padang', 'Persija/ORG/Persija']);
  });
  it('leaves the common noun and the city alone', () => {
    assert.deepEqual(actors('Harga semen di Padang naik.'), ['Padang/GPE/Padang']);
    assert.deepEqual(actors('Pabrik itu memasok semen ke Padang dan Gresik.'), ['Padang/GPE/Padang', 'Gresik/GPE/Kabupaten Gresik']);
  });
});
