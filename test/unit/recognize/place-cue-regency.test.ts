// A place by its cue ("di …", "ke …", "asal …") whose bare name the gazetteer withholds
// because it is also an island, a people or an ordinary word ("Kudus": holy, "Ketapang": a
// tree, "Sumbawa": an island): typed a place already, it is the regency the gazetteer names
// with the prefix, as the dev gold names every such place, even in an article that never
// writes "Kabupaten" (regional-names.ts placeRegency, the link pass's regionalBodies).
// Sentences written for this test. The cases failed before the change; guards did not.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const places = (text: string) => analyze(text).actors.filter((a) => a.type === 'GPE').map((a) => `${a.text}/${a.canonical}`);

describe('a place by its cue that the gazetteer names only as a regency', () => {
  it('is the regency after "asal", "di" and "ke"', () => {
    assert.deepEqual(places('Pelari asal Kudus itu finis kedua di Stadion Madya.'), ['Kudus/Kabupaten Kudus']);
    assert.deepEqual(places('Pabrik itu membeli kayu dari hutan di Ketapang dan Sanggau.'), ['Ketapang/Kabupaten Ketapang', 'Sanggau/Kabupaten Sanggau']);
    assert.deepEqual(places('Sapi-sapi itu dikirim ke Sumbawa dengan kapal barang.'), ['Sumbawa/Kabupaten Sumbawa']);
  });
  it('(guard) a place qualified by a foreign country or by another town is that locality', () => {
    assert.ok(!places('Ia pernah berlibur ke Malaka, Malaysia, bersama keluarganya.').includes('Malaka/Kabupaten Malaka'));
    assert.ok(!places('Kemacetan panjang terjadi di Puncak, Bogor, sejak pagi.').includes('Puncak/Kabupaten Puncak'));
  });
  it('(guard) a place qualified by its province is still the regency', () => {
    assert.deepEqual(places('Kayu itu ditebang di Ketapang, Kalimantan Barat.'), ['Ketapang/Kabupaten Ketapang', 'Kalimantan Barat/Kalimantan Barat']);
  });
  it('(guard) a city the KB names bare stays the city', () => {
    assert.deepEqual(places('Pedagang asal Tegal itu membuka warung di Jakarta.'), ['Tegal/Tegal', 'Jakarta/Jakarta']);
  });
});
