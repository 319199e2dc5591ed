import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as linked } from './helpers';

describe('company-unit (a state company\'s regional unit after its legal form)', () => {
  it('runs over the unit\'s words and its number to a known place; a company the KB knows names the unit by its KB name', () => {
    assert.deepEqual(linked('PT Kereta Api Indonesia (Persero) Daerah Operasi 8 Surabaya menambah perjalanan.'), [
      'PT Kereta Api Indonesia (Persero) Daerah Operasi 8 Surabaya/ORG/PT Kereta Api Indonesia Daerah Operasi 8 Surabaya',
    ]);
    assert.deepEqual(linked('PT Semen Timur (Persero) Unit Produksi Kupang berhenti beroperasi.'), [
      'PT Semen Timur (Persero) Unit Produksi Kupang/ORG/PT Semen Timur (Persero) Unit Produksi Kupang',
    ]);
  });
  it('leaves the company alone when no known place ends the run, or a body or a title comes first', () => {
    assert.deepEqual(linked('PT PLN (Persero) Unit baru itu rampung.')[0], 'PT PLN (Persero)/ORG/Perusahaan Listrik Negara');
    assert.deepEqual(linked('PT PLN (Persero) Daerah Kementerian Keuangan Jakarta.')[0], 'PT PLN (Persero)/ORG/Perusahaan Listrik Negara');
  });
  it('after a company the KB knows without its legal form, a unit written in two words or more, serving one or two places (d136)', () => {
    assert.deepEqual(linked('General Manager PLN Unit Induk Distribusi Jawa Tengah dan DIY Gunawan Prasetyo hadir.'), [
      'PLN Unit Induk Distribusi Jawa Tengah dan DIY/ORG/Perusahaan Listrik Negara Unit Induk Distribusi Jawa Tengah dan DIY',
      'Gunawan Prasetyo/PER/Gunawan Prasetyo',
    ]);
    // (one unit word alone before the place is no unit's name: the place is the sentence's)
    assert.deepEqual(linked('Direktur PLN Daerah Bali hadir.').slice(0, 1), ['PLN/ORG/Perusahaan Listrik Negara']);
  });
});
