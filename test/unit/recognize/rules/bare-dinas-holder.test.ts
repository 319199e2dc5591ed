// "Kepala Dinas Yohana Masela": a title "Kepala Dinas" with the dinas's field left out (named
// earlier in the article) and the holder's name right after. A regional dinas is always named by
// its field ("Dinas Pendidikan"), never after a person, so the name is the holder's, not a body
// "Dinas Yohana Masela" (dev d374). Sentences written for this test.
import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule bare-dinas-holder', () => {
  it('reads the name after a title\'s bare "Dinas" as the holder', () => {
    assert.ok(steps('Ia bertanya kepada Kepala Dinas Yohana Masela.').includes('bare-dinas-holder: Dinas'));
    assert.deepEqual(mentions('Ia bertanya kepada Kepala Dinas Yohana Masela.'), ['Yohana Masela/PER']);
    assert.deepEqual(mentions('Plt Kepala Dinas Ruben Lerebulan mengatakan guru segera datang.'), ['Ruben Lerebulan/PER']);
  });
  it('(guard) leaves a dinas named by its field, a dinas with no title before, and a body after', () => {
    assert.ok(mentions('Kepala Dinas Pendidikan Maluku, Yohana Masela, hadir.').some((m) => m.startsWith('Dinas Pendidikan')));
    assert.ok(mentions('Kepala Dinas Lingkungan Hidup Kota Ambon meninjau lokasi.').some((m) => m.startsWith('Dinas Lingkungan Hidup')));
    assert.ok(mentions('Kepala Dinas PUPR Hendrik Leiwakabessy meninjau jalan.').some((m) => m.startsWith('Dinas PUPR')));
    assert.ok(!steps('Kepala Dinas Bina Marga dan Bina Konstruksi Taufik Hidayat hadir.').some((s) => s.startsWith('bare-dinas-holder')));
    assert.ok(!steps('Kepala Dinas Cipta Karya mengatakan proyek selesai.').some((s) => s.startsWith('bare-dinas-holder')));
    assert.ok(!steps('Dinas Sosial membagikan bantuan kepada warga.').some((s) => s.startsWith('bare-dinas-holder')));
    assert.ok(!steps('Kepala Dinas Perhubungan Agus Salim meninjau terminal.').some((s) => s.startsWith('bare-dinas-holder')));
  });
});
