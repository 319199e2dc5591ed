import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

// Issue 13 (dev d258): a numbered state school with its town is a body, not the town.
describe('a numbered school ("SMA Negeri 5 <town>", "SMPN 2 <town>")', () => {
  it('reads level, number and the town the KB knows as one body', () => {
    assert.deepEqual(actors('Orang tua murid SMA Negeri 7 Malang memprotes aturan baru itu.'), ['SMA Negeri 7 Malang/ORG']);
    assert.deepEqual(actors('Tim robotik SMKN 4 Bandung juara nasional.'), ['SMKN 4 Bandung/ORG']);
  });
  it('keeps the head teacher named after the school apart', () => {
    assert.deepEqual(actors('Kepala SMP Negeri 9 Medan Lestiani Putri menolak tudingan itu.'), ['SMP Negeri 9 Medan/ORG', 'Lestiani Putri/PER']);
  });
  it('takes one unknown word after the number as the school\'s place', () => {
    assert.deepEqual(actors('Atap SD Negeri 3 Sukawangi roboh semalam.'), ['SD Negeri 3 Sukawangi/ORG']);
  });
  it('leaves the head teacher\'s one name after the number to the person', () => {
    assert.ok(!actors('Kepala SMPN 4 Rudi mengatakan sekolah diliburkan.').includes('SMPN 4 Rudi/ORG'));
  });
  it('reads no school in a level followed by a count of time', () => {
    assert.deepEqual(actors('Ia lulus dari SMA 3 tahun lalu.'), []);
    assert.deepEqual(actors('Ia pindah dari SD 2 kali dalam setahun.'), []);
  });
  it('leaves a level without its number no actor', () => {
    assert.deepEqual(actors('Ia lulusan SMA di Bogor.'), ['Bogor/GPE']);
  });
  it('reads a madrasah or school spelled out, with its number and town, as one body', () => {
    assert.deepEqual(actors('Siswa Madrasah Aliyah Negeri 2 Kota Mataram menjuarai lomba debat.'), ['Madrasah Aliyah Negeri 2 Kota Mataram/ORG']);
    assert.deepEqual(actors('Gedung Madrasah Tsanawiyah Negeri 4 Sleman retak.'), ['Madrasah Tsanawiyah Negeri 4 Sleman/ORG']);
    assert.deepEqual(actors('Ia mengajar di Sekolah Menengah Atas Negeri 1 Kupang.'), ['Sekolah Menengah Atas Negeri 1 Kupang/ORG']);
    assert.deepEqual(actors('Guru MAN 3 Yogyakarta mendampingi siswa.'), ['MAN 3 Yogyakarta/ORG']);
  });
  it('reads a state madrasah by its mixed-case initials "MTsN" / "MTs Negeri" as one body (fix45c)', () => {
    assert.deepEqual(actors('Siswa MTsN 2 Kediri meraih medali emas.'), ['MTsN 2 Kediri/ORG']);
    assert.deepEqual(actors('Kepala MTsN 1 Sleman, Ahmad Fauzi, hadir di lokasi.'), ['MTsN 1 Sleman/ORG', 'Ahmad Fauzi/PER']);
    assert.deepEqual(actors('Siswa MTs Negeri 5 Bantul berprestasi.'), ['MTs Negeri 5 Bantul/ORG']);
    assert.deepEqual(actors('Ia lulusan MTs di Bantul.'), ['Bantul/GPE']);
  });
  it('reads a private madrasah named after its level as a body, not a person', () => {
    assert.deepEqual(actors('Sengketa lahan Madrasah Tsanawiyah Nurul Huda berlanjut.'), ['Madrasah Tsanawiyah Nurul Huda/ORG']);
  });
  it('leaves a madrasah level without its number alone', () => {
    assert.deepEqual(actors('Lulusan madrasah aliyah di Bima banyak yang merantau.'), ['Bima/GPE']);
  });
});
