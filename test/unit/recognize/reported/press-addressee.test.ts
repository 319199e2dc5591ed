// Session 46 (dev d324): "Seusai rapat, Rudi mengatakan kepada wartawan komisi akan memanggil
// kembali dinas …": the press, unnamed, is the one spoken to, as a named outlet is ("kepada
// Bola.com para pemain …", addressee.ts); the content starts at the next word. Without a comma
// or "bahwa" the adjunct ran to the sentence end and the statement was lost.
// Own invented sentences (fictional officials; no real article).
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('the press as the addressee of a reporting verb ("kepada wartawan", "kepada awak media")', () => {
  it('ends the adjunct: the content starts at the next lower-case word', () => {
    assert.deepEqual(statementsOf('Ketua Komisi I, Rudi Hartono, memimpin rapat. Seusai rapat, Rudi mengatakan kepada wartawan komisi akan memanggil kembali dinas pada pekan depan.'),
      ['komisi akan memanggil kembali dinas pada pekan depan => Rudi Hartono']);
    assert.deepEqual(statementsOf('Rudi Hartono mengatakan kepada awak media sidang akan dilanjutkan besok pagi.'), ['sidang akan dilanjutkan besok pagi => Rudi Hartono']);
  });
  it('leaves "bahwa", a further adjunct and a relative clause as before', () => {
    assert.deepEqual(statementsOf('Rudi Hartono mengatakan kepada para wartawan bahwa rapat ditunda sampai pekan depan.'), ['rapat ditunda sampai pekan depan => Rudi Hartono']);
    assert.deepEqual(statementsOf('Rudi Hartono menjelaskan kepada wartawan senior itu bahwa dana sudah cair.'), ['dana sudah cair => Rudi Hartono']);
    assert.deepEqual(statementsOf('Rudi Hartono mengatakan kepada wartawan di gedung DPRD, rapat ditunda sampai pekan depan.'), ['rapat ditunda sampai pekan depan => Rudi Hartono']);
    assert.deepEqual(statementsOf('Rudi Hartono membagikan makanan kepada wartawan yang menunggu di luar gedung.'), []);
  });
});

describe('words qualifying the press', () => {
  it('stay with the addressee before its relative clause ("kepada wartawan muda yang menunggu …")', () => {
    assert.deepEqual(statementsOf('Rudi Hartono mengatakan kepada wartawan muda yang menunggu di luar gedung.'), []);
  });
});
