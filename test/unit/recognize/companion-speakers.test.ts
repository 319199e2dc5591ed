// Issues 13 and 14 (speakers42): who a pronoun or an apposed subject points to when the
// sentence names more than one person. Own sentences about fictional events.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { statementPairsWithBuiltinKb as statements } from './helpers';
import { companionBefore, companionBetween } from '../../../src/core/recognize/companion-subject';
import { apposedBodyBeforeVerb } from '../../../src/core/recognize/apposed-speaker';
import { interviewedIn } from '../../../src/core/recognize/interview-turns';
import { channelDescriptionAt } from '../../../src/core/recognize/channel-owner';

describe('speakers when a sentence names a companion (companion-subject.ts)', () => {
  it('reads a companion or object word after the sentence\'s first word only', () => {
    const p = 'Rina tiba di sirkuit didampingi manajernya, Hendra.';
    assert.equal(companionBefore(p, 0, p.indexOf('Hendra')), true);
    assert.equal(companionBefore(p, 0, p.indexOf('Rina')), false);
    const q = 'Bersama timnya, Budi memeriksa lokasi.';
    assert.equal(companionBefore(q, 0, q.indexOf('Budi')), false);
    const r = 'Sidang perdana dengan hakim ketua Wahyu Prasetyo dibuka pukul 10.00.';
    assert.equal(companionBefore(r, 0, r.indexOf('Wahyu')), true);
    // a word that only starts with one ("denganan") is none
    const s = 'Warga Kampung Denganan, Joko, bertahan.';
    assert.equal(companionBefore(s, 0, s.indexOf('Joko')), false);
  });

  it('gives "ia" to the sentence\'s subject held by its first name, not to the companion named after "didampingi"', () => {
    const t = 'Atlet panahan Nayla Putri hadir di pengadilan untuk sidang perdana. Terdakwa adalah mantan pelatihnya, Rudi Hartono, yang dituduh menyebarkan fitnah.\n\n' +
      'Nayla datang mengenakan baju hitam didampingi ibunya dan kuasa hukumnya, Benny Sitompul. Kepada wartawan, ia menegaskan tidak akan mencabut laporannya.';
    assert.deepEqual(statements(t), [['tidak akan mencabut laporannya', 'Nayla Putri']]);
  });

  it('gives "ia" to the subject after "bersama X" as well', () => {
    const t = 'Pelatih Rosa Lestari memimpin latihan pagi.\n\n' +
      'Rosa kemudian meninjau lapangan bersama kapten tim, Dimas Saputra. Kepada wartawan, ia mengatakan rumput lapangan terlalu basah.';
    assert.deepEqual(statements(t), [['rumput lapangan terlalu basah', 'Rosa Lestari']]);
  });

  it('passes over a companion word inside a capitalised title ("Pengabdian kepada Masyarakat")', () => {
    const p = 'Wakil Rektor Bidang Pengabdian kepada Masyarakat Sinta Dewi menyebut hibah itu terbesar.';
    assert.equal(companionBetween(p, 0, p.indexOf('Sinta')), false);
    assert.equal(statements(p)[0][1], 'Sinta Dewi');
  });

  it('gives the verb to the subject, not to the officer named in a "didampingi" aside before it', () => {
    const t = 'Kapolres Sumba Barat AKBP Dedi Kurniawan, didampingi Kasat Reskrim AKP Yohanes Malo, mengatakan para pelaku sudah beraksi di lima desa.';
    assert.deepEqual(statements(t), [['para pelaku sudah beraksi di lima desa', 'Dedi Kurniawan']]);
    const q = 'Kapolres Sumba Barat AKBP Dedi Kurniawan, didampingi Kasat Reskrim AKP Yohanes Malo, mengatakan, "Para pelaku sudah beraksi di lima desa."';
    assert.deepEqual(analyze(q).quotes.map((x) => x.speaker), ['Dedi Kurniawan']);
  });

  it('keeps the subject after a fronted clause that names someone else ("Saat bertemu dengan X, Y mengatakan")', () => {
    const t = 'Saat bertemu dengan Wakil Bupati Rudi Hartono, Ketua DPRD Ani Wulandari mengatakan anggaran jalan harus ditambah.';
    assert.deepEqual(statements(t), [['anggaran jalan harus ditambah', 'Ani Wulandari']]);
  });
});

