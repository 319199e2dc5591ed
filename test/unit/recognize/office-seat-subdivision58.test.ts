// Session 58 (canon58b, issue 13): a foreign place written right after a governor's title, a
// regional administration's title or a lower-case designator names the subdivision the office
// governs, not the city sharing its name (eval/README: "Gubernur Odesa" = Odesa Oblast; old
// 17, dev d36, d220, d447). Own invented sentences.
import assert from 'node:assert/strict';
import { actorsWithBuiltinKb as actors } from './helpers';

describe('a foreign place after a governor\'s title or a lower-case designator', () => {
  it('is the subdivision the office governs', () => {
    assert.deepEqual(actors('Gubernur Odesa Oleh Kiper meninjau dermaga yang rusak.'),
      ['Odesa/GPE/Odesa Oblast', 'Oleh Kiper/PER/Oleh Kiper']);
    assert.deepEqual(actors('Dua calon menggugat hasil pemilihan gubernur Kisumu ke pengadilan.'),
      ['Kisumu/GPE/Kisumu County']);
    assert.deepEqual(actors('Kepala Administrasi Regional Kherson Petro Bondarenko menyebut jembatan itu putus.'),
      ['Kherson/GPE/Kherson Oblast', 'Petro Bondarenko/PER/Petro Bondarenko']);
    assert.deepEqual(actors('Petani tebu di provinsi Surin menunggu hujan.'), ['Surin/GPE/Surin province']);
  });
  it('leaves the city where no such word stands before it', () => {
    assert.deepEqual(actors('Wali Kota Kharkiv Ihor Terekhov meminta warga berlindung.'),
      ['Kharkiv/GPE/Kharkiv', 'Ihor Terekhov/PER/Ihor Terekhov']);
    assert.deepEqual(actors('Rudal menghantam pelabuhan Odesa pada malam hari.'), ['Odesa/GPE/Odesa']);
  });
  it('leaves an Indonesian province its own name', () => {
    assert.deepEqual(actors('Gubernur Jawa Barat meninjau tanggul di Bekasi.'),
      ['Jawa Barat/GPE/Jawa Barat', 'Bekasi/GPE/Bekasi']);
    assert.deepEqual(actors('Harga gabah di provinsi Jawa Barat turun pekan ini.'), ['Jawa Barat/GPE/Jawa Barat']);
  });
});
