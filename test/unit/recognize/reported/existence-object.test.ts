// Session 46 (dev d327): "Juru bicara X, Y, membenarkan adanya pemberhentian tersebut." confirms a
// thing, no proposition: "adanya" nominalises what follows (the spec's nominalised objects,
// like "menekankan perlunya …"). It opens a clause only as the subject of a predicate.
// Own invented sentences (fictional officials; no real article).
import assert from 'node:assert/strict';
import { statementsOf } from './helpers';

describe('"adanya" + a noun phrase after a reporting verb', () => {
  it('is a nominalised object, no statement ("membenarkan adanya penangkapan tersebut")', () => {
    assert.deepEqual(statementsOf('Kapolres Lembah Hijau, AKBP Darto Wiyono, membenarkan adanya penangkapan tersebut.'), []);
    assert.deepEqual(statementsOf('Kepala Dinas Kesehatan, Rina Sari, mengakui adanya kekurangan obat di puskesmas.'), []);
    assert.deepEqual(statementsOf('Rina Sari menyebut adanya dugaan kelalaian petugas jaga.'), []);
  });
  it('opens a clause when a predicate follows its noun phrase', () => {
    assert.deepEqual(statementsOf('Rina Sari mengatakan adanya kekurangan obat membuat pasien harus menunggu.'),
      ['adanya kekurangan obat membuat pasien harus menunggu => Rina Sari']);
    assert.deepEqual(statementsOf('Rina Sari mengatakan adanya pungutan di sekolah itu sudah dilaporkan ke inspektorat.'),
      ['adanya pungutan di sekolah itu sudah dilaporkan ke inspektorat => Rina Sari']);
  });
  it('leaves "bahwa ada …" and other clauses alone', () => {
    assert.deepEqual(statementsOf('Rina Sari membenarkan bahwa ada kekurangan obat di puskesmas.'), ['ada kekurangan obat di puskesmas => Rina Sari']);
    assert.deepEqual(statementsOf('Rina Sari mengatakan pihaknya sudah memesan obat tambahan.'), ['pihaknya sudah memesan obat tambahan => Rina Sari']);
  });
});