describe('a body in apposition right before the reporting verb (apposed-speaker.ts)', () => {
  it('reads the body set off by commas after a word', () => {
    const p = 'Agensi penyanyi Luna, Bintang Timur Entertainment, menyatakan';
    const s = p.indexOf('Bintang');
    assert.equal(apposedBodyBeforeVerb(p, s, s + 'Bintang Timur Entertainment'.length), true);
    assert.equal(apposedBodyBeforeVerb(p, p.indexOf('Luna'), p.indexOf('Luna') + 4), false);
  });

  it('gives the statement to the agency named in apposition, not to the singer inside "Agensi penyanyi X"', () => {
    const t = 'Agensi penyanyi Luna Maharani, Bintang Timur Entertainment, lewat pernyataan resmi menyatakan konser akan digelar bulan depan.';
    assert.deepEqual(statements(t), [['konser akan digelar bulan depan', 'Bintang Timur Entertainment']]);
  });

  it('reads it past a channel phrase before the verb ("lewat pernyataan di akun resminya")', () => {
    const t = 'Agensi penyanyi Luna Maharani, Bintang Timur Entertainment, lewat pernyataan di akun resminya menyatakan konser akan digelar bulan depan.';
    assert.deepEqual(statements(t), [['konser akan digelar bulan depan', 'Bintang Timur Entertainment']]);
  });

  it('gives it to the party named in apposition, not to the front inside the relative clause before it', () => {
    const t = 'Partai yang didirikan Front Rakyat Bersatu, Partai Keadilan Desa, mengklaim unggul di sebagian besar daerah pemilihan.';
    assert.equal(statements(t)[0][1], 'Partai Keadilan Desa');
  });

  it('keeps a person in apposition after a role, as before', () => {
    assert.equal(statements('Juru bicara Partai Keadilan Desa, Hadi Sulistyo, mengatakan partainya unggul di sebagian besar daerah.')[0][1], 'Hadi Sulistyo');
  });
});

describe('a description after the salient speaker (link.ts definiteReferent)', () => {
  const article = 'Pembalap Tim Garuda Racing Bima Prakoso finis kedua pada balapan pertama di Sirkuit Mandalika, Sabtu.\n\n' +
    'Balapan itu dimenangi pembalap asal Malaysia Azlan Rahim dari tim Petronas Muda, disusul rekan setimnya Faiz Hakimi.\n\n' +
    '"Saya puas, tapi ban belakang habis di lima lap terakhir," kata Bima di paddock.\n\n' +
    'Pembalap berusia 20 tahun asal Blitar itu mengaku target berikutnya adalah menang pada balapan kedua.\n\n' +
    '"Kami akan ubah setelan motor," ujarnya.';

  it('gives "Pembalap … itu" to the speaker just quoted, named with that title, not to a winner titled so in between', () => {
    assert.deepEqual(statements(article), [['target berikutnya adalah menang pada balapan kedua', 'Bima Prakoso']]);
    assert.deepEqual(analyze(article).quotes.map((q) => q.speaker), ['Bima Prakoso', 'Bima Prakoso']);
  });

  it('gives it to the person with the title when the speaker just quoted never had it (a team manager)', () => {
    const t = 'Balapan itu dimenangi pembalap asal Malaysia Azlan Rahim dari tim Petronas Muda.\n\n' +
      '"Kami puas dengan strategi ban," kata manajer tim Petronas Muda, Rudi Salim.\n\n' +
      'Pembalap berusia 19 tahun itu mengaku target berikutnya adalah menang pada balapan kedua.';
    assert.equal(statements(t)[0][1], 'Azlan Rahim');
  });
});

describe('an interview introduced with "berbincang dengan X" and unquoted questions (interview-turns.ts)', () => {
  const article = 'Festival teater pelajar di Kupang dibuka Kamis malam oleh Kepala Dinas Kebudayaan NTT Markus Taolin.\n\n' +
    '"Panggung ini milik anak-anak sekolah," kata Markus dalam sambutannya.\n\n' +
    'Tempo.co berbincang dengan Yuliana Bria seusai pementasan. Berikut petikannya.\n\n' +
    'Dari mana ide naskah ini?\n\n' +
    '"Dari cerita nenek saya tentang musim lapar di kampung. Saya ingin penonton muda mendengarnya."\n\n' +
    'Berapa lama latihannya?\n\n' +
    '"Tiga bulan, setiap sore sepulang sekolah."';

  it('gives the answers to the one interviewed, not to the official quoted before the interview (nor to nobody)', () => {
    assert.deepEqual(analyze(article).quotes.map((q) => q.speaker), ['Markus Taolin', 'Yuliana Bria', 'Yuliana Bria']);
  });

  it('reads "berbincang dengan" as introducing the one interviewed, as "mewawancarai"', () => {
    const t = 'Tempo.co berbincang dengan Yuliana Bria seusai pementasan.';
    const m = analyze(t).actors.filter((a) => a.type === 'PER');
    assert.equal(interviewedIn(t, 0, t.length, m, 0, () => true)?.canonical, 'Yuliana Bria');
    assert.equal(interviewedIn('Tempo.co menonton Yuliana Bria di panggung.', 0, 40, m, 0, () => true), null);
  });
});

