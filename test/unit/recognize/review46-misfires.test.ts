// Misfires of session 46's rules found by a report-only review (review46), each with the
// review's probe and ordinary sentences of the same shape that must read as before.
import assert from 'node:assert/strict';
import { typedActors as actors, linkedActors as canonicals, quoteSpeakers, statementPairs as statements } from './helpers';

describe('review46: short-head-region, "DKI" alone is the province', () => {
  it('a regional body\'s short head with "DKI" is one organisation before its holder', () => {
    assert.deepEqual(actors('Kepala Dishub DKI Syafrin Liputo mengatakan jalan Sudirman ditutup.'),
      ['Dishub DKI/ORG', 'Syafrin Liputo/PER']);
    assert.deepEqual(actors('Kepala Dinkes DKI Ani Ruspitawati mengatakan kasus ISPA naik.'), ['Dinkes DKI/ORG', 'Ani Ruspitawati/PER']);
    assert.deepEqual(actors('Kepala Disdik DKI Nahdiana mengatakan sekolah libur.'), ['Disdik DKI/ORG', 'Nahdiana/PER']);
  });
  it('"DKI Jakarta" and a region the KB knows stay the body\'s; without a holder the body is whole', () => {
    assert.deepEqual(actors('Kepala Dinkes DKI Jakarta Ani Ruspitawati mengatakan kasus ISPA naik.'), ['Dinkes DKI Jakarta/ORG', 'Ani Ruspitawati/PER']);
    assert.deepEqual(actors('Kepala Dishub Jabar Koswara mengatakan arus mudik lancar.'), ['Dishub Jabar/ORG', 'Koswara/PER']);
    assert.deepEqual(actors('Dishub DKI menutup jalan itu.'), ['Dishub DKI/ORG']);
    assert.deepEqual(actors('Kepala Dishub Agustinus Mering mengatakan jalan ditutup.'), ['Dishub/ORG', 'Agustinus Mering/PER']);
  });
});

describe('review46: contrasted-speaker, a contrast inside an outer speaker\'s words', () => {
  it('an assessment of two sides\' claims is the assessor\'s, whole', () => {
    assert.deepEqual(statements('Pengamat politik Ujang Komarudin menilai pemerintah mengklaim ekonomi tumbuh, sementara masyarakat menyebut harga kebutuhan pokok terus naik.'),
      [['pemerintah mengklaim ekonomi tumbuh, sementara masyarakat menyebut harga kebutuhan pokok terus naik', 'Ujang Komarudin']]);
    assert.deepEqual(statements('Peneliti Budi Santoso mengatakan perusahaan menyatakan pabrik aman, sedangkan warga mengatakan air sungai tercemar.'),
      [['perusahaan menyatakan pabrik aman, sedangkan warga mengatakan air sungai tercemar', 'Budi Santoso']]);
  });
  it('a speaker\'s own words still end before the other side\'s', () => {
    assert.deepEqual(statements('Ujang Komarudin mengatakan pemerintah optimistis, sementara Bhima Yudhistira menyebut ekonomi melambat.'),
      [['pemerintah optimistis', 'Ujang Komarudin'], ['ekonomi melambat', 'Bhima Yudhistira']]);
    assert.deepEqual(statements('Kepala Dinas Pertanian Budi Santoso mengatakan panen tahun ini melimpah, sementara petani menyebut harga gabah anjlok.'),
      [['panen tahun ini melimpah', 'Budi Santoso']]);
  });
});

describe('review46: a band role names only the member introduced with it (band-roles.ts)', () => {
  it('"sang drummer" after the guitarist is another member, unnamed: no statement of the guitarist', () => {
    assert.deepEqual(statements('Gitaris Noah, Lukman, mengatakan konser ini spesial. Sang drummer menyebut tata suara sangat baik.'),
      [['konser ini spesial', 'Lukman']]);
    assert.deepEqual(statements('Keyboardis Andi Rianto mengatakan lagu itu sulit. Sang vokalis mengatakan penonton luar biasa.'),
      [['lagu itu sulit', 'Andi Rianto']]);
    assert.deepEqual(statements('Vokalis Ariel mengatakan konser ini spesial. Gitaris band tersebut menyebut tata suara sangat baik.'),
      [['konser ini spesial', 'Ariel']]);
    assert.deepEqual(quoteSpeakers('Gitaris Lukman Hakim mengatakan konser ini spesial. "Tata suaranya sangat baik," kata sang drummer.'), [null]);
  });
  it('the member introduced with the role is still meant', () => {
    assert.deepEqual(statements('Drummer Reza Hakim mengatakan konser ini spesial. Sang drummer juga menyebut tata suara sangat baik.'),
      [['konser ini spesial', 'Reza Hakim'], ['tata suara sangat baik', 'Reza Hakim']]);
  });
});

describe('review46: a bracketed number after a club is its points, not an age (bracketed-score.ts)', () => {
  it('clubs in the standings stay organisations', () => {
    assert.deepEqual(actors('Di klasemen sementara, klub Persikas Subang (41) membuntuti klub Tunas Harapan Raya (43).'),
      ['Persikas Subang/ORG', 'Tunas Harapan Raya/ORG']);
  });
  it('a person given an age stays a person', () => {
    assert.deepEqual(actors('Operator crane Kusnadi (39) mengatakan alat itu rusak.'), ['Kusnadi/PER']);
    assert.deepEqual(actors('Warga bernama Tunas Harapan (43) ditemukan tewas.'), ['Tunas Harapan/PER']);
    assert.deepEqual(actors('Pelatih tim, Agus Salim (45), mengatakan timnya siap.'), ['Agus Salim/PER']);
  });
});

