// An athlete named by the sport (a closed class, lexicon.ts ATHLETE_TRADES) and a company
// officer's "Komersial" title are no words of the name (names55, issue 13; own sentences).
import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as actors, personTextsWithBuiltinKb as persons } from './helpers';

describe('names55: a sport noun before a name is the athlete\'s trade (lexicon.ts ATHLETE_TRADES)', () => {
  it('leaves the sport noun out of the name', () => {
    assert.deepEqual(persons('Pereli Dimas Rangga Saputra memimpin klasemen setelah hari kedua.'), ['Dimas Rangga Saputra']);
    assert.deepEqual(persons('Pelari Yosef Nggadi Bili finis pertama di nomor 10.000 meter.'), ['Yosef Nggadi Bili']);
    assert.deepEqual(persons('Pegulat Rina Kusumawati meraih perunggu di Tashkent.'), ['Rina Kusumawati']);
  });

  it('reads no actor in the sport noun alone or before a common word', () => {
    assert.deepEqual(actors('Pelari asal Kupang itu menjuarai lomba.'), ['Kupang/GPE']);
    assert.deepEqual(persons('Para pelari mulai berlatih sejak subuh.'), []);
  });

  it('keeps "Komersial" with the director, not with the airline', () => {
    assert.deepEqual(actors('Direktur Komersial Garuda Nusantara Airlines, Benny Wijaya, menjelaskan rute itu merugi.'),
      ['Garuda Nusantara Airlines/ORG', 'Benny Wijaya/PER']);
  });
});
