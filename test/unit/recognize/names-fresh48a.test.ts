// Session 48 round 2 (fresh48a): names cut or glued in the fresh dev batches d352-d369, each
// with ordinary sentences the change must leave as they were.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as actors } from './helpers';

const canonicals = (p: string): string[] => analyze(p).actors.map((a) => `${a.text}/${a.canonical}`);

describe('a term of address inside a company\'s name (extents.ts)', () => {
  it('"PT Sumber Mas Lestari Tbk" is one company ("Mas" is gold there)', () => {
    assert.deepEqual(actors('Saham PT Sumber Mas Lestari Tbk dihentikan sementara oleh bursa.'), ['PT Sumber Mas Lestari Tbk/ORG']);
  });
  it('a company ending in "Mas" keeps it when no name follows', () => {
    assert.deepEqual(actors('Ia sudah sepuluh tahun bekerja di PT Cahaya Mas sebelum pensiun.'), ['PT Cahaya Mas/ORG']);
  });
  it('probes: a person introduced by a term of address after a company stays a person', () => {
    assert.deepEqual(actors('Karyawan PT Abadi Pak Budi Santoso mengeluhkan gaji yang telat.'), ['PT Abadi/ORG', 'Budi Santoso/PER']);
    assert.deepEqual(actors('Pemilik PT Sentosa, Mas Agus Wibowo, menolak berkomentar.'), ['PT Sentosa/ORG', 'Agus Wibowo/PER']);
    assert.deepEqual(actors('Direktur PT Maju Jaya Bang Rudi Hartono mengatakan hal itu.'), ['PT Maju Jaya/ORG', 'Rudi Hartono/PER']);
  });
  it('review48b: a title before the company names its holder after "Mas" (extents.ts goldEndsTitledCompany)', () => {
    assert.deepEqual(actors('Presiden Direktur PT Sinar Mas Franky Oesman Widjaja mengatakan ekspor naik.'), ['PT Sinar Mas/ORG', 'Franky Oesman Widjaja/PER']);
    assert.deepEqual(actors('Komisaris PT Maju Mas Bambang Hartono mengatakan laba naik.'), ['PT Maju Mas/ORG', 'Bambang Hartono/PER']);
    // probes: "Mas" opening the name, or one word after it, stays gold
    assert.deepEqual(actors('Direktur PT Mas Agung Jaya mengatakan laba naik.'), ['PT Mas Agung Jaya/ORG']);
    assert.deepEqual(actors('Direktur PT Tambang Mas Sangihe mengatakan laba naik.'), ['PT Tambang Mas Sangihe/ORG']);
  });
});

describe('"Tbk" after a comma (extents.ts COMPANY_SUFFIX)', () => {
  it('"PT Karya Tani Makmur, Tbk" is one company, named without the comma', () => {
    assert.deepEqual(canonicals('PT Karya Tani Makmur, Tbk membukukan laba bersih lebih tinggi tahun ini.'), ['PT Karya Tani Makmur, Tbk/PT Karya Tani Makmur Tbk']);
  });
  it('probes: the legal forms without a comma, and a comma before other words', () => {
    assert.deepEqual(actors('Saham PT Karya Tani Makmur (Persero) Tbk naik dua persen.'), ['PT Karya Tani Makmur (Persero) Tbk/ORG']);
    assert.deepEqual(actors('PT Karya Tani Makmur, perusahaan pupuk, merugi.'), ['PT Karya Tani Makmur/ORG']);
  });
  it('review48b: the comma form only after a name opened by PT, not after a ticker', () => {
    assert.deepEqual(actors('Ia membeli saham BBRI, Tbk dan lainnya.'), []);
    assert.deepEqual(canonicals('PT Bank Rakyat Indonesia, Tbk membukukan laba.'), ['PT Bank Rakyat Indonesia, Tbk/Bank Rakyat Indonesia']);
  });
});

describe('terms that are no bodies (lexicon NEVER_ACTOR)', () => {
  it('QRIS, BAP, IHSG, IPO and RUPS are a payment standard, a record, an index and events', () => {
    assert.deepEqual(actors('Pedagang di pasar itu kini menerima pembayaran QRIS.'), []);
    assert.deepEqual(actors('Penyidik sudah merampungkan BAP kedua tersangka.'), []);
    assert.deepEqual(actors('IHSG ditutup melemah setelah emiten itu menunda IPO dan RUPS.'), []);
  });
});

