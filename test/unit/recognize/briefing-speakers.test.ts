// Issue 13 and 14: speakers at briefings, hearings and doorstops (the dev batch d127–d134;
// own sentences): questions by unnamed journalists, a member taking the floor by
// "menyela", a person's "yang" clause before the reporting verb without commas, an answer
// by description to a judge's question.
import assert from 'node:assert/strict';
import { speakersWithTestKb as speakers, statementPairsWithTestKb as statements } from './helpers';

describe('speakers at briefings, hearings and doorstops (issues 13, 14)', () => {
  it('an unnamed journalist\'s question leaves the floor with the one questioned; uncued answers are theirs, the next uncued question nobody\'s', () => {
    const t = 'Menteri Perdagangan Yusuf Mahendra menyatakan impor gula ditunda.\n' +
      '"Stok kita cukup sampai Lebaran," kata Yusuf.\n' +
      '"Apakah harga akan turun, Pak?" tanya seorang wartawan.\n' +
      '"Pelan-pelan. Distributor sudah kami panggil."\n' +
      '"Bagaimana dengan gula rafinasi?"\n' +
      '"Itu kewenangan kementerian lain," jawab pengusaha yang kini menteri tersebut.';
    assert.deepEqual(speakers(t), ['Yusuf Mahendra', null, 'Yusuf Mahendra', null, 'Yusuf Mahendra']);
  });

  it('"jawab kepala pelaksana BPBD itu" after an unnamed question finds the official by title', () => {
    const t = 'Kepala Pelaksana BPBD Jawa Barat, Rudi Hartono, mengatakan air mulai surut.\n' +
      'Gubernur Jawa Barat, Sinta Maharani, menetapkan status tanggap darurat. "Semua camat siaga," ujar Sinta.\n' +
      '"Berapa perahu yang beroperasi?" tanya seorang wartawan.\n' +
      '"Dua belas perahu," jawab kepala pelaksana BPBD itu.';
    assert.deepEqual(speakers(t), ['Sinta Maharani', null, 'Rudi Hartono']);
  });

  it('"X langsung menyela. “…,”": the member who interrupts speaks, not the official answering next', () => {
    const t = 'Kepala Dinas Pendidikan Kota Bogor, Ratih Purnama, menjelaskan anggaran dipangkas. "Kami prioritaskan siswa baru," ujarnya.\n' +
      'Anggota komisi, Lukas Manurung, langsung menyela. "Siswa lain bagaimana, Bu? Mereka juga dijanjikan,"\n' +
      '"Lewat anggaran perubahan, Pak," jawab Ratih.';
    assert.deepEqual(speakers(t), ['Ratih Purnama', 'Lukas Manurung', 'Ratih Purnama']);
  });

  it('a person\'s "yang" clause without commas before the reporting verb keeps the person the subject', () => {
    const t = 'Setelah Rina Lestari membuka jumpa pers, Wakil Menteri Kesehatan Agus Salim yang duduk di sebelahnya menjelaskan bahwa vaksin tiba Senin.\n' +
      '"Target kami selesai bulan ini," katanya.';
    assert.deepEqual(speakers(t), ['Agus Salim']);
  });

  it('"X, yang … itu, menilai": a relative clause closed by a comma right before the verb keeps X the subject', () => {
    const t = '"Segera ganti kata sandi," tulis PT Dompet Sentosa.\n' +
      'Peneliti dari Lembaga Riset Siber Nusantara, Teddy Saputra, yang pertama kali menemukan data itu, menilai jumlahnya lebih besar.\n' +
      '"Sampelnya memuat data baru," tambah alumnus Universitas Indonesia itu.';
    assert.deepEqual(speakers(t), ['PT Dompet Sentosa', 'Teddy Saputra']);
  });

  it('"ujar pejabat eselon II tersebut", "ujar pejabat Kementerian …, Sains, dan … itu": a description closed by a demonstrative is no unnamed source', () => {
    const t = 'Direktur di kementerian itu, Bonifasius Lado, menjelaskan stok cukup. Vaksin itu tiba dalam tiga hari, ujar pejabat eselon II tersebut.';
    assert.deepEqual(statements(t), [['stok cukup', 'Bonifasius Lado'], ['Vaksin itu tiba dalam tiga hari', 'Bonifasius Lado']]);
    const u = 'Kepala lembaga itu, Arif Budiman, mengatakan mediasi digelar Kamis.\n' +
      '"Kami tidak bisa membatalkan keputusan yayasan," ujar pejabat Kementerian Pendidikan Tinggi, Sains, dan Teknologi itu.';
    assert.deepEqual(speakers(u), ['Arif Budiman']);
    assert.deepEqual(speakers('Rapat berlangsung tertutup. "Belum ada keputusan," kata seorang pejabat.'), [null]);
  });

  it('an answer by description to a judge\'s question is the witness\'s, with the witness\'s narration between', () => {
    const t = '"Ke rekening siapa uang itu?" tanya jaksa Dewi Anggraini.\n' +
      '"Ke rekening pribadi terdakwa, Bu," jawab saksi Rahmawati Lubis.\n' +
      'Rahmawati mengaku tidak pernah menanyakan dasar perintah itu.\n' +
      'Ketua majelis hakim Benny Situmorang lalu menyela. "Saudara tidak curiga?"\n' +
      '"Saya curiga, Yang Mulia," kata perempuan berusia 40 tahun tersebut.';
    assert.deepEqual(speakers(t), ['Dewi Anggraini', 'Rahmawati Lubis', 'Benny Situmorang', 'Rahmawati Lubis']);
  });

  it('"“Baik, Yang Mulia. …,” ujar saksi" after the judge\'s own words: the words to the judge are the witness\'s', () => {
    const t = 'Pejabat pembuat komitmen, Agus Harahap, bersaksi di pengadilan.\n' +
      '"Uang itu dari siapa?" tanya jaksa Yoga Pratama.\n' +
      '"Dari tiga kontraktor, Pak," jawab Agus.\n' +
      'Ketua majelis hakim Hendra Kusuma kemudian mengingatkan saksi. "Ceritakan yang Saudara lihat sendiri," kata hakim tersebut.\n' +
      '"Baik, Yang Mulia. Saya tidak pernah menyerahkan langsung," ujar saksi.';
    assert.deepEqual(speakers(t), ['Yoga Pratama', 'Agus Harahap', 'Hendra Kusuma', 'Agus Harahap']);
  });
});

