// Issue 13's error patterns, each with a sentence written for this test (none comes from
// an article). Every case failed before the rule that fixes it.
import assert from 'node:assert/strict';
import { KbIndex } from '../../../src/core/kb/kb-index';
import type { KbEntity } from '../../../src/core/kb/types';
import { analyze } from '../../../src/core/recognize/analyze';
import type { ActorType } from '../../../src/core/recognize/types';
import { TEST_ENTITIES } from './test-kb';

function e(id: string, canonical: string, type: ActorType, aliases: string[], en = ''): KbEntity {
  return { id, canonical, type, aliases, description: { en, id: '' } };
}

const kb = new KbIndex({
  entities: [
    ...TEST_ENTITIES,
    e('vietnam', 'Vietnam', 'GPE', ['Vietnam'], 'Country in Southeast Asia'),
    e('malaysia', 'Malaysia', 'GPE', ['Malaysia'], 'Country in Southeast Asia'),
    e('us-malay', 'United States', 'GPE', ['Amerika Syarikat']),
    e('anwar-ibrahim', 'Anwar Ibrahim', 'PER', ['Anwar Ibrahim', 'Anwar']),
    e('airlangga-hartarto', 'Airlangga Hartarto', 'PER', ['Airlangga Hartarto', 'Airlangga']),
    e('pope-francis', 'Pope Francis', 'PER', ['Paus Fransiskus', 'Fransiskus']),
    e('bank-mandiri', 'Bank Mandiri', 'ORG', ['Bank Mandiri', 'PT Bank Mandiri']),
    e('south-korea', 'South Korea', 'GPE', ['Korea Selatan', 'Korea']),
    e('kpu', 'Komisi Pemilihan Umum', 'ORG', ['Komisi Pemilihan Umum', 'KPU']),
  ],
  suppress: [],
});

const actors = (text: string) => analyze(text, { kb }).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
const speakers = (text: string) => analyze(text, { kb }).quotes.map((q) => q.speaker);

