// "Mapolres <regency>", "Mapolda <province>": a police office's headquarters (markas) written
// as one word stands for the office (actors/rules/organisation-head.ts, lexicon.ts), with
// the built-in KB. Failed before the change (dev d162, d175: a place "Mapolres" and the region).
import assert from 'node:assert/strict';
import { linkedActors as actors } from './helpers';

describe('a police headquarters written as one word', () => {
  it('is the police office', () => {
    assert.deepEqual(actors('Kedua tersangka kini ditahan di Mapolres Sumbawa Barat.'), ['Mapolres Sumbawa Barat/ORG/Kepolisian Resor Sumbawa Barat']);
    assert.deepEqual(actors('Barang bukti dibawa ke Mapolda Jatim pada Selasa.'), ['Mapolda Jatim/ORG/Kepolisian Daerah Jawa Timur']);
  });
});

describe('a police office named for a city as against the regency', () => {
  it('ends in "Kota" (dev d109, d147), unless "Kota" opens another city', () => {
    assert.deepEqual(actors('Kasus itu ditangani Polresta Cirebon Kota sejak Senin.'), ['Polresta Cirebon Kota/ORG/Kepolisian Resor Kota Cirebon Kota']);
    assert.ok(actors('Kepala Satuan Reserse Kriminal Polresta Cirebon Kota Kompol Arif Wibowo mengatakan pelaku ditahan.')
      .some((a) => a.startsWith('Satuan Reserse Kriminal Polresta Cirebon Kota/ORG')));
    assert.ok(actors('Petugas Polres Malang Kota Batu menangkap pelaku.').includes('Kota Batu/GPE/Batu'));
  });
});
