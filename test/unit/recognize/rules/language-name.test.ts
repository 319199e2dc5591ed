// A language named after a country or people ("bahasa Inggris", "berbahasa Prancis") is no actor:
// the sets never annotate it, and the recognizer took it for the country (dev d279 twice, d323,
// d374). Sentences written for this test.
import assert from 'node:assert/strict';
import { mentions, steps } from './trace';

describe('actor rule language-name', () => {
  it('skips the language after lower-case "bahasa" or "berbahasa"', () => {
    assert.ok(steps('Sekolah itu kekurangan guru bahasa Inggris.').includes('language-name: Inggris'));
    assert.deepEqual(mentions('Sekolah itu kekurangan guru bahasa Inggris.'), []);
    assert.deepEqual(mentions('Ia fasih berbahasa Jepang sejak kecil.'), []);
    assert.deepEqual(mentions('Dokumen itu diterjemahkan ke dalam bahasa Arab dan bahasa Prancis.'), []);
  });
  it('(guard) leaves the country, a body named "Bahasa" and a name after the language', () => {
    assert.ok(mentions('Menteri Luar Negeri Inggris tiba di Jakarta.').some((m) => m.startsWith('Inggris')));
    assert.ok(!steps('Kerja sama dengan Inggris dan bahasa daerah dibahas.').some((s) => s.startsWith('language-name')));
    assert.ok(mentions('Kepala Balai Bahasa Provinsi Maluku, Asrif, membuka acara.').some((m) => m.startsWith('Asrif')));
    assert.ok(mentions('Guru bahasa Inggris, Maria Ulfa, mengatakan siswa antusias.').some((m) => m.startsWith('Maria Ulfa')));
    assert.ok(mentions('Mereka belajar bahasa di Prancis selama setahun.').some((m) => m.startsWith('Prancis')));
  });
});
