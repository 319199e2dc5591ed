import assert from 'node:assert/strict';
import { linkedActors as linked } from '../helpers';
import { mentions, steps } from './trace';

describe('actor rule village-official', () => {
  it('skips the village or district after its head\'s title; the head in apposition is a person', () => {
    assert.deepEqual(steps('Kepala Desa Sepotong, Hasan Basri, mengaku warga sudah melapor.').filter((s) => s.startsWith('village')), ['village-official: Kepala Desa Sepotong']);
    assert.deepEqual(mentions('Kepala Desa Sepotong, Hasan Basri, mengaku warga sudah melapor.'), ['Hasan Basri/PER']);
    assert.deepEqual(mentions('Camat Tambakromo, Eko Budi Santoso, menambahkan pelayanan tetap jalan.'), ['Eko Budi Santoso/PER']);
    assert.deepEqual(mentions('Kejari menahan Kepala Desa Karangwuni, Kecamatan Tambakromo, berinisial SW.').includes('Karangwuni/ORG'), false);
  });
  it('reads a village of two words before the comma; without a comma and a name after it the run is the head\'s name', () => {
    assert.deepEqual(mentions('Lurah Sungai Laur, Hasan Basri, hadir.'), ['Hasan Basri/PER']);
    assert.deepEqual(mentions('Kepala Desa Hasanudin mengaku warga sudah melapor.'), ['Hasanudin/PER']);
    assert.deepEqual(mentions('Lurah Cok Sanusi hadir.'), ['Cok Sanusi/PER']);
  });
  it('takes a known person\'s one-word alias after the title, or in apposition, for a villager of that name', () => {
    assert.deepEqual(linked('Kepala Desa Listyo mengatakan jalan rusak.'), ['Listyo/PER/Listyo']);
    assert.deepEqual(linked('Kepala Desa Sepotong, Supratman, mengaku warga sudah melapor. "Gergaji terdengar," ujar Supratman.'), [
      'Supratman/PER/Supratman', 'Supratman/PER/Supratman',
    ]);
    // A KB name of more words, or a stranger's surname after the KB word, is left to the other rules.
    assert.deepEqual(linked('Kepala Desa Listyo Wibowo hadir.').map((s) => s.split('/')[0]), ['Listyo Wibowo']);
  });
  it('leaves other titles alone ("Kepala Badan", "Menteri Desa")', () => {
    assert.deepEqual(steps('Kepala Badan Geologi hadir.').some((s) => s.startsWith('village')), false);
    assert.deepEqual(steps('Menteri Desa Yandri Susanto hadir.').some((s) => s.startsWith('village')), false);
  });
});
