import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

// Issue 13 (dev d260, d266): a title's remit in words the title list lacked was read as the
// holder's name ("Hewan Budi …"), a multi-sport event as a person, and a regional office's
// short name as its province.
describe('title remits, multi-sport events and short regional offices', () => {
  it('keeps a remit ("Kesehatan Hewan", "Perlindungan Konsumen dan Tertib Niaga") out of the holder\'s name', () => {
    assert.deepEqual(actors('Direktur Kesehatan Hewan Wulan Pratiwi meninjau kandang itu.'), ['Wulan Pratiwi/PER']);
    assert.deepEqual(actors('Izin toko itu dicabut, ujar Direktur Jenderal Perlindungan Konsumen dan Tertib Niaga Bayu Ananta.'),
      ['Bayu Ananta/PER']);
  });
  it('reads a multi-sport event ("Peparnas", "Porprov", "PON") as no actor, its committee still a body', () => {
    assert.deepEqual(actors('Sebanyak sembilan atlet Peparnas asal Bengkulu menagih janji bonus.'), ['Bengkulu/GPE']);
    assert.deepEqual(actors('Ketua PB PON Raka Wibisono meninjau venue renang.'), ['PB PON/ORG', 'Raka Wibisono/PER']);
  });
  it('reads "Dispora" with its province as a body, not the province', () => {
    assert.deepEqual(actors('Anggaran Dispora Sumbar untuk pelatihan dipangkas.'), ['Dispora Sumbar/ORG']);
  });
});
