// Issues 13 and 14, speakers (second speaker batch, dev d69–d74): speakers lost to actor
// errors, reporting cues, unnamed sources and articles delivered as one line. Own
// sentences; each case is a form the batch's articles showed, and each failed before its
// change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActorsWithBuiltinKb as actors, speakersWithBuiltinKb as speakers } from './helpers';

describe('speaker batch 2 patterns (issues 13 and 14, d69–d74)', () => {
  it('a titled person named right after the body they work for is a person, and the speaker', () => {
    const t = 'Kepala Riset Cempaka Sekuritas Yosef Simanjuntak mengatakan pasar sedang jenuh. "Investor menunggu data inflasi," ujarnya.';
    assert.deepEqual(actors(t), ['Cempaka Sekuritas/ORG', 'Yosef Simanjuntak/PER']);
    assert.deepEqual(speakers(t), ['Yosef Simanjuntak']);
    const u = 'Head of Research Padi Capital Natalia Rumondang menilai koreksi itu wajar. "Jangan panik," katanya.';
    assert.deepEqual(actors(u), ['Padi Capital/ORG', 'Natalia Rumondang/PER']);
    assert.deepEqual(speakers(u), ['Natalia Rumondang']);
  });

  it('a body the KB knows, or a minister\'s remit, before a person\'s name ends there', () => {
    const t = 'Dosen ekonomi Universitas Gadjah Mada Bayu Kristanto menilai kebijakan itu terlambat. "Harga sudah naik," kata Bayu.';
    assert.deepEqual(actors(t), ['Universitas Gadjah Mada/ORG', 'Bayu Kristanto/PER', 'Bayu/PER']);
    assert.deepEqual(speakers(t), ['Bayu Kristanto']);
    const u = 'Mantan Menteri Badan Usaha Milik Negara Wiratno Gunadi mengingatkan direksi. "Utang harus dikendalikan," imbuhnya.';
    assert.deepEqual(actors(u), ['Wiratno Gunadi/PER']);
    assert.deepEqual(speakers(u), ['Wiratno Gunadi']);
  });

  it('15. an unnamed source after a connective, or one said not to want to be named, is nobody: no statement, and its "katanya" is nobody\'s', () => {
    const t = 'Duta Besar Hendra Wijaya mengatakan kunjungan itu lancar. "Semua agenda tercapai," ujarnya.\n\n' +
      'Sementara itu, seorang staf Kedutaan Besar Peru di Jakarta mengatakan kepada Kompas bahwa kunjungan itu membahas perikanan. "Kami butuh kapal pengawas," katanya.';
    const r = analyze(t);
    assert.deepEqual(r.quotes.map((q) => q.speaker), ['Hendra Wijaya', null]);
    assert.deepEqual((r.reported ?? []).map((s) => s.speaker), ['Hendra Wijaya']);
    const u = 'Sinta Maharani membantah kabar itu. "Saya baik-baik saja," tulis Sinta.\n\n' +
      'Seorang sahabat Sinta yang tidak mau disebutkan namanya mengatakan bahwa sang penyanyi sedang berlibur. "Dia butuh istirahat," ujarnya.';
    const v = analyze(u);
    assert.deepEqual(v.quotes.map((q) => q.speaker), ['Sinta Maharani', null]);
    assert.deepEqual(v.reported ?? [], []);
  });

  it('one line: a run of posts closed by one "cuit X" is X\'s without paragraph breaks (pattern 14)', () => {
    const u = 'Warga Joko Susilo mengeluhkan air keruh. "Sudah seminggu airnya kuning," kata Joko. ' +
      'Direktur PDAM Ani Lestari membalas di akun X. "Data kami jelas berbeda dengan itu." "Silakan cek di situs resmi," cuit Ani.';
    assert.deepEqual(speakers(u), ['Joko Susilo', 'Ani Lestari', 'Ani Lestari']);
  });

  it('one line: a quote ending a sentence inside its marks ends the sentence, so an unnamed source after it is nobody', () => {
    const t = 'Direktur rumah sakit, Clara Wibowo, mengatakan pihaknya menambah tempat tidur. "Kami kewalahan," tuturnya. "Obat masih cukup untuk seminggu." ' +
      'Seorang perawat yang enggan disebut namanya mengaku belum pulang selama tiga hari. "Kami tidur bergantian," katanya.';
    assert.deepEqual(speakers(t), ['Clara Wibowo', 'Clara Wibowo', null]);
  });

  it('one line: a question-and-answer exchange alternates without paragraph breaks, short questions included', () => {
    const t = 'Sidang dipimpin hakim Maria Ulfa. "Apakah saudara menerima uang itu?" tanya Maria. ' +
      '"Menerima, tapi untuk kas bersama," jawab terdakwa Yusuf Hamzah. "Untuk apa?" "Untuk perbaikan atap pasar." ' +
      '"Siapa yang mencatat?" "Bendahara kami, Yang Mulia." Sidang dilanjutkan pekan depan.';
    assert.deepEqual(speakers(t), ['Maria Ulfa', 'Yusuf Hamzah', 'Maria Ulfa', 'Yusuf Hamzah', 'Maria Ulfa', 'Yusuf Hamzah']);
  });

  it('16. "sambung analis yang pernah bekerja di Singapura itu": a description closed after a relative clause is someone named before, not an unnamed source', () => {
    const t = 'Ekonom Nadia Puspita menilai pasar sudah jenuh. "Valuasi sudah mahal," kata Nadia.\n\n' +
      '"Tapi jangan menjual semua sekaligus," sambung analis yang pernah bekerja di Singapura itu.';
    assert.deepEqual(speakers(t), ['Nadia Puspita', 'Nadia Puspita']);
  });

  it('13. a capitalised common word opening a sentence ("Pandangan serupa …") does not end the paragraph\'s opening: "Ia" is the person it introduced', () => {
    const t = 'Analis Dewi Anggraini menilai pasar jenuh. "Investor menunggu data inflasi," kata Dewi.\n\n' +
      'Pendapat lain diutarakan peneliti tamu Institute for Development of Economics and Finance (Indef) Hendro Wibisono. Ia memperkirakan dana asing baru kembali pada Januari. "Pasar menunggu bank sentral," ujarnya.';
    assert.deepEqual(speakers(t), ['Dewi Anggraini', 'Hendro Wibisono']);
  });

  it('one line: the person named after the last quote, with nobody taking the floor between, is the "Ia" and the "katanya" after', () => {
    const t = 'Ketua komisi Fajar Nugroho mengatakan penilaian dimulai pekan depan. "Kami akan melihat per kabupaten," kata Fajar di kantornya. ' +
      'Direktur Utama Sinyal Jaya, Hendra Wijaya, optimistis rencana itu disetujui. Ia mengatakan jaringan akan lebih cepat dibangun. ' +
      '"Bersama, kami lebih kuat," ujarnya. Manajer klub, Dedi Saputra, enggan menanggapi kabar itu. "Kami tidak membahas pemain lain," katanya singkat.';
    assert.deepEqual(speakers(t), ['Fajar Nugroho', 'Hendra Wijaya', 'Dedi Saputra']);
  });

  it('a known person\'s one-word alias inside an unknown full name ("Zulkifli Anwar Pohan") is a word of that name, not the known person', () => {
    const t = 'Peneliti pemilu Rahmat Anwar Siregar menilai gugatan itu lemah. "Buktinya belum cukup," kata Rahmat.';
    assert.deepEqual(actors(t), ['Rahmat Anwar Siregar/PER', 'Rahmat/PER']);
    assert.deepEqual(speakers(t), ['Rahmat Anwar Siregar']);
  });
});
