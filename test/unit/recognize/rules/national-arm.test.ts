import assert from 'node:assert/strict';
import { typedActors as linked } from '../helpers';

describe('actor rule national-arm', () => {
  it('reads a brand before a country as the company\'s arm there, also after a connective', () => {
    assert.deepEqual(linked('Shopee Indonesia belum menanggapi keluhan penjual.'), ['Shopee Indonesia/ORG']);
    assert.deepEqual(linked('Sementara Grab Vietnam menunda peluncuran layanan itu.'), ['Grab Vietnam/ORG']);
  });
  it('leaves a common noun capitalised before a country to the country', () => {
    assert.deepEqual(linked('Delegasi Rusia meninggalkan ruang sidang lebih awal.'), ['Rusia/GPE']);
    assert.deepEqual(linked('Junta Myanmar menolak usulan gencatan senjata.'), ['Myanmar/GPE']);
    assert.deepEqual(linked('Pasukan Rusia menembaki desa itu.'), ['Rusia/GPE']);
    assert.deepEqual(linked('Warga Indonesia di kota itu diminta waspada.'), ['Indonesia/GPE']);
  });
  it('takes no place that is not a country, and no run that goes on after it', () => {
    assert.deepEqual(linked('Shopee Bandung membuka gudang baru.').includes('Shopee Bandung/ORG'), false);
    assert.deepEqual(linked('Bursa Komoditi Malaysia Timur dibuka.').some((s) => s.startsWith('Komoditi')), false);
  });
});
