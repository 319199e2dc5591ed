// speakers49b item 4: the outlet or reporter that reached the speaker ("saat dihubungi Bisnis",
// "ketika dikonfirmasi Kompas") sits between the subject and the reporting verb; a name there
// is the one who asked, never the subject, whether or not a comma closes the aside and
// whether or not the name reads as a body. Own sentences about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { speakersWithBuiltinKb as quotes } from './helpers';
import { insideContactAside } from '../../../src/core/recognize/contact-aside';

const statements = (t: string): (string | null)[] => (analyze(t).reported ?? []).map((s) => s.speaker);

describe('a name in the contact aside is not the subject (contact-aside.ts insideContactAside)', () => {
  it('gives "saat dihubungi Bisnis pada Jumat (…) mengatakan" to the person before the aside', () => {
    const t = 'Direktur Keuangan PT Benang Mas, Lidia Hartanto, saat dihubungi Bisnis pada Jumat (6/3/2026) mengatakan mesin tetap berjalan.';
    assert.deepEqual(statements(t), ['Lidia Hartanto']);
  });

  it('reads the aside closed by a comma too', () => {
    const t = 'Direktur Keuangan PT Sinar Tenun, Yohana Setiadi, saat dihubungi Bisnis, mengatakan pabrik masih beroperasi.';
    assert.deepEqual(statements(t), ['Yohana Setiadi']);
  });

  it('reads "ketika dikonfirmasi" and a reporter before the outlet', () => {
    const t = 'Kepala Dinas Perhubungan, Arman Siregar, ketika dikonfirmasi wartawan Bisnis mengakui jadwal bus belum berubah. "Kami tunggu anggaran," katanya.';
    assert.deepEqual(statements(t), ['Arman Siregar']);
    assert.deepEqual(quotes(t), ['Arman Siregar']);
  });

  it('passes over the official who met the speaker ("ketika ditemui Camat Sutrisno mengatakan")', () => {
    const t = 'Warga Kampung Baru, Budi Hartono, ketika ditemui Camat Sutrisno mengatakan air belum mengalir. "Kami menunggu," katanya.';
    assert.deepEqual(statements(t), ['Budi Hartono']);
    assert.deepEqual(quotes(t), ['Budi Hartono']);
  });

  it('finds the aside only right after the contact verb', () => {
    const t = 'Ia berkata saat dihubungi Bisnis bahwa pabrik tutup.';
    const at = t.indexOf('Bisnis');
    assert.equal(insideContactAside(t, at), true);
    // guards: a name after an ordinary passive or after "saat" alone is not in an aside
    const g1 = 'Gedung itu dibangun Bisnis Raya tahun lalu.';
    assert.equal(insideContactAside(g1, g1.indexOf('Bisnis')), false);
    const g2 = 'Rapat itu digelar saat Budi datang.';
    assert.equal(insideContactAside(g2, g2.indexOf('Budi')), false);
    const g3 = 'Anak itu dihubungi Budi kemarin.';
    assert.equal(insideContactAside(g3, g3.indexOf('Budi')), false);
  });

  it('leaves the person who makes contact as the subject ("Budi, saat menghubungi …, mengatakan")', () => {
    const t = 'Ketua RT, Budi Santoso, saat menghubungi Dinas Sosial, mengatakan bantuan belum datang.';
    assert.deepEqual(statements(t), ['Budi Santoso']);
  });
});
