// A regency's seat is a weak KB name (review52b finding 2): many seats are also given
// names, everyday words, or parts of a feature's or a smaller unit's name. Sentences are
// written for these tests.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as actors } from '../recognize/helpers';

const gpes = (text: string) => analyze(text).actors.filter((a) => a.type === 'GPE').map((a) => a.text);

describe('seats as weak names (a person, a word, a feature or a smaller unit wins)', () => {
  it('leaves a seat inside a longer person name to the person', () => {
    assert.deepEqual(actors('Menurut Soe Hok Gie, mahasiswa wajib bersikap kritis.'), ['Soe Hok Gie/PER']);
  });

  it('reads a seat that opens a sentence and says something as a person', () => {
    assert.deepEqual(actors('Praya mengatakan pupuk datang terlambat.'), ['Praya/PER']);
    assert.deepEqual(actors('Koba juga menegaskan jadwal panen tidak berubah.'), ['Koba/PER']);
  });

  it('gives no place for seats that are everyday words or an island', () => {
    assert.deepEqual(gpes('Rumbia dan sagu tumbuh di tepi rawa itu.'), []);
    assert.deepEqual(gpes('Borong semua dagangan sebelum harga naik, kata pedagang.'), []);
    assert.deepEqual(gpes('Manggar kelapa dijual di pasar pagi.'), []);
    assert.deepEqual(gpes('Wisatawan menyeberang ke Pulau Pramuka dengan kapal cepat.'), []);
  });

  it('gives no place for a seat after a smaller unit or a feature named after it', () => {
    assert.deepEqual(gpes('Warga Kelurahan Tenggarong mengungsi ke masjid.'), []);
    assert.deepEqual(gpes('Banjir merendam Desa Kutacane sejak malam.'), []);
    assert.deepEqual(gpes('Jalan di Distrik Sentani rusak berat.'), []);
    assert.deepEqual(gpes('Pesawat itu mendarat di Bandara Sentani pukul sembilan.'), []);
    assert.deepEqual(gpes('Nelayan menjaring ikan di Danau Sentani.'), []);
  });

  it('still reads seats as places in ordinary use (guards)', () => {
    assert.deepEqual(gpes('Kutacane kembali terendam setelah hujan deras semalaman.'), ['Kutacane']);
    assert.deepEqual(gpes('Harga beras di Praya naik sejak pekan lalu.'), ['Praya']);
    assert.deepEqual(gpes('Warga Soe menanam jagung di halaman rumah.'), ['Soe']);
    assert.deepEqual(gpes('Bus dari Waingapu tiba di Tenggarong Kutai Kartanegara, lalu kembali.').slice(0, 1), ['Waingapu']);
    assert.deepEqual(gpes('Pasar di Tenggarong Senin lalu sepi pembeli.'), ['Tenggarong']);
  });
});