describe('a trade noun opening a sentence before a name (unknown-name.ts)', () => {
  it('"Perajin Hadi Kusnandar" is the craftsman Hadi Kusnandar', () => {
    assert.deepEqual(actors('Perajin Hadi Kusnandar menyelesaikan pesanan itu dalam sebulan.'), ['Hadi Kusnandar/PER']);
    assert.deepEqual(actors('Nelayan Budi Hartono melaut sejak subuh.'), ['Budi Hartono/PER']);
  });
  it('probes: a trade noun with its qualifier, or before a body, is no name', () => {
    assert.deepEqual(actors('Guru Honorer di sekolah itu mengeluhkan gaji.'), []);
    assert.deepEqual(actors('Warga Desa Sukamaju menolak rencana tambang.'), []);
    assert.deepEqual(actors('Investor Asing melepas saham perbankan.'), []);
    assert.deepEqual(actors('Pemuda Pancasila menggelar aksi di depan kantor bupati.'), []);
  });
  it('review48b: the goods or vehicle after the trade noun is no given name, no word to open a name with', () => {
    // (what the run becomes is older business; only the noun alone is no longer dropped)
    const opensWith = (t: string, w: string) => actors(t).some((a) => a.startsWith(`${w} `) || a === `${w}/ORG`);
    assert.equal(opensWith('Pedagang Bakso Joko Susilo mengaku omzetnya turun.', 'Bakso'), false);
    assert.equal(opensWith('Pedagang Sayur Siti Aminah mengeluh.', 'Sayur'), false);
    assert.equal(opensWith('Petani Garam Ahmad Yani mengeluh harga anjlok.', 'Garam'), false);
    assert.ok(!actors('Sopir Ojek Budi Santoso mengatakan penumpang sepi.').includes('Ojek/ORG'));
  });
});

describe('a known full name with a further surname (kb-name.ts)', () => {
  it('"Muhammad Yunus Pabbicara" is a namesake of the KB\'s Muhammad Yunus', () => {
    assert.deepEqual(canonicals('Kepala kantor itu, H. Muhammad Yunus Pabbicara, memaparkan data pendaftar.'),
      ['Muhammad Yunus Pabbicara/Muhammad Yunus Pabbicara']);
  });
  it('probes: the known person\'s own longer name, a weekday, a place after the name', () => {
    assert.deepEqual(canonicals('Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit terjaga.'), ['Sri Mulyani Indrawati/Sri Mulyani Indrawati']);
    assert.deepEqual(canonicals('Presiden Prabowo Subianto Senin lalu meresmikan bendungan.'), ['Prabowo Subianto/Prabowo Subianto']);
    assert.deepEqual(actors('Ekonom Muhammad Yunus mendirikan Grameen Bank.'), ['Muhammad Yunus/PER', 'Grameen Bank/ORG']);
  });
});

describe('a title\'s bare unit noun before the holder (title-unit-noun.ts)', () => {
  it('"Kepala Sekolah X", "Kapten Tim X", "Ketua Panitia X": X is the holder', () => {
    assert.deepEqual(actors('Kepala Sekolah Sutrisno mengatakan murid diliburkan dua hari.'), ['Sutrisno/PER']);
    assert.deepEqual(actors('Kapten Tim Andi Wijaya mencetak gol penentu.'), ['Andi Wijaya/PER']);
    assert.deepEqual(actors('Ketua Panitia Agus Salim Harahap dan Sekretaris Budi Santoso hadir.'), ['Agus Salim Harahap/PER', 'Budi Santoso/PER']);
  });
  it('probes: a named unit after the noun stays the unit\'s', () => {
    assert.deepEqual(actors('Kepala Sekolah Santa Maria Yogyakarta menjelaskan aturan baru.'), ['Sekolah Santa Maria/ORG', 'Yogyakarta/GPE']);
    assert.deepEqual(actors('Kepala Sekolah Dasar Negeri 3 Sleman, Sutrisno, mengatakan murid libur.'), ['Sekolah Dasar Negeri 3 Sleman/ORG', 'Sutrisno/PER']);
    assert.deepEqual(actors('Ketua Tim Pemenangan Arif Rahman, Budi Santoso, menyatakan siap.'), ['Budi Santoso/PER']);
    assert.deepEqual(actors('Ketua Panitia Pemilihan Kecamatan Sleman menjelaskan jadwal.'), ['Sleman/GPE']);
  });
});

describe('a regional paper interviewing (regional-newspaper.ts)', () => {
  it('"Pos Kupang mewawancarai …", "saat dihubungi Pos Kupang": the paper, not the city', () => {
    assert.deepEqual(actors('Pos Kupang mewawancarai kepala puskesmas itu pekan lalu.'), ['Pos Kupang/ORG']);
    assert.deepEqual(actors('Saat dihubungi Pos Kupang, Yosef Bala membenarkan kabar itu.'), ['Pos Kupang/ORG', 'Yosef Bala/PER']);
  });
  it('probes: the post office and a post in the city stay as they were', () => {
    assert.deepEqual(actors('Kantor Pos Kupang ditutup sementara.'), ['Kantor Pos Kupang/ORG']);
    assert.deepEqual(actors('Petugas di Pos Kupang menghubungi keluarga korban.'), ['Kupang/GPE']);
  });
});

