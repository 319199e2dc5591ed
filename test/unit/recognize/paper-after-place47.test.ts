// "Riau Pos", "Bali Post": a regional daily named by its region and then "Pos" or "Post"
// is one organisation, not the region and a body "Pos" (regional-newspaper.ts paperAfterPlace).
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('a daily named by its region and "Pos" or "Post"', () => {
  it('is one outlet in a dateline and where it is cited', () => {
    assert.deepEqual(actors('Riau Pos - Seri ketujuh kejuaraan itu digelar di Pekanbaru.'), ['Riau Pos/ORG', 'Pekanbaru/GPE']);
    assert.deepEqual(actors('"Keselamatan nomor satu," ujarnya kepada Riau Pos.'), ['Riau Pos/ORG']);
    assert.deepEqual(actors('Seperti dilaporkan Lampung Post, harga cabai naik.'), ['Lampung Post/ORG']);
  });
  it('the post office, a guard post and a name opened by "Pos" are read as before', () => {
    assert.deepEqual(actors('Kantor Pos Riau tutup pada hari Minggu.'), ['Kantor Pos Riau/ORG']);
    assert.deepEqual(actors('Warga Riau mengirim paket lewat Pos Indonesia.'), ['Riau/GPE', 'Pos Indonesia/ORG']);
    assert.deepEqual(actors('Petugas di Riau memantau pos jaga perbatasan.'), ['Riau/GPE']);
    assert.deepEqual(actors('Truk itu melintas di Jambi Pos Lintas Batas tidak dijaga.')[0], 'Jambi/GPE');
    assert.deepEqual(actors('Ia bekerja di Jakarta. Post-pandemi ekonomi pulih.')[0], 'Jakarta/GPE');
  });
});