describe('a fronted adjunct before the subject of a narration sentence (fronted-adjunct.ts)', () => {
  it('lets the first name after "Seusai rapat," open its sentence, so the doorstop answers are that person\'s', () => {
    const t = 'Rapat kerja Komisi IV DPR dengan Kepala Badan Pangan Nasional Sudarmanto Wibisono berlangsung tegang, Selasa.\n\n' +
      '"Berapa merek yang sudah diuji?" tanya Ketua Komisi IV Hendra Gunawan.\n\n' +
      '"Baru empat puluh merek, Pimpinan," jawab Sudarmanto.\n\n' +
      'Anggota Komisi IV Yohana Kambu mendesak Bapanas mengumumkan merek yang curang. "Konsumen berhak tahu," tegasnya.\n\n' +
      'Seusai rapat, Sudarmanto menemui wartawan yang menunggu di luar ruang rapat.\n\n' +
      '"Kapan daftar merek itu diumumkan, Pak?" tanya seorang jurnalis.\n\n' +
      '"Setelah uji laboratorium kedua selesai. Kami tidak mau salah umumkan."';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Hendra Gunawan', 'Sudarmanto Wibisono', 'Yohana Kambu', null, 'Sudarmanto Wibisono']);
  });
});

describe('a channel named by a description in the cue speaks for its owner (channel-owner.ts)', () => {
  it('reads an account or a press release closed by itu/tersebut, with what is quoted from it before', () => {
    assert.equal(channelDescriptionAt('akun tersebut.', 0), 'akun');
    assert.equal(channelDescriptionAt('bunyi salah satu poin siaran pers itu.', 0), 'siaran pers');
    assert.equal(channelDescriptionAt('akun Instagram resmi kampus itu,', 0), 'akun');
    assert.equal(channelDescriptionAt('akun miliknya sendiri.', 0), undefined);
    assert.equal(channelDescriptionAt('pejabat tersebut.', 0), undefined);
  });

  it('gives "tulis akun tersebut" to the body that posted on its account, not to its chairman quoted before', () => {
    const t = 'Ketua Senat Mahasiswa Universitas Harapan Bangsa, Dimas Aryo Saputra, menyatakan aksi akan berlanjut. ' +
      'Di akun Instagram resminya, Senat Mahasiswa UHB mengunggah pernyataan pada Senin malam.\n\n' +
      '"Aksi berlanjut sampai rektor mau bertemu," tulis akun tersebut.';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Senat Mahasiswa UHB']);
  });

  it('gives "demikian bunyi … siaran pers itu" to the company that issued it, not to the official who signed it', () => {
    const t = 'Warga Desa Sukamaju, Rahmat Hidayat, mengaku dipukul penagih utang. "Saya sudah janji bayar minggu depan," tuturnya.\n\n' +
      'Perusahaan pembiayaan PT Dana Cepat Sejahtera melalui siaran pers yang diterima wartawan, Senin, menyatakan para penagih itu bukan karyawannya.\n\n' +
      'Siaran pers yang ditandatangani Kepala Divisi Hukum Dana Cepat Sejahtera, Anton Wijaya, itu juga memuat permintaan maaf. ' +
      '"Perseroan menyesalkan kejadian ini dan telah memutus kontrak vendor penagihan," demikian bunyi salah satu poin siaran pers itu.';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Rahmat Hidayat', 'PT Dana Cepat Sejahtera']);
  });

  it('gives nobody when no owner of the channel was named', () => {
    const t = 'Warga ramai membahas kenaikan tarif parkir.\n\n"Tarif naik, layanan tetap," tulis akun tersebut.';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), [null]);
  });
});

describe('an unnamed source reached by the reporter (attribution.ts anonymousSources)', () => {
  const opening = 'Kepala Desa Sukorejo Sri Wahyuni mengatakan warga sudah diimbau. "Kami sudah sosialisasi," tuturnya.\n\n';
  it('makes "katanya" nobody\'s after "Seorang pemuda …, saat ditemui wartawan, berdalih …"', () => {
    const t = opening + 'Seorang pemuda yang turut melepas balon, saat ditemui wartawan, berdalih bahwa kebiasaan itu warisan leluhur.\n\n' +
      '"Dulu tidak ada yang melarang," katanya.';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Sri Wahyuni', null]);
  });
  it('reads "berdalih" as a reporting verb of an unnamed source', () => {
    const t = opening + 'Seorang pemuda yang ikut menerbangkan balon berdalih bahwa tradisi itu sudah turun-temurun.\n\n' +
      '"Dulu tidak ada yang melarang," katanya.';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Sri Wahyuni', null]);
  });
});

describe('a body introduced posting ("X mengunggah …") has the floor for the bare posts after it', () => {
  it('gives a run of posts closed by "tulis akun tersebut" to the body that posted, not to its chairman quoted before', () => {
    const t = 'Ketua Senat Mahasiswa Universitas Harapan Bangsa, Dimas Aryo Saputra, menyatakan aksi akan berlanjut. ' +
      'Di akun Instagram resminya, Senat Mahasiswa UHB mengunggah dua pernyataan berturut-turut pada Senin malam.\n\n' +
      '"Kampus ini milik kita semua."\n\n' +
      '"Aksi berlanjut sampai rektor mau bertemu," tulis akun tersebut.';
    assert.deepEqual(analyze(t).quotes.map((q) => q.speaker), ['Senat Mahasiswa UHB', 'Senat Mahasiswa UHB']);
  });
});
