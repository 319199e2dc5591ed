// Session 52 (actors52): a regional body whose official name runs on past another body's
// ("Dinas Tenaga Kerja dan Transmigrasi …" past "Dinas Tenaga Kerja") is filed under its own
// short head ("Disnakertrans", not "Disnaker"), so a headline's bare short head finds it
// (regional-names.ts shortHeadOf; dev d413). Own sentences.
import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from './helpers';
import { shortHeadOf } from '../../../src/core/recognize/regional-names';

describe('actors52: a regional body\'s short head is the longest one its name opens with', () => {
  it('files the transmigration office under Disnakertrans', () => {
    assert.equal(shortHeadOf('Dinas Tenaga Kerja dan Transmigrasi Kabupaten Garut'), 'Disnakertrans');
  });
  it('a headline\'s bare Disnakertrans is the office the article names', () => {
    assert.deepEqual(orgs('Upah Buruh Kebun Belum Dibayar, Disnakertrans Turun Tangan\n\nKepala Dinas Tenaga Kerja dan Transmigrasi Kabupaten Garut, Yulianti Dewi, mengatakan pihaknya memanggil perusahaan.'), [
      'Disnakertrans/Dinas Tenaga Kerja dan Transmigrasi Kabupaten Garut',
      'Dinas Tenaga Kerja dan Transmigrasi Kabupaten Garut/Dinas Tenaga Kerja dan Transmigrasi Kabupaten Garut']);
  });
  it('(guard) the labour office alone keeps Disnaker, a health office Dinkes', () => {
    assert.equal(shortHeadOf('Dinas Tenaga Kerja Kota Batam'), 'Disnaker');
    assert.equal(shortHeadOf('Dinas Kesehatan Kabupaten Garut'), 'Dinkes');
  });
});