describe('ethnic words are no bodies (lexicon NEVER_ACTOR)', () => {
  it('"wayang Sasak" is no short name of a studio named "… Gumi Sasak"', () => {
    assert.deepEqual(actors('Ia mementaskan wayang Sasak di sanggarnya, Sanggar Pedalangan Gumi Sasak, setiap pekan.'), ['Sanggar Pedalangan Gumi Sasak/ORG']);
  });
  it('probes: a body named with the word keeps it', () => {
    assert.deepEqual(actors('Kepala Stasiun Meteorologi Minangkabau, Desindra, mengatakan hujan turun.'), ['Stasiun Meteorologi Minangkabau/ORG', 'Desindra/PER']);
    assert.deepEqual(actors('Warga Bugis di perantauan menggelar pesta adat.'), []);
  });
});

describe('a Romance body\'s head before a connector (romance-body-name.ts)', () => {
  it('"Groupement des Exportateurs …", "Banco de Portugal" are one body each', () => {
    assert.deepEqual(actors('Ketua Groupement des Producteurs de Cacao de Madagascar, Jean Rakoto, menolak.'),
      ['Groupement des Producteurs de Cacao de Madagascar/ORG', 'Jean Rakoto/PER']);
    assert.deepEqual(actors('Banco de Portugal menaikkan suku bunga acuan.'), ['Banco de Portugal/ORG']);
  });
  it('probes: "de" after a place or a person is no body\'s', () => {
    assert.deepEqual(actors('Para turis asal Madagascar de facto tertahan di bandara.'), ['Madagascar/GPE']);
    assert.deepEqual(actors('Pemain asal Brasil, Lucas de Souza, mencetak gol.'), ['Brasil/GPE', 'Lucas de Souza/PER']);
  });
});

describe('a board of a city\'s level with its region (board-prefix.ts)', () => {
  it('"DPC Ikatan Pengemudi Angkot Kota Pekanbaru" is one body, named without its level (fix48a: the identity is the regional one of the organisation)', () => {
    // ("DPC Organda Kota Pekanbaru" is read "DPC" + the city since fix48a: a one-word name after a
    // level is taken in only after a sports federation's level; left for the next session)
    assert.deepEqual(canonicals('DPC Ikatan Pengemudi Angkot Kota Pekanbaru menolak kenaikan tarif.'), ['DPC Ikatan Pengemudi Angkot Kota Pekanbaru/Ikatan Pengemudi Angkot Kota Pekanbaru']);
  });
  it('probes: known bodies after a level keep their identities; a place after other words stays a place', () => {
    assert.deepEqual(canonicals('Pengkab PSSI Kabupaten Bogor menggelar turnamen.'), ['Pengkab PSSI Kabupaten Bogor/Persatuan Sepak Bola Seluruh Indonesia Kabupaten Bogor']);
    assert.deepEqual(actors('Sopir angkot menolak kenaikan tarif di Kota Pekanbaru.'), ['Kota Pekanbaru/GPE']);
  });
});

describe('a ministry\'s regional office written out (regional-names.ts)', () => {
  it('"Kantor Kemenag Sinjai" is the Kantor Kementerian Agama Kabupaten Sinjai', () => {
    assert.deepEqual(canonicals('Kepala Kantor Kemenag Sinjai, Budi Santoso, membuka acara itu.'),
      ['Kantor Kemenag Sinjai/Kantor Kementerian Agama Kabupaten Sinjai', 'Budi Santoso/Budi Santoso']);
  });
  it('probes: a regional body\'s office and the written-out name stay as they were', () => {
    assert.deepEqual(canonicals('Kantor Bappeda Kota Bandung tutup sementara.'), ['Kantor Bappeda Kota Bandung/Kantor Bappeda Kota Bandung']);
    assert.deepEqual(canonicals('Pendaftaran dibuka oleh Kantor Kementerian Agama Kota Bima pekan ini.'), ['Kantor Kementerian Agama Kota Bima/Kantor Kementerian Agama Kota Bima']);
  });
});

describe('an English body opened by its head, without an acronym (english-body-name.ts)', () => {
  it('"Center for Regional Trade Studies" is one body', () => {
    assert.deepEqual(actors('Peneliti lembaga kajian Center for Regional Trade Studies, Nadia Putri, mengatakan ekspor turun.'),
      ['Center for Regional Trade Studies/ORG', 'Nadia Putri/PER']);
  });
  it('probes: the bodies read before stay as they were', () => {
    assert.deepEqual(actors('Council of Europe mengecam serangan itu.'), ['Council of Europe/ORG']);
    assert.deepEqual(actors('Sidang Committee on Budget digelar Senin.'), []);
  });
  it('review48b: a run the KB knows whole keeps the KB\'s canonical', () => {
    assert.deepEqual(canonicals('Association of Southeast Asian Nations menggelar KTT di Jakarta.').slice(0, 1), ['Association of Southeast Asian Nations/ASEAN']);
  });
});
