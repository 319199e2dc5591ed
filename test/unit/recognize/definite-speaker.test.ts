// Issue 13, pattern 16, and issue 14: a speaker named only by a definite description,
// as the subject of a reporting verb ("Politikus muda itu menilai …", "Sang direktur
// meminta …") or after a cue three paragraphs after the person was introduced with that
// title ("timpal staf khusus tersebut"); and "Menurutnya," opening a sentence giving the
// floor like "Ia menilai". Each case is a form the dev batch d113–d118 showed; own sentences.
import assert from 'node:assert/strict';
import { runWithTestKb } from './helpers';
import { statementsOf } from './reported/helpers';
import { descriptionHead } from '../../../src/core/recognize/definite-subject';

const speakers = (text: string): (string | null)[] => runWithTestKb(text).quotes.map((q) => q.speaker);
const statements = (text: string): [string, string | null][] => (runWithTestKb(text).reported ?? []).map((s) => [s.text, s.speaker]);

describe('definite descriptions as speakers (issue 13 pattern 16, issue 14)', () => {
  it('a description opening the sentence is the subject of its reporting verb: the last person named', () => {
    const t = 'Pembawa acara Rina Kartika lalu meminta tanggapan anggota DPR, Bayu Pradana. Politikus muda itu menilai pemerintah terlalu terburu-buru.\n' +
      '"Datanya belum diperbarui sejak 2023."';
    assert.deepEqual(statements(t), [['pemerintah terlalu terburu-buru', 'Bayu Pradana']]);
    assert.deepEqual(speakers(t), ['Bayu Pradana']);
  });

  it('"Sang direktur meminta …", "Pemain berusia 20 tahun itu mengaku …"', () => {
    const t = 'Direktur Utama PT Sinar Tirta, Hendra Saputra, memaparkan kinerja perusahaan. Sang direktur meminta tenggat diundur enam bulan.';
    assert.deepEqual(statements(t), [['tenggat diundur enam bulan', 'Hendra Saputra']]);
    const u = '"Kami kurang tenang," kata pelatih Budi Santoso.\nGol itu dicetak penyerang Fikri Ramadhan. Pemain berusia 20 tahun itu mengaku gol tersebut untuk ibunya.';
    assert.deepEqual(statements(u), [['gol tersebut untuk ibunya', 'Fikri Ramadhan']]);
  });

  it('a description after a cue takes the person introduced with its title paragraphs before', () => {
    const t = 'Staf Khusus Menteri Energi Taufik Hidayat menyebut subsidi bocor. "Kafe pun memakainya," kata Taufik.\n' +
      'Pembawa acara Rina Kartika lalu bertanya kepada Bayu Pradana.\n' +
      '"Kalau datanya salah, pedagang kecil tercoret," ujar Bayu.\n' +
      '"Datanya sudah kami padankan bulan lalu," timpal staf khusus tersebut.';
    assert.deepEqual(speakers(t), ['Taufik Hidayat', 'Bayu Pradana', 'Taufik Hidayat']);
  });

  it('"perwira … itu" is the one named with an officer\'s rank, not the last speaker', () => {
    const t = 'Kepala Bidang Humas Polda Jawa Timur Kombes Pol Hendra Kusuma menyebut peti kemas itu datang dari Singapura.\n' +
      '"Anggota kami menaruh curiga," kata Hendra.\n' +
      'Kepala Kantor Bea Cukai, Ratna Dewi, menambahkan timnya memantau importir. "Ini pola lama," ujar Ratna.\n' +
      'Kedua tersangka dijerat Pasal 114. "Kami minta masyarakat melapor," kata perwira yang baru tiga pekan memegang jabatan juru bicara itu.';
    assert.deepEqual(speakers(t), ['Hendra Kusuma', 'Ratna Dewi', 'Hendra Kusuma']);
  });

  it('a person the paragraph introduced before the quote keeps the description ("ujar analis … itu")', () => {
    const t = 'Analis Mandala Sekuritas Arif Halim menilai rencana itu positif. "Harga pasti turun dulu," kata Arif.\n' +
      'Pandangan serupa disampaikan Kepala Riset Samudra Investa Yohanes Kristianto. "Hitung ulang dulu," ujar analis yang pernah bekerja di bank itu.';
    assert.deepEqual(speakers(t), ['Arif Halim', 'Yohanes Kristianto']);
  });

  it('"Menurutnya," opening a sentence gives the floor to the person the paragraph introduced', () => {
    const t = '"Saya setuju," kata Rina Kartika.\n' +
      'Ekonom Lembaga Kajian Ekonomi Nusantara, Nailul Hasanah, punya pandangan lain. Menurutnya, masalah utama ada di harga eceran.\n' +
      '"Selama selisihnya besar, orang mencari celah," ujar ekonom perempuan itu.';
    assert.deepEqual(speakers(t), ['Rina Kartika', 'Nailul Hasanah']);
  });
});

