import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('rule vocative', () => {
  it('a word of address that ends its sentence gives the next sentence\'s first word no title cue (dev d148, d163, d197)', () => {
    const p = '"Lahannya sudah dijual, Bu. Sisanya saya titipkan ke adik," kata Darto.';
    assert.ok(steps(p).includes('vocative: Bu'));
    assert.deepEqual(mentions(p), ['Darto/PER']);
    assert.deepEqual(mentions('"Sudah kami cek, Pak Hakim. Semoga cukup," jawab saksi.'), []);
    assert.deepEqual(mentions('"Benar begitu, Mas? Masalahnya bukan di situ."'), []);
  });
  it('leaves a title before a name, and an abbreviated title, to the title rule', () => {
    assert.deepEqual(mentions('Kata Pak Rizal, jalur itu aman.'), ['Rizal/PER']);
    assert.ok(!steps('Menurut Dr. Hendra Gunawan, kasus itu menurun.').some((s) => s.startsWith('vocative')));
  });
});
