// Error patterns found on the eighteenth batch of dev articles (eval/gold-new/dev d135-d142:
// a hospital leaving BPJS, a data centre, a festival, a peat fire, an ASEAN summit,
// Lebanon-Israel talks, a Zambian court ruling, a dengue outbreak), each with a sentence
// written for this test, read with the built-in KB. Every case failed before its change.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('dev-set patterns, eighteenth batch (issue 13)', () => {
  it('a Japanese prefecture with its designator is one place, named by its English title (d137)', () => {
    assert.deepEqual(linked('Kelompok tari dari Prefektur Shizuoka, Jepang, ikut tampil.'), [
      'Prefektur Shizuoka/GPE/Shizuoka Prefecture', 'Jepang/GPE/Japan',
    ]);
  });
  it('"Mbok" is a term of address outside the name; "Sanggar" and "Kontingen" head bodies (d137, d140)', () => {
    assert.deepEqual(linked('Ketua Sanggar Seni Jingga Blambangan, Mbok Sriatun, menyebut hal itu.'), [
      'Sanggar Seni Jingga Blambangan/ORG/Sanggar Seni Jingga Blambangan', 'Sriatun/PER/Sriatun',
    ]);
    assert.deepEqual(linked('Sebanyak 750 prajurit bertugas dalam Kontingen Garuda.'), ['Kontingen Garuda/ORG/Kontingen Garuda']);
  });
  it('an English name ending in "Organization" is a body, a country before it included (d136)', () => {
    assert.deepEqual(linked('Ketua Indonesia Data Center Provider Organization (IDPRO) Hendra Suryakusuma hadir.'), [
      'Indonesia Data Center Provider Organization/ORG/Indonesia Data Center Provider Organization',
      'IDPRO/ORG/Indonesia Data Center Provider Organization', 'Hendra Suryakusuma/PER/Hendra Suryakusuma',
    ]);
  });
  it('an unknown name after "asal" is a place (d137)', () => {
    assert.deepEqual(linked('Seorang wisatawan asal Perth, Australia, Claire Donovan, mengaku senang.'), [
      'Perth/GPE/Perth', 'Australia/GPE/Australia', 'Claire Donovan/PER/Claire Donovan',
    ]);
    // (a one-word place the gazetteer knows only as a regency is that regency, as the gold
    // writes it in all 27 mentions of such places; session 50, regional-names.ts placeRegency)
    assert.deepEqual(linked('Pebulu tangkis asal Kudus itu menang.'), ['Kudus/GPE/Kabupaten Kudus']);
  });
  it('a city the gazetteer writes in one word is found in two, by its official name (d138)', () => {
    assert.deepEqual(linked('Wali Kota Palangka Raya Fairid Naparin meliburkan sekolah. Di Palangkaraya, warga memakai masker.'), [
      'Palangka Raya/GPE/Palangka Raya', 'Fairid Naparin/PER/Fairid Naparin', 'Palangkaraya/GPE/Palangka Raya',
    ]);
    assert.deepEqual(linked('Warga Kota Pangkalpinang dan Kota Pematang Siantar mengungsi.'), [
      'Kota Pangkalpinang/GPE/Pangkalpinang', 'Kota Pematang Siantar/GPE/Pematangsiantar',
    ]);
  });
  it('a court or electoral body with a foreign country is that country\'s, by its English title, also by its short name (d141)', () => {
    assert.deepEqual(linked('Mahkamah Konstitusi Zambia menolak gugatan. Komisi Pemilihan Umum Zambia (ECZ) mencatat hasilnya.'), [
      'Mahkamah Konstitusi Zambia/ORG/Constitutional Court of Zambia', 'Komisi Pemilihan Umum Zambia/ORG/Electoral Commission of Zambia',
      'ECZ/ORG/Electoral Commission of Zambia',
    ]);
    assert.deepEqual(linked('MK Zambia Tolak Gugatan Oposisi'), ['MK Zambia/ORG/Constitutional Court of Zambia']);
    assert.deepEqual(linked('Mahkamah Agung Filipina memutuskan perkara itu.'), ['Mahkamah Agung Filipina/ORG/Supreme Court of the Philippines']);
    // (Indonesia's own court stays the KB's)
    assert.deepEqual(linked('Hakim MK Anwar Usman hadir.')[0], 'MK/ORG/Mahkamah Konstitusi');
  });
  it('after a title, the holder\'s name is the tail that reads best as a name, not the longest (d138: a station named after an airport)', () => {
    assert.deepEqual(linked('Prakirawan Stasiun Meteorologi Tjilik Riwut Rina Oktaviani memperkirakan hujan baru turun.'), [
      'Stasiun Meteorologi Tjilik Riwut/ORG/Stasiun Meteorologi Tjilik Riwut', 'Rina Oktaviani/PER/Rina Oktaviani',
    ]);
  });
  it('power units and power plants are no actors: "120 megawatt (MW)", "PLTU Suralaya" (d136)', () => {
    assert.deepEqual(linked('Fasilitas 120 megawatt (MW) itu dipasok PLTU 2x1.000 MW lewat jaringan 150 kV.'), []);
    assert.deepEqual(linked('Listrik dari PLTU Suralaya di Cilegon terganggu, kata PLN.'), ['Cilegon/GPE/Cilegon', 'PLN/ORG/Perusahaan Listrik Negara']);
  });
  it('a name after "negara bagian" is a place; UNIFIL by its Indonesian name is UNIFIL (d139, d140)', () => {
    assert.deepEqual(linked('Tim dikirim ke negara bagian Rakhine dan Kachin.').map((m) => m.split('/').slice(0, 2).join('/')), ['Rakhine/GPE', 'Kachin/GPE']);
    assert.deepEqual(linked('Pasukan Sementara PBB di Lebanon (UNIFIL) mencatat pelanggaran.'), [
      'Pasukan Sementara PBB di Lebanon/ORG/United Nations Interim Force in Lebanon', 'UNIFIL/ORG/United Nations Interim Force in Lebanon',
    ]);
  });
});