describe('issue 13 error patterns', () => {
  it('1. a headline in Title Case or in capitals: its verbs and adjectives are no names', () => {
    assert.deepEqual(actors('Menteri Tegaskan Harga Beras Turun Pekan Depan, Pedagang Cemas\nJakarta - Harga beras turun, kata pedagang.'), [
      'Jakarta/GPE/Jakarta',
    ]);
    assert.deepEqual(actors('PEMERINTAH TUNDA KENAIKAN TARIF, PENGUSAHA LEGA\nJakarta - Pemerintah menunda kenaikan tarif.'), ['Jakarta/GPE/Jakarta']);
  });

  it('2. weekdays, months and time words are no persons, also at the start of a sentence', () => {
    assert.deepEqual(actors('Pada Senin (12/5) dan Rabu malam, hujan turun. Selasa pagi warga kembali. Januari lalu banjir serupa terjadi; Desember nanti diperkirakan lebih parah.'), []);
  });

  it('3. sport: "Timnas <country> U-23" and "<country> U-23" are teams (ORG); a bare country stays GPE', () => {
    assert.deepEqual(actors('Timnas Indonesia U-23 menahan Vietnam U-23 tanpa gol, sementara Vietnam tetap memimpin klasemen.'), [
      'Timnas Indonesia U-23/ORG/Tim nasional sepak bola U-23 Indonesia',
      'Vietnam U-23/ORG/Vietnam national under-23 football team',
      'Vietnam/GPE/Vietnam',
    ]);
    assert.deepEqual(actors('Pelatih Timnas U-19 memanggil 30 pemain.'), ['Timnas U-19/ORG/Tim nasional sepak bola U-19 Indonesia']);
  });

  it('3. sport: a club with the tail "FC" after its city is one organisation', () => {
    assert.deepEqual(actors('Laga melawan Jakarta Raya FC digelar malam ini.'), ['Jakarta Raya FC/ORG/Jakarta Raya FC']);
  });

  it('3/16. a club (Pers- and its city) is an organisation, so "kata pemain <club> itu" is the person before', () => {
    const text = 'Gol kemenangan dicetak Yoga Pratama. "Kami pantas menang," kata pemain Persiba Balikpapan itu.';
    const kbWithCity = new KbIndex({ entities: [...TEST_ENTITIES, e('balikpapan', 'Balikpapan', 'GPE', ['Balikpapan'])], suppress: [] });
    const result = analyze(text, { kb: kbWithCity });
    assert.deepEqual(result.actors.map((a) => `${a.text}/${a.type}`), ['Yoga Pratama/PER', 'Persiba Balikpapan/ORG']);
    assert.deepEqual(result.quotes.map((q) => q.speaker), ['Yoga Pratama']);
  });

  it('4. companies: "(Persero) Tbk" and "Tbk" belong to the name; no organisation "Persero"', () => {
    assert.deepEqual(actors('Laba PT Bank Mandiri (Persero) Tbk naik, saham PT Sinar Laut Perkasa Tbk turun.'), [
      'PT Bank Mandiri (Persero) Tbk/ORG/Bank Mandiri',
      'PT Sinar Laut Perkasa Tbk/ORG/PT Sinar Laut Perkasa Tbk',
    ]);
  });

  it('4. an organisation noun shortly before an unknown name makes it a company, not a person', () => {
    assert.deepEqual(actors('Perusahaan rintisan logistik Lintasgo memangkas 200 karyawan.'), ['Lintasgo/ORG/Lintasgo']);
  });

  it('7. a region named after a regional head\'s title, and a name ending in a direction, are places', () => {
    assert.deepEqual(actors('Bupati Wonosari, Hendra Gunawan, meninjau lokasi banjir di Sumba Barat Daya.'), [
      'Wonosari/GPE/Kabupaten Wonosari', 'Hendra Gunawan/PER/Hendra Gunawan', 'Sumba Barat Daya/GPE/Sumba Barat Daya',
    ]);
  });

  it('8. a Roman numeral after a word ("kuartal III") is no organisation', () => {
    assert.deepEqual(actors('Laba kuartal III naik tajam.'), []);
  });

  it('5. a national body with its regency is one organisation named after both', () => {
    assert.deepEqual(actors('Ketua KPU Kabupaten Lebak menolak keberatan itu.'), ['KPU Kabupaten Lebak/ORG/Komisi Pemilihan Umum Kabupaten Lebak']);
  });

  it('6. events and meetings are no actors ("High Level Meeting", "Rapat Paripurna"); a body named inside still is', () => {
    assert.deepEqual(actors('Ia hadir dalam High Level Meeting on Water di Jakarta dan Rapat Paripurna ke-5 PBB.'), [
      'Jakarta/GPE/Jakarta', 'PBB/ORG/United Nations',
    ]);
  });

  it('8. the qualifier of a title is no person ("Direktur Jenderal Pembinaan …", "Direktur Imunisasi")', () => {
    assert.deepEqual(actors('Direktur Jenderal Pembinaan Pelatihan Vokasi, Sri Hartini, hadir. Direktur Imunisasi tidak hadir.'), [
      'Sri Hartini/PER/Sri Hartini',
    ]);
  });

  it('9. credits "Rep: A / Red: B" give two people; a photo agency is an organisation', () => {
    assert.deepEqual(actors('Rep: Dewi Lestari Anggraini / Red: Bambang Sutejo Hadi'), [
      'Dewi Lestari Anggraini/PER/Dewi Lestari Anggraini', 'Bambang Sutejo Hadi/PER/Bambang Sutejo Hadi',
    ]);
    assert.deepEqual(actors('Warga mengungsi di pinggir kota. (ANTARA/Getty Images/Rudi Hartanto)'), [
      'ANTARA/ORG/Lembaga Kantor Berita Nasional Antara', 'Getty Images/ORG/Getty Images', 'Rudi Hartanto/PER/Rudi Hartanto',
    ]);
  });

  it('a KB first name before an unknown surname is another person, and the speaker', () => {
    const text = 'Pengacara terdakwa, Fransiskus Lamury, membantah dakwaan. "Klien kami tidak bersalah," ujarnya.';
    assert.deepEqual(actors(text), ['Fransiskus Lamury/PER/Fransiskus Lamury']);
    assert.deepEqual(speakers(text), ['Fransiskus Lamury']);
  });

  it('11. two spaces or a no-break space inside a name keep it whole (KB and unknown names)', () => {
    assert.deepEqual(actors('Menurut Airlangga  Hartarto, ekspor naik.'), ['Airlangga  Hartarto/PER/Airlangga Hartarto']);
    assert.deepEqual(actors('Juru bicara Kremlin Dmitry\u00a0Peskov menolak.'), ['Kremlin/ORG/Kremlin', 'Dmitry\u00a0Peskov/PER/Dmitry Peskov']);
    // An unknown name's identity is single-spaced (more cases: layout-robustness.test.ts).
    assert.deepEqual(actors('"Kami siap," kata Ratna  Sari Dewanti.'), ['Ratna  Sari Dewanti/PER/Ratna Sari Dewanti']);
  });

  it('12. Malaysian honorifics stay outside the name; "Amerika Syarikat" is one GPE', () => {
    assert.deepEqual(actors('Perdana Menteri Malaysia Datuk Seri Anwar Ibrahim bertemu Tan Sri Rahman Yusof dan Dato\' Rosli Mahmud.'), [
      'Malaysia/GPE/Malaysia', 'Anwar Ibrahim/PER/Anwar Ibrahim', 'Rahman Yusof/PER/Rahman Yusof', 'Rosli Mahmud/PER/Rosli Mahmud',
    ]);
    assert.deepEqual(actors('"Kami menulis kepada Amerika Syarikat," ujar Anwar.'), ['Amerika Syarikat/GPE/United States', 'Anwar/PER/Anwar Ibrahim']);
  });

  it('16. a hyphenated given name stays whole, so the speaker named by a description is the whole person', () => {
    const text = 'Pelatih tim, Park Jae-won, kecewa. "Kami kalah di menit akhir," ujar pelatih asal Korea itu.';
    assert.deepEqual(actors(text), ['Park Jae-won/PER/Park Jae-won', 'Korea/GPE/South Korea']);
    assert.deepEqual(speakers(text), ['Park Jae-won']);
  });

  it('10. a full name misspelt once is the same person, and so are the words of the misspelling', () => {
    const text = 'Juru bicara Surasak Pongpanich membantah. "Kami tidak menembak lebih dulu," ujar Surasak Phongpanich. Phongpanich menambahkan pasukan siaga.';
    assert.deepEqual(actors(text), [
      'Surasak Pongpanich/PER/Surasak Pongpanich', 'Surasak Phongpanich/PER/Surasak Pongpanich', 'Phongpanich/PER/Surasak Pongpanich',
    ]);
    assert.deepEqual(speakers(text), ['Surasak Pongpanich']);
  });

  it('10. names one letter apart in a short word, or in their first letter, stay different people', () => {
    assert.deepEqual(actors('Ahmad Kamal hadir. Ahmad Jamal tidak hadir. Andi Wijaya dan Andri Wijaya bersaudara.'), [
      'Ahmad Kamal/PER/Ahmad Kamal', 'Ahmad Jamal/PER/Ahmad Jamal', 'Andi Wijaya/PER/Andi Wijaya', 'Andri Wijaya/PER/Andri Wijaya',
    ]);
  });

  it('13. quotes with no attribution clause continue the last speaker', () => {
    const text = 'Pelatih Dimas Wirayudha kecewa. "Kami kalah di menit akhir," kata Dimas.\n"Para pemain sudah berjuang sampai peluit terakhir."\n"Kami akan bangkit di laga berikutnya."';
    assert.deepEqual(speakers(text), ['Dimas Wirayudha', 'Dimas Wirayudha', 'Dimas Wirayudha']);
  });

  it('13. "X, dalam keterangan tertulis, menyatakan": the channel between speaker and verb keeps X the speaker of "tulisnya"', () => {
    const text = 'Yusuf Hamdani mengatakan pasien bertambah. "Kami kewalahan," katanya.\nPerwakilan lembaga itu, Hana Pratiwi, dalam keterangan tertulis menyatakan dukungan teknis. "Penyakit ini bisa dicegah sepenuhnya," tulisnya.';
    assert.deepEqual(speakers(text), ['Yusuf Hamdani', 'Hana Pratiwi']);
  });

  it('14. a run of quoted posts closed by one attribution takes its speaker', () => {
    const text = 'Ia menulis di akun X pada Senin malam.\n"Hari ini adalah hari yang sangat berat bagi kami semua."\n"Terima kasih untuk semua yang sudah mendukung kami," cuit Laras Putri Ayu.';
    assert.deepEqual(speakers(text), ['Laras Putri Ayu', 'Laras Putri Ayu']);
  });

  it('15. "kata X kepada <outlet>" is X; an unnamed source speaking to an outlet is nobody named', () => {
    assert.deepEqual(speakers('"Kami tidak pernah menerima uang dari siapa pun," kata Bima Santoso kepada Antara.'), ['Bima Santoso']);
    assert.deepEqual(speakers('"Situasi di perbatasan masih sangat tegang sejak kemarin," kata seorang pejabat yang enggan disebut namanya kepada Antara.'), [null]);
  });

  it('speaker: an appositive name before a speech verb after a comma is a person who speaks', () => {
    const text = 'Seorang pengungsi, Suwarti, menuturkan air datang tiba-tiba. "Kami lari tanpa membawa apa-apa," katanya.';
    assert.deepEqual(actors(text), ['Suwarti/PER/Suwarti']);
    assert.deepEqual(speakers(text), ['Suwarti']);
  });
});