describe('review46: "Kapolda Metro" is the Jakarta police region, not a club or a person (regional-command-place.ts)', () => {
  it('"Metro" after a provincial police title is no actor', () => {
    assert.deepEqual(actors('Persija dan Metro Jaya FC bertanding di Cikarang. Kapolda Metro mengatakan kasus itu jadi prioritas.'),
      ['Persija/ORG', 'Metro Jaya FC/ORG', 'Cikarang/GPE']);
    assert.deepEqual(actors('Kapolda Metro mengatakan kasus itu jadi prioritas.'), []);
  });
  it('the club\'s short form elsewhere and the named regions stay', () => {
    assert.deepEqual(actors('Persija dan Metro Jaya FC bertanding di Cikarang. Pelatih Metro mengatakan timnya siap.'),
      ['Persija/ORG', 'Metro Jaya FC/ORG', 'Cikarang/GPE', 'Metro/ORG']);
    assert.deepEqual(actors('Kapolres Metro Jakarta Selatan Kombes Ade Rahmat mengatakan pelaku ditangkap.'), ['Jakarta Selatan/GPE', 'Ade Rahmat/PER']);
    assert.deepEqual(actors('Kapolda Metro Jaya Irjen Karyoto mengatakan kasus itu jadi prioritas.'), ['Karyoto/PER']);
  });
});

describe('review46: a kingdom keeps its own name (regional-names.ts)', () => {
  it('"Kerajaan Gowa" is no "Kerajaan Kabupaten Gowa"', () => {
    assert.deepEqual(canonicals('Raja Kerajaan Gowa ke-38 Andi Kumala Idjo menghadiri upacara adat.'),
      ['Kerajaan Gowa/ORG/Kerajaan Gowa', 'Andi Kumala Idjo/PER/Andi Kumala Idjo']);
    assert.deepEqual(canonicals('Kerajaan Gowa menggelar upacara adat.'), ['Kerajaan Gowa/ORG/Kerajaan Gowa']);
  });
  it('the regency\'s bodies still take its prefix', () => {
    assert.deepEqual(canonicals('Pemkab Gowa menggelar upacara adat.'), ['Pemkab Gowa/ORG/Pemerintah Kabupaten Gowa']);
    assert.deepEqual(canonicals('Bupati Gowa Adnan Purichta menghadiri upacara adat.'), ['Gowa/GPE/Kabupaten Gowa', 'Adnan Purichta/PER/Adnan Purichta']);
  });
});

describe('review46: "Hari" before a weekday is the day (hari-given-name.ts)', () => {
  const hari = (text: string) => canonicals(text).filter((a) => a.startsWith('Hari'));
  it('"Hari Minggu" after a credit line naming a Hari is no mention of him', () => {
    assert.deepEqual(hari('Editor: Hari Purnomo. Hari Minggu pagi Presiden Prabowo berolahraga di Monas.'), ['Hari Purnomo/PER/Hari Purnomo']);
    assert.deepEqual(hari('Editor: Hari Purnomo. Hari Senin, Presiden Prabowo berangkat ke Jepang.'), ['Hari Purnomo/PER/Hari Purnomo']);
  });
  it('"Hari" as a given name in a credit line and after a body stays', () => {
    assert.deepEqual(hari('Editor: Hari Purnomo'), ['Hari Purnomo/PER/Hari Purnomo']);
    assert.deepEqual(hari('Disperindag Jatim, Hari Santoso Wibisono, mengatakan harga stabil.'), ['Hari Santoso Wibisono/PER/Hari Santoso Wibisono']);
  });
});

describe('review46: "Menurut <outlet>, <person> …" is the outlet\'s unless the person speaks (apposed-after-clause.ts)', () => {
  it('a person opening the content is what the source says, not the speaker', () => {
    assert.deepEqual(statements('Menurut Majalah Forbes, Budi Hartono masih orang terkaya di Indonesia.'),
      [['Budi Hartono masih orang terkaya di Indonesia', 'Majalah Forbes']]);
    assert.deepEqual(statements('Menurut KPK, Budi Santoso menerima suap Rp 1 miliar.'),
      [['Budi Santoso menerima suap Rp 1 miliar', 'Komisi Pemberantasan Korupsi']]);
  });
  it('a person in apposition after the role, or speaking, still speaks', () => {
    assert.deepEqual(quoteSpeakers('"Kami menolak," kata juru bicara Kementerian Luar Negeri China, Lin Jian.'), ['Lin Jian']);
    assert.deepEqual(quoteSpeakers('"Kami menolak," kata juru bicara Kementerian Luar Negeri China, Lin Jian, di Beijing.'), ['Lin Jian']);
    assert.deepEqual(statements('Menurut Kementerian Kesehatan, Budi Gunadi mengatakan vaksin aman.'),
      [['Budi Gunadi mengatakan vaksin aman', 'Budi Gunadi Sadikin']]);
  });
});
