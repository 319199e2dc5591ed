// Short titles of a regional office's head ("Kadis" for Kepala Dinas, "Kadisdik", "Kadinkes")
// are titles like "Kabid" and "Kasi": never a person's name, and outside the name after them
// ("Ibu Kadis" was a person "Kadis", dev d374). Sentences written for this test.
import assert from 'node:assert/strict';
import { typedActors as named } from './helpers';

describe('a regional office head\'s short title', () => {
  it('is no person when addressed alone', () => {
    assert.deepEqual(named('"Ibu Kadis, sudah berapa kali sekolah mengusulkan guru?" tanya Marthen.'), ['Marthen/PER']);
  });
  it('stays outside the name after it', () => {
    assert.deepEqual(named('Kadis Yohana Masela mengatakan guru segera ditempatkan.'), ['Yohana Masela/PER']);
    assert.deepEqual(named('Kadinkes Ruben Lerebulan meninjau puskesmas.'), ['Ruben Lerebulan/PER']);
    assert.deepEqual(named('Kasatpol PP Hendrik Sopacua memimpin penertiban.'), ['Hendrik Sopacua/PER']);
  });
  it('(guard) leaves other capitalised words and names alone', () => {
    assert.deepEqual(named('Kadir Rahman mengatakan jalan rusak.'), ['Kadir Rahman/PER']);
    assert.deepEqual(named('Warga Desa Kadisoka mengeluhkan air.').filter((n) => n.startsWith('Kadis ')), []);
  });
});
