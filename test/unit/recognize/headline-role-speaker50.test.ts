// Headline statements whose speaker stands before the colon as a role (headline50): a trade
// that heads a person's description ("Kurator …:", "Dalang Muda <Name>:", lexicon TITLE_HEADS),
// a bare role after a first clause whose subject is a team or a region ("<Team> …,
// Pelatih:", headline-colon-speaker.ts), and a title before a body the article writes with a
// bracketed acronym ("Ketua <Body> (ACR) <Place>, <Name>", headline-title-speaker.ts).
// Sentences written for this test; the first four cases failed before the change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const statements = (text: string) => (analyze(text).reported ?? []).map((s) => `${s.text} = ${s.speaker}`);
const startingWith = (text: string, words: string) => statements(text).filter((s) => s.startsWith(words));

describe('headline statements of a role before the colon', () => {
  it('gives a bare role after the first clause to the holder of that role for the subject named there', () => {
    const text = 'Kaltara Raih Emas Beregu Panahan, Pelatih: Angin Pantai Bukan Halangan\n\n' +
      'TARAKAN - Tim panahan Kalimantan Utara merebut emas beregu putra, Minggu. Pelatih Kaltara, Rudi Hartono Saragih, menyebut timnya berlatih di pantai selama sebulan.\n\n' +
      'Pelatih Bali, Made Wirawan, mengakui pemainnya gugup di seri terakhir.\n';
    assert.deepEqual(startingWith(text, 'Angin Pantai'), ['Angin Pantai Bukan Halangan = Rudi Hartono Saragih']);
  });
  it('gives the words after a curator\'s title to the curator the body introduces so', () => {
    const text = 'Kurator Pameran Batik Pesisir: Motif Lama Harus Dicatat Sebelum Hilang\n\n' +
      'PEKALONGAN - Pameran batik pesisir dibuka di Pekalongan, Sabtu. Kami berbincang dengan kurator pameran, Sri Wahyuningsih Lestari, di ruang pamer.\n';
    assert.deepEqual(startingWith(text, 'Motif Lama'), ['Motif Lama Harus Dicatat Sebelum Hilang = Sri Wahyuningsih Lestari']);
  });
  it('gives the words after a described puppeteer\'s name to that person', () => {
    const text = 'Dalang Cilik Bagus Anggoro Seto: Anak Sekarang Tetap Suka Wayang Kulit\n\n' +
      'KLATEN - Di usia 14 tahun, Bagus Anggoro Seto sudah tampil di 20 desa. Ia berlatih setiap sore di sanggar.\n';
    assert.deepEqual(startingWith(text, 'Anak Sekarang'), ['Anak Sekarang Tetap Suka Wayang Kulit = Bagus Anggoro Seto']);
  });
  it('gives a title before a body and its place to the holder the body writes with a bracketed acronym', () => {
    const text = 'Ketua HKTI Blora: Harga Pupuk Terlalu Mahal bagi Petani\n\n' +
      'BLORA - Petani di Blora mengeluhkan harga pupuk.\n\n' +
      'Ketua Himpunan Kerukunan Tani Indonesia (HKTI) Blora, Suparno Hadi Wibowo, mengatakan petani kecil kesulitan membeli pupuk.\n';
    assert.deepEqual(startingWith(text, 'Harga Pupuk'), ['Harga Pupuk Terlalu Mahal bagi Petani = Suparno Hadi Wibowo']);
  });
  it('guard: a bare role after a first clause goes to nobody when the body names no holder for that subject', () => {
    const text = 'Kaltara Raih Emas Beregu Panahan, Pelatih: Angin Pantai Bukan Halangan\n\n' +
      'TARAKAN - Tim panahan Kalimantan Utara merebut emas beregu putra, Minggu. Pelatih Bali, Made Wirawan, mengakui pemainnya gugup di seri terakhir.\n';
    assert.deepEqual(startingWith(text, 'Angin Pantai'), []);
  });
  it('guard: a topic label before a colon stays nobody\'s statement', () => {
    for (const text of [
      'Drama Transfer Yoga Prasetyo: Klub Belum Terima Tawaran Resmi\n\nBANDUNG - Pelatih klub, Dedi Kusnadi, menyebut belum ada tawaran untuk Yoga Prasetyo.\n',
    ]) {
      const head = text.slice(text.indexOf(':') + 2, text.indexOf('\n'));
      assert.deepEqual(startingWith(text, head.split(' ').slice(0, 2).join(' ')), [], head);
    }
  });
  it('guard: a person named only as the object in the first clause does not speak for the role', () => {
    const text = 'Persiba Pecat Andri Gunawan, Pelatih: Keputusan Ini Berat bagi Kami\n\n' +
      'BALIKPAPAN - Persiba memecat gelandang Andri Gunawan, Senin.\n';
    assert.deepEqual(startingWith(text, 'Keputusan Ini').filter((s) => s.endsWith('Andri Gunawan')), []);
  });
});
