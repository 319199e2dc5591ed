// A regency of three words and more written by its initials (OKI, TTS) once the article names it
// in full: at the end of a regional body's name it is the regency, spelt out in the body's
// identity; after a place word it is the regency even where the KB knows the initials as
// another body (OKI, the Organisation of Islamic Cooperation). Sentences written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const linked = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);

describe('region initials at the end of a body and over a KB acronym (actors54)', () => {
  const article = 'Sengketa Pilkades di OKI Berlanjut\n\nWarga dua desa di Kabupaten Ogan Komering Ilir menolak hasil penghitungan. ' +
    'Anggota Komisi I DPRD OKI, Budi Santoso, meminta panitia menghitung ulang. Kepala Dinas Kesehatan Kabupaten OKI, Rina Wati, hadir.';

  it('a body ending in the initials is the named regency\'s body', () => {
    const got = linked(article);
    assert.ok(got.includes('Komisi I DPRD OKI/ORG/Komisi I Dewan Perwakilan Rakyat Daerah Kabupaten Ogan Komering Ilir'), got.join(' | '));
    assert.ok(got.includes('Dinas Kesehatan Kabupaten OKI/ORG/Dinas Kesehatan Kabupaten Ogan Komering Ilir'), got.join(' | '));
    const tts = linked('Kepala Dinas Pertanian Kabupaten TTS, Markus Tefa, mengatakan panen gagal. Kabupaten Timor Tengah Selatan dilanda kemarau.');
    assert.equal(tts[0], 'Dinas Pertanian Kabupaten TTS/ORG/Dinas Pertanian Kabupaten Timor Tengah Selatan');
  });

  it('initials the KB knows as another body are the regency after a place word', () => {
    assert.equal(linked(article)[0], 'OKI/GPE/Kabupaten Ogan Komering Ilir');
  });

  it('leaves the KB body where the article names no such regency, or no place word stands before it', () => {
    assert.deepEqual(linked('Negara anggota OKI mengecam serangan itu di Jeddah.'), ['OKI/ORG/Organisation of Islamic Cooperation', 'Jeddah/GPE/Jeddah']);
    const both = linked('Bupati Ogan Komering Ilir hadir. Sekretaris Jenderal OKI berkunjung ke Palembang.');
    assert.ok(both.includes('OKI/ORG/Organisation of Islamic Cooperation'), both.join(' | '));
    // A body's name ending in other capitals keeps them.
    assert.ok(linked('Ketua Dinas Kesehatan Kabupaten Timor Tengah Selatan menemui Kepala BPJS NTT.').every((a) => !a.includes('Timor Tengah Selatan Kesehatan')));
  });
});
