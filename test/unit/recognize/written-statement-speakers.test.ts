// Issues 13 and 14: speakers in the formats of the dev batch d143–d150 (speak35; own
// sentences about fictional events): a company's or a ministry's written statement
// ("Perusahaan menyebut …", "tulis perusahaan"), an adjunct opening the sentence before
// its subject, a speaker introduced by a passive cue ("Hal senada disampaikan oleh X"),
// the occasion between a speaker and the verb ("X, saat dihubungi, meminta …"), a name
// running through "dan" after "Menurut", titles read as names, a role given after
// "sebagai", and Imam as a given name.
import assert from 'node:assert/strict';
import { actorsWithTestKb, runWithTestKb, speakersWithTestKb as speakers, statementPairsWithTestKb as statements } from './helpers';
import { loadBuiltinKb } from '../../../src/core/kb/builtin';
import { analyze } from '../../../src/core/recognize/analyze';
import { moderatorAsks } from '../../../src/core/recognize/moderator-question';


describe('speakers of written statements, hearings and talk shows (speak35)', () => {
  it('"Perusahaan menyebut …" in a later paragraph is the company named before; an outlet in between is not', () => {
    const t = 'Dalam keterangan tertulis yang diterima Antara, Selasa, PT Tirta Merapi Lestari membantah pabrik menjadi penyebab sumur kering.\n' +
      'Perusahaan juga menyatakan izin pengambilan air tanahnya masih berlaku hingga 2027.\n' +
      '"Kami siap diaudit,” tulis perusahaan.';
    assert.deepEqual(statements(t), [
      ['pabrik menjadi penyebab sumur kering', 'PT Tirta Merapi Lestari'],
      ['izin pengambilan air tanahnya masih berlaku hingga 2027', 'PT Tirta Merapi Lestari'],
    ]);
    assert.deepEqual(speakers(t), ['PT Tirta Merapi Lestari']);
  });

  it('"Manajemen X … meminta": the body X, not a person "Manajemen"', () => {
    assert.deepEqual(statements('Manajemen PT Tirta Merapi Lestari melalui akun media sosial resminya meminta warga tidak datang ke pabrik.'),
      [['warga tidak datang ke pabrik', 'PT Tirta Merapi Lestari']]);
  });

  it('"karyawan perusahaan menyatakan" has no company as its subject', () => {
    const t = 'PT Tirta Merapi Lestari menambah dua sumur bor. Sejumlah karyawan perusahaan menyatakan mereka belum digaji.';
    assert.deepEqual(statements(t), []);
  });

  it('a passive cue introducing a speaker gives the floor: "Hal senada disampaikan oleh …, X. …, ujarnya."', () => {
    const t = 'Ketua serikat buruh Rusli Baharuddin menilai upah itu terlalu kecil.\n' +
      'Hal senada disampaikan oleh Sekretaris FSPMI Makassar, Irma Damayanti. Harga beras naik lebih cepat dari upah, ujarnya.';
    assert.deepEqual(statements(t).map((s) => s[1]), ['Rusli Baharuddin', 'Irma Damayanti']);
  });

  it('the occasion between a speaker and the verb ("X, saat dihubungi melalui telepon, hanya meminta") gives X the floor', () => {
    const t = 'PT Sumber Jernih Abadi juga menyatakan izinnya sah sampai 2028. "Musim kering kali ini lama," tulis PT Sumber Jernih Abadi.\n' +
      'Kepala Hubungan Masyarakat Sumber Jernih Abadi, Melati Siregar, saat dihubungi melalui telepon hanya meminta penduduk bersabar menanti hasil penelitian. "Kami enggan menduga-duga," katanya singkat.';
    assert.deepEqual(speakers(t), ['PT Sumber Jernih Abadi', 'Melati Siregar']);
  });

  it('"Menurut Kepala Dinas Tenaga Kerja dan Transmigrasi Jakarta X," is X: "dan" inside the body\'s name ends no clause', () => {
    const t = 'Gubernur Sulawesi Selatan Andi Rahmat menetapkan upah minimum. Menurut Kepala Dinas Tenaga Kerja dan Transmigrasi Jakarta Ardiansyah Nur, dewan pengupahan tidak sepakat.';
    assert.deepEqual(statements(t), [['dewan pengupahan tidak sepakat', 'Ardiansyah Nur']]);
  });

  it('titles are no names: "Pemimpin Redaksi", "Jaksa Penuntut Umum", "Dirjen", "Direktur Jenderal Pendidikan Dasar dan Menengah"', () => {
    assert.deepEqual(actorsWithTestKb('Pemimpin Redaksi Harian Kita, Hendra Gunawan, hadir.').filter((a) => a.includes('/PER/')), ['Hendra Gunawan/PER/Hendra Gunawan']);
    assert.deepEqual(actorsWithTestKb('Jaksa Penuntut Umum Ni Luh Putu Ariani bertanya.'), ['Ni Luh Putu Ariani/PER/Ni Luh Putu Ariani']);
    assert.deepEqual(actorsWithTestKb('Direktur Jenderal Pendidikan Dasar dan Menengah, Lestari Handayani, hadir. "Bu Dirjen, kenapa?" tanya Gilang Wicaksana.').filter((a) => a.includes('/PER/')),
      ['Lestari Handayani/PER/Lestari Handayani', 'Gilang Wicaksana/PER/Gilang Wicaksana']);
  });

  it('a bare role after a cue ("ujar saksi") is the one brought in "sebagai saksi", and Imam opens a given name', () => {
    const t = 'Saksi kedua, Baiq Nurhasanah, memberikan keterangan. "Saya membayar bertahap," kata Baiq.\n' +
      'Jaksa kemudian menghadirkan notaris Imam Syahroni sebagai saksi ketiga.\n' +
      '"Akta itu tidak dibuat di kantor saya," ujar saksi.';
    assert.deepEqual(speakers(t), ['Baiq Nurhasanah', 'Imam Syahroni']);
    assert.ok(actorsWithTestKb(t).includes('Imam Syahroni/PER/Imam Syahroni'));
    // The title stays a title: "Imam Besar Masjid Agung, Ahmad Fauzi".
    assert.deepEqual(actorsWithTestKb('Imam Besar Masjid Agung, Ahmad Fauzi, memimpin salat.').filter((a) => a.includes('/PER/')), ['Ahmad Fauzi/PER/Ahmad Fauzi']);
  });

  it('an uncued question after "Moderator lalu menoleh ke X." is the moderator\'s, not X\'s', () => {
    const t = 'Diskusi panel dipandu dosen jurnalistik Ratna Kusumawardani.\n' +
      'Pemimpin Redaksi Harian Kita Hendra Gunawan tidak sepakat. "Label itu untuk naskah mesin," ujarnya.\n' +
      'Moderator lalu menoleh ke peneliti BRIN, Yulia Andriani. "Bu Yulia, bagaimana pembaca melihat berita buatan mesin?"';
    assert.deepEqual(speakers(t), ['Hendra Gunawan', 'Ratna Kusumawardani']);
    assert.equal(runWithTestKb(t).quotes[1].cue, 'moderator');
    // Only a question, and only right after the moderator's sentence.
    const u = 'Moderator lalu menoleh ke Yulia. "Survei kami selesai bulan lalu." Yulia tersenyum. "Apa lagi?"';
    const quote = (from: number): [number, number] => [u.indexOf('"', from), u.indexOf('"', u.indexOf('"', from) + 1) + 1];
    assert.equal(moderatorAsks(u, ...quote(0)), false);
    assert.equal(moderatorAsks(u, ...quote(u.indexOf('Yulia tersenyum'))), false);
    assert.equal(moderatorAsks('Pembawa acara kemudian bertanya soal kesiapan puskesmas. "Dok, apakah tempat tidurnya cukup?"', 57, 93), true);
  });

  it('"menjawab <clause>" reports the answer; "menjawab pertanyaan itu" does not', () => {
    assert.deepEqual(statements('Lestari Handayani menjawab kementerian sudah mewajibkan kartu keluarga berumur satu tahun.'),
      [['kementerian sudah mewajibkan kartu keluarga berumur satu tahun', 'Lestari Handayani']]);
    assert.deepEqual(statements('Lestari Handayani menjawab pertanyaan itu dengan singkat.'), []);
  });

  it('codes and meetings written as acronyms are no organisations in the built-in KB (RUPST, PIN, OTP, BUMN as a category)', () => {
    const actors = analyze('RUPST PT Semen Nusantara Timur Tbk menyetujui dividen. Tiga bank BUMN memberi pinjaman. Jangan bagikan PIN dan OTP.').actors.map((a) => a.text);
    for (const w of ['RUPST', 'BUMN', 'PIN', 'OTP']) assert.ok(!actors.includes(w), w);
  });

  it('the built-in KB knows the regional outlets the batch cites (Pikiran Rakyat, Radar Malang, Lombok Post, JawaPos.com)', () => {
    const names = new Set(loadBuiltinKb().entities.map((e) => e.canonical));
    for (const n of ['Pikiran Rakyat', 'Radar Malang', 'Lombok Post', 'JawaPos.com', 'Jawa Pos']) assert.ok(names.has(n), n);
  });
});
