// speakers46 (issue 14, d307): two sides' words set against each other in one sentence, the
// second side opened by "sementara"/"sedangkan" with a verb of its own, named or not. Own
// sentences about fictional events.
import assert from 'node:assert/strict';
import { statementPairs as statements } from '../helpers';
import { contrastClauseFloor, contrastedSpeechAt } from '../../../../src/core/recognize/reported/contrasted-speaker';

describe('a contrasted second side in one sentence (reported/contrasted-speaker.ts)', () => {
  it('ends the first statement before ", sementara <subject> <verb>" and gives the unnamed side nothing', () => {
    assert.deepEqual(statements('Persiku Kudus mengklaim sudah sepakat dengan penyerang itu, sementara agennya menyebut kontrak belum diteken.'), [
      ['sudah sepakat dengan penyerang itu', 'Persiku Kudus'],
    ]);
    assert.deepEqual(statements('Dinas Perhubungan menyatakan jembatan aman dilalui, sedangkan warga setempat mengatakan retakan makin lebar.'), [
      ['jembatan aman dilalui', 'Dinas Perhubungan'],
    ]);
  });

  it('still gives the second side its own statement when it is named', () => {
    assert.deepEqual(statements('Bupati Sleman Wahyu Nugroho mengatakan pasar dibuka Senin, sementara pedagang Sri Lestari menyebut lapak belum siap.'), [
      ['pasar dibuka Senin', 'Wahyu Nugroho'], ['lapak belum siap', 'Sri Lestari'],
    ]);
  });

  it('does not cut at a contrast with no verb of speech, nor at "sementara" as a time word', () => {
    assert.deepEqual(statements('Bupati Sleman Wahyu Nugroho mengatakan harga beras naik, sementara pasokan dari petani turun.'), [
      ['harga beras naik, sementara pasokan dari petani turun', 'Wahyu Nugroho'],
    ]);
    assert.deepEqual(statements('Bupati Sleman Wahyu Nugroho mengatakan pedagang ditampung di lokasi sementara.'), [
      ['pedagang ditampung di lokasi sementara', 'Wahyu Nugroho'],
    ]);
    // (a first content too short to be a clause alone is kept whole, not lost)
    assert.deepEqual(statements('Bupati Sleman Wahyu Nugroho mengatakan panen mundur, sementara itu petani menyebut hujan terus turun.').map(([, s]) => s), ['Wahyu Nugroho']);
    const p = 'ia mengatakan harga naik, sementara menurut petani pasokan turun';
    assert.equal(contrastedSpeechAt(p, 13, p.length), -1);
    assert.equal(contrastClauseFloor(p, p.indexOf('menurut'), 0), 0);
  });
});
