// A court or prosecutors' office written by its short head ("PN", "PTUN", "Kejari") is named
// for its seat as written, as the full name is (regional-names.ts regionalCanonical; issue 13,
// actors53, dev d443's kind): "PN Kolaka" is "Pengadilan Negeri Kolaka", not "… Kabupaten
// Kolaka", and the full name written in the same article keeps that identity. Sentences
// written for this test.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const canonicalOf = (text: string, surface: string) => analyze(text).actors.find((a) => a.text === surface)?.canonical;

describe('a court named by its short head (actors53)', () => {
  it('takes its seat as written, whatever the regency is called', () => {
    assert.equal(canonicalOf('Sidang perdata itu digelar di PN Kolaka, Selasa.', 'PN Kolaka'), 'Pengadilan Negeri Kolaka');
    assert.equal(canonicalOf('Gugatan itu didaftarkan ke PTUN Jayapura pekan lalu.', 'PTUN Jayapura'), 'Pengadilan Tata Usaha Negara Jayapura');
  });
  it('the full name in the same article keeps the same identity', () => {
    const text = 'Warga Kabupaten Pati menggugat ke Pengadilan Negeri Pati. Hakim PN Pati menunda sidang.';
    assert.equal(canonicalOf(text, 'Pengadilan Negeri Pati'), 'Pengadilan Negeri Pati');
    assert.equal(canonicalOf(text, 'PN Pati'), 'Pengadilan Negeri Pati');
  });
  it('(guard) a province written short is spelt out; a prosecutors\' office keeps its seat', () => {
    assert.equal(canonicalOf('Berkas itu dilimpahkan ke Kejati Jabar kemarin.', 'Kejati Jabar'), 'Kejaksaan Tinggi Jawa Barat');
    assert.equal(canonicalOf('Kasus itu kini ditangani Kejari Katingan.', 'Kejari Katingan'), 'Kejaksaan Negeri Katingan');
  });
  it('(guard) a regency government written short keeps its prefix', () => {
    assert.equal(canonicalOf('Bantuan itu disalurkan Pemkab Kolaka kepada nelayan.', 'Pemkab Kolaka'), 'Pemerintah Kabupaten Kolaka');
  });
});
