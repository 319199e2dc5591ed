// Issue 13, speakers (speaker batch, dev d55–d60): quotes with no attribution clause, runs
// of posts, outlets as channels, definite descriptions, unnamed sources and question-and-
// answer exchanges. Own sentences; each case is a form the batch's articles showed.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { runWithTestKb } from './helpers';

const speakers = (text: string): (string | null)[] => runWithTestKb(text).quotes.map((q) => q.speaker);

describe('speaker batch patterns (issue 13, d55–d60)', () => {
  it('14. a run of three posts, each its own paragraph, closed by one "tulis X": all are X\'s', () => {
    const t = 'Dalam video itu, pria tersebut berjalan di jalan berlubang.\n\n' +
      '"Ini sungai, bukan jalan."\n\n"Sudah dua tahun begini."\n\n"Kapan diperbaiki, Pak?" tulis Rudi Santoso di akun Instagram-nya.';
    assert.deepEqual(speakers(t), ['Rudi Santoso', 'Rudi Santoso', 'Rudi Santoso']);
  });

  it('15. an unnamed source in a paragraph that names nobody: its "katanya" is nobody\'s, not the speaker before', () => {
    const t = 'Direktur rumah sakit, Clara Wibowo, mengatakan pihaknya menambah tempat tidur. "Kami kewalahan," tuturnya.\n\n' +
      'Seorang perawat yang enggan disebut namanya mengaku belum pulang selama tiga hari. "Kami tidur bergantian," katanya.';
    assert.deepEqual(speakers(t), ['Clara Wibowo', null]);
  });

  it('15. "imbuh mantan menteri itu seperti dikutip <outlet>": the outlet is the channel, never the speaker', () => {
    // With the shipped KB, which knows Bloomberg alone: "Technoz" after it reads as a name.
    const t = 'Ketua panitia Hartono Wibisono mengingatkan perusahaan agar berhati-hati. ' +
      '"Masalahnya di cara proyek dibiayai," imbuh mantan menteri itu seperti dikutip Bloomberg Technoz.';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Hartono Wibisono']);
    const u = '"Kami siap," kata Lestari Handayani seperti dilansir Harian Jogja.';
    assert.deepEqual(speakers(u), ['Lestari Handayani']);
  });

  it('16. a definite description: the person it refers to, never the club, title or clause inside it', () => {
    // A club named inside "mantan pelatih X tersebut" is what the description is about.
    const t = 'Pelatih tim tuan rumah, Marco Tavares, menyoroti jadwal padat. ' +
      '"Kami bermain tiga kali dalam delapan hari," tutur mantan pelatih Fluminense tersebut.';
    assert.deepEqual(speakers(t), ['Marco Tavares']);
    // "gubernur itu": the one this paragraph introduced with that title, not the speaker before.
    const u = 'Kepala dinas, Taufik Nasution, mengatakan perbaikan dijadwalkan awal tahun. "Lelangnya sudah selesai," kata Taufik.\n\n' +
      'Gubernur Jakarta Samsudin Harahap ikut menanggapi. "Kita perbaiki bersama," tulis gubernur itu di akun Instagram resminya.';
    assert.deepEqual(speakers(u), ['Taufik Nasution', 'Samsudin Harahap']);
    // The description's words must be the title's: "kepala dinas itu" is not "Kepala Desa X".
    const w = 'Kepala dinas, Taufik Nasution, mengatakan perbaikan dijadwalkan awal tahun. "Lelangnya sudah selesai," kata Taufik.\n\n' +
      'Kepala Desa Jakarta Ahmad Yani Lubis ikut menanggapi. "Kita perbaiki bersama," kata kepala dinas itu.';
    assert.deepEqual(speakers(w), ['Taufik Nasution', 'Taufik Nasution']);
    // A description with a relative clause, closed by "itu".
    const v = '"Laporan sudah kami terima," kata seorang anggota komite kepada wartawan.\n\n' +
      'Dalam jumpa pers di Jakarta, manajer tim Dewi Anggraini Putri menyesalkan insiden tersebut. "Kami minta maaf," ucap perempuan yang juga pengusaha katering itu.';
    assert.deepEqual(speakers(v), [null, 'Dewi Anggraini Putri']);
  });

  it('actor error: the person in apposition after a role speaks, even when the role\'s body reads as a person', () => {
    const t = '"Rasio utang kami harus turun." Demikian disampaikan Direktur Keuangan Bangun Karya Nusantara, Lestari Wahyuningsih, dalam paparan publik.';
    assert.deepEqual(speakers(t), ['Lestari Wahyuningsih']);
    const u = '"Mencegah kematian harus didahulukan," kata Utusan Khusus PBB untuk Afrika Barat dan Tengah, Marta Llorente, dalam pernyataan tertulis.';
    assert.deepEqual(speakers(u), ['Marta Llorente']);
  });

  it('a question-and-answer exchange: short questions are quotes and the turns alternate', () => {
    const t = '"Apakah saudara menerima uang itu?" tanya hakim Aris Sudarmono.\n\n' +
      '"Menerima, Yang Mulia," jawab terdakwa Syahrani Noor.\n\n"Lalu untuk siapa?"\n\n"Untuk kas bersama."\n\n"Ada catatannya?"\n\n"Ada, tapi tidak lengkap."';
    assert.deepEqual(speakers(t), ['Aris Sudarmono', 'Syahrani Noor', 'Aris Sudarmono', 'Syahrani Noor', 'Aris Sudarmono', 'Syahrani Noor']);
  });

  it('13. a rhetorical question does not start an exchange: the next paragraph still continues its speaker', () => {
    const t = '"Kami sudah bekerja keras," kata Budi Santoso.\n\n' +
      'Rina Marlina, warga setempat, mengkritik lambatnya perbaikan. "Sampai kapan kami harus menunggu?" katanya.\n\n' +
      '"Anak-anak kami jatuh di jalan itu setiap minggu."';
    assert.deepEqual(speakers(t), ['Budi Santoso', 'Rina Marlina', 'Rina Marlina']);
  });
});
