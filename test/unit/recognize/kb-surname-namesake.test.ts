import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { linkedActors as linked } from './helpers';

describe('kb-surname-namesake (an unknown given name before a known person\'s surname)', () => {
  it('is another person when the given name is none of the known person\'s', () => {
    // The KB knows Mahmoud Abbas (alias "Abbas"); a local spokesman shares the surname.
    assert.deepEqual(linked('Juru bicara panitia, Hasrul Abbas, menyebut acara tetap digelar.'), ['Hasrul Abbas/PER/Hasrul Abbas']);
    assert.deepEqual(linked('Pelatih kepala, Gunawan Putin, menolak berkomentar.').slice(-1), ['Gunawan Putin/PER/Gunawan Putin']);
  });
  it('is another person when a given name stands before the whole of a known two-word name', () => {
    // The KB knows Prasetyo Hadi by that name alone.
    assert.deepEqual(linked('Manajer tim, Wahyu Prasetyo Hadi, mengatakan skuad sudah tiba.'), ['Wahyu Prasetyo Hadi/PER/Wahyu Prasetyo Hadi']);
    assert.deepEqual(linked('Ia bertemu Prasetyo Hadi kemarin.'), ['Prasetyo Hadi/PER/Prasetyo Hadi']);
    // A given name a full name carries first, or an initial, is the known person's own.
    assert.deepEqual(linked('Ia bertemu Muhammad Tito Karnavian kemarin.'), ['Muhammad Tito Karnavian/PER/Tito Karnavian']);
    assert.deepEqual(analyze('Ia bertemu H. Prasetyo Hadi kemarin.').actors.map((a) => a.canonical), ['Prasetyo Hadi']);
  });
  it('still joins a given name spelt another way, or an initial, to the known person', () => {
    assert.deepEqual(linked('Ia mengutip Dmitri S. Peskov kemarin.'), ['Dmitri S. Peskov/PER/Dmitry Peskov']);
    assert.deepEqual(linked('Ia mengutip Mahmud Abbas kemarin.'), ['Mahmud Abbas/PER/Mahmoud Abbas']);
  });
});