describe('a relative clause between the subject and its reporting verb (issue 13, pattern 13)', () => {
  it('"X, yang datang pada malam pembukaan menyebut …": X takes the floor for the quote after', () => {
    const t = '"Gamelan dan kora itu sepupu," ujar Diabaté seusai pentas.\n' +
      'Bupati Klaten Wahyu Hartono ingin pergelaran ini rutin setiap tahun.\n' +
      'Direktur Jenderal Kebudayaan Kementerian Kebudayaan, Hilmar Wiradarma, yang datang pada malam pembukaan menyebut negara akan menyiapkan anggaran.\n' +
      '"Syaratnya cuma satu: seniman daerah mesti menjadi tuan rumah," katanya.';
    assert.deepEqual(speakers(t), ['Diabaté', 'Hilmar Wiradarma']);
  });
});

describe('interview turns (issue 13, pattern 13: quotes with no attribution clause)', () => {
  const interview = 'Jurnalis Larasati Wibowo menemui Bupati Markus Umbu Ndapa di rumah jabatannya.\n' +
    '"Berapa warga yang masih membeli air dari truk tangki?" tanya Larasati.\n' +
    '"Kira-kira 18.000 jiwa," jawab Markus.\n' +
    '"Kenapa masalah ini belum selesai?"\n' +
    '"Karena kita selalu membangun yang kelihatan dulu."\n' +
    '"Sekarang kami balik urutannya. Tahun ini belanja modal masuk ke air bersih."\n' +
    '"Apakah anggarannya cukup?"\n' +
    '"Tidak. Karena itu kami minta bantuan pusat."\n' +
    '"Bagaimana dengan rencana hotel di pantai selatan?"\n' +
    '"Investor boleh datang, tapi jangan minta air warga," tegasnya.';

  it('an answer in two paragraphs is one speaker\'s; the next question is the interviewer\'s again', () => {
    assert.deepEqual(speakers(interview).slice(2, 7), ['Larasati Wibowo', 'Markus Umbu Ndapa', 'Markus Umbu Ndapa', 'Larasati Wibowo', 'Markus Umbu Ndapa']);
  });

  it('"-nya" right after the interviewer\'s question is the one who answers', () => {
    assert.deepEqual(speakers(interview).slice(7), ['Larasati Wibowo', 'Markus Umbu Ndapa']);
  });
});

describe('stance verbs of the sixth speaker batch (issue 14)', () => {
  it('"menyesalkan", "mengenang" with a content clause report; with a noun object they do not', () => {
    assert.deepEqual(statementsOf('Pelatih Rodrigo Valença menyesalkan anak asuhnya membuang banyak peluang di babak kedua.'),
      ['anak asuhnya membuang banyak peluang di babak kedua => Rodrigo Valença']);
    assert.deepEqual(statementsOf('Politikus senior Darmadi Siregar mengenang uji coba pada 2023 justru memangkas kapasitas rumah sakit.'),
      ['uji coba pada 2023 justru memangkas kapasitas rumah sakit => Darmadi Siregar']);
    assert.deepEqual(statementsOf('Darmadi Siregar mengenang jasa para guru.'), []);
  });
});

describe('terms of address name no description (definite-subject.ts descriptionHead)', () => {
  it('"Mbak", "Mas", "Bang" are terms of address like "Pak": no head of their own; a title is one', () => {
    const head = (p: string) => descriptionHead(p, { start: 0, end: p.indexOf(' ') });
    for (const p of ['Pak itu tersenyum.', 'Mbak itu tersenyum.', 'Mas tersebut tersenyum.', 'Bang itu tersenyum.']) assert.equal(head(p), undefined, p);
    assert.equal(head('Bupati itu tersenyum.'), 'bupati');
  });
});
