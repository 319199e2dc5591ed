// Session 51 (actors51): a state company's numbered regional unit ("Divisi Regional IV
// Tanjungkarang", "Divre III Kertapati") is part of the company's name even when the KB does
// not know the unit's seat: the number closes the unit's own words, so the one capitalised
// word after it that ends the name is the seat (company-unit.ts). The identity spells the unit
// out as the company writes it in full ("Divre" → "Divisi Regional", "UP3" → "Unit Pelaksana
// Pelayanan Pelanggan"), as the gold names every such unit. Own invented sentences.
import assert from 'node:assert/strict';
import { typedActorsWithBuiltinKb as actors, orgsWithBuiltinKb as orgs } from './helpers';

describe('actors51: a company\'s numbered regional unit', () => {
  it('takes the seat after the unit\'s number, also where the KB does not know it', () => {
    assert.deepEqual(orgs('Pertemuan itu berlangsung di aula PT Kereta Api Indonesia (Persero) Divisi Regional IV Tanjungkarang, Kamis.'), [
      'PT Kereta Api Indonesia (Persero) Divisi Regional IV Tanjungkarang/PT Kereta Api Indonesia Divisi Regional IV Tanjungkarang']);
    assert.deepEqual(orgs('Juru bicara KAI Divre IV Tanjungkarang, Dewi Lestari, meminta warga menutup perlintasan liar.'), [
      'KAI Divre IV Tanjungkarang/PT Kereta Api Indonesia Divisi Regional IV Tanjungkarang']);
  });
  it('names a unit written by its abbreviation in full', () => {
    assert.deepEqual(orgs('Petugas PLN UP3 Kupang memulihkan aliran listrik ke rumah sakit.'), [
      'PLN UP3 Kupang/Perusahaan Listrik Negara Unit Pelaksana Pelayanan Pelanggan Kupang']);
    assert.deepEqual(orgs('Penumpang kereta dari KAI Daop 6 Yogyakarta diminta datang lebih awal.'), [
      'KAI Daop 6 Yogyakarta/PT Kereta Api Indonesia Daerah Operasi 6 Yogyakarta']);
  });
  it('reads a forest district after the state forestry company', () => {
    assert.deepEqual(orgs('Administratur Perhutani KPH Madiun, Bambang Irawan, menutup jalur pendakian.'), [
      'Perhutani KPH Madiun/Perum Perhutani Kesatuan Pemangkuan Hutan Madiun']);
  });
  it('(guard) a unit without a number still needs a place the KB knows', () => {
    assert.deepEqual(actors('Direksi PT Kereta Api Indonesia (Persero) Divisi Umum Kantor Pusat menolak berkomentar.').slice(0, 1), [
      'PT Kereta Api Indonesia (Persero)/ORG']);
  });
  it('(guard) a name running on after the unit\'s number is not taken as its seat', () => {
    assert.deepEqual(actors('Kepala KAI Divre IV Tanjungkarang Dewi Lestari menolak berkomentar.').includes('KAI Divre IV Tanjungkarang Dewi/ORG'), false);
  });
  it('(guard) a unit with a known place reads as before', () => {
    assert.deepEqual(orgs('PT PLN (Persero) Unit Induk Distribusi Bali memadamkan listrik bergilir.'), [
      'PT PLN (Persero) Unit Induk Distribusi Bali/Perusahaan Listrik Negara Unit Induk Distribusi Bali']);
  });
});
