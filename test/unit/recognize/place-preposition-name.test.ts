// A one-word name the KB does not know right after a preposition of place ("di", "ke") or after
// "asal" following a noun ("pemandu asal Wamena") is where someone is or comes from, not who:
// neither a speech verb after it nor a person's role in apposition after it makes it a person
// (place-preposition.ts). Sentences written for this test.
import assert from 'node:assert/strict';
import { typedActors as named } from './helpers';

describe('an unknown town after a preposition of place', () => {
  it('stays a place before a person\'s role in apposition ("di Dobo, istri saya …")', () => {
    assert.deepEqual(named('Kalau ada bidan di Dobo, istri saya tidak perlu menyeberang.'), ['Dobo/GPE']);
    assert.deepEqual(named('Setelah pindah ke Saumlaki, suami saya bekerja di pelabuhan.'), ['Saumlaki/GPE']);
  });
  it('stays a place after "asal" following a noun, before a speech verb', () => {
    assert.deepEqual(named('Seorang pemandu wisata asal Wamena mengaku kehilangan separuh tamunya.'), ['Wamena/GPE']);
    assert.deepEqual(named('Nelayan asal Larat mengatakan harga solar naik.'), ['Larat/GPE']);
  });
  it('(guard) still reads people where the cue names them', () => {
    // a person in apposition with no preposition before the name
    assert.ok(named('Menurut Suwarni, istri nelayan itu, perahu hilang sejak Senin.').includes('Suwarni/PER'));
    // "asal" as "as long as", after a comma: a person follows
    assert.ok(named('Kami setuju, asal Darmawan mengaku salah di depan warga.').includes('Darmawan/PER'));
    // a person before a speech verb, no preposition
    assert.ok(named('Warga Tual, Yosep Rahanra, mengatakan kapal belum datang.').includes('Yosep Rahanra/PER'));
    // a name in apposition after "di sana": the place word is not right before the name
    assert.ok(named('Warga di sana, Hendrikus, mengatakan air sudah surut.').includes('Hendrikus/PER'));
    assert.ok(named('Kata Hendrikus, ketua RT setempat, air sudah surut.').includes('Hendrikus/PER'));
  });
});
