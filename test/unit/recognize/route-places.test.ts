// Places joined by a hyphen or a dash name a route; a town the KB does not know is a place
// there (actors/route-places.ts, issue 13). Every sentence was written for this test.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors } from './helpers';

describe('places of a route (route-places)', () => {
  it('reads towns joined by a hyphen to a known place as places, a bare regency as the regency', () => {
    assert.deepEqual(actors('Maskapai itu membuka rute Kupang-Waingapu-Tambolaka bulan depan.'), [
      'Kupang/GPE/Kupang', 'Waingapu/GPE/Waingapu', 'Tambolaka/GPE/Tambolaka',
    ]);
    assert.deepEqual(actors('Kapal itu kini melayani Kupang-Alor setiap pekan.').slice(-1), ['Alor/GPE/Kabupaten Alor']);
  });

  it('reads the first town after a route\'s word and the town it is joined to by a dash', () => {
    assert.deepEqual(actors('Pesawat rute Sentani–Wamena kembali setelah mesinnya berasap.'), ['Sentani/GPE/Sentani', 'Wamena/GPE/Wamena']);
  });

  it('joins no place to a person\'s hyphenated name', () => {
    assert.deepEqual(actors('Pemain asing Malik Johnson-Ardiansyah mencetak 20 poin.').some((a) => a.includes('/GPE/')), false);
  });
});
