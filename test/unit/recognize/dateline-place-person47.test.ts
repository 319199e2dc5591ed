// A place the KB does not know named by the article's dateline is that place wherever the
// article writes it again, never a person the name model guessed (dateline-place-person.ts).
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('the dateline\'s place named again', () => {
  it('is the place in a list of places and after a common noun', () => {
    assert.deepEqual(actors('Labuan Bajo - Video wisatawan viral di Kampung Ujung, Labuan Bajo, Manggarai Barat, sejak Minggu.\n\n' +
      '"Satu video bisa merusak nama Labuan Bajo yang dibangun bertahun-tahun," ujarnya.'),
    ['Labuan Bajo/GPE', 'Labuan Bajo/GPE', 'Manggarai Barat/GPE', 'Labuan Bajo/GPE']);
    assert.deepEqual(actors('LABUAN BAJO, KOMPAS.com - Wisatawan datang setiap musim libur.\n\nLabuan Bajo ramai dikunjungi turis, kata Budi Santoso.'),
      ['LABUAN BAJO/GPE', 'KOMPAS.com/ORG', 'Labuan Bajo/GPE', 'Budi Santoso/PER']);
  });
  it('a byline\'s person and names other than the dateline\'s are read as before', () => {
    assert.deepEqual(actors('Budi Santoso - Wartawan\n\nBudi Santoso mengatakan harga naik.'), ['Budi Santoso/PER', 'Budi Santoso/PER']);
    assert.deepEqual(actors('Tanah Merah - Warga antre air.\n\nSiti Aminah mengatakan air bersih belum datang.').includes('Siti Aminah/PER'), true);
    assert.deepEqual(actors('JAKARTA, KOMPAS.com - Harga naik.\n\nRina Wulandari mengatakan pasar sepi.'), ['JAKARTA/GPE', 'KOMPAS.com/ORG', 'Rina Wulandari/PER']);
  });
});
