// A regional hospital written with its type's abbreviation ("RSUD X", "RSUP X", "RSU X") is
// named by its official name, the abbreviation written out (the sets' decision, eval/README.md
// "Conventions settled in session 48"; hospital-names.ts). Sentences written for this test.
import assert from 'node:assert/strict';
import { linkedOrgs as orgs } from './helpers';
import { spelledOutHospital } from '../../../src/core/recognize/hospital-names';

describe('regional hospitals by their written-out names (hospital-names.ts)', () => {
  it('writes out the type abbreviation that opens the name', () => {
    assert.equal(spelledOutHospital('RSUD Kota Mataram'), 'Rumah Sakit Umum Daerah Kota Mataram');
    assert.equal(spelledOutHospital('RSUP Dr Sardjito'), 'Rumah Sakit Umum Pusat Dr Sardjito');
    assert.equal(spelledOutHospital('RSU Negara'), 'Rumah Sakit Umum Negara');
    assert.equal(spelledOutHospital('RSD dr. Soebandi'), 'Rumah Sakit Daerah dr. Soebandi');
  });
  it('(guard) leaves other names, a private mother-and-child hospital and a bare abbreviation as written', () => {
    for (const name of ['RSIA Permata Bunda', 'RSUD', 'Rumah Sakit Umum Daerah Praya', 'RSUDAM Lampung', 'Dinas Kesehatan']) assert.equal(spelledOutHospital(name), name);
  });
  it('names the hospitals an article writes short by their official names', () => {
    const text = 'Sebanyak 14 pasien dirawat di RSUD Sekar Wangi. Dua pasien lain dirujuk ke RSUP Dr Kariadi di Semarang, ' +
      'sedangkan seorang anak dibawa ke RSU Mitra Sehat oleh orang tuanya.';
    const found = orgs(text);
    assert.ok(found.includes('RSUD Sekar Wangi/Rumah Sakit Umum Daerah Sekar Wangi'), found.join(', '));
    assert.ok(found.includes('RSUP Dr Kariadi/Rumah Sakit Umum Pusat Dr Kariadi'), found.join(', '));
    assert.ok(found.includes('RSU Mitra Sehat/Rumah Sakit Umum Mitra Sehat'), found.join(', '));
  });
  it('keeps one identity for a hospital named with and without its region\'s prefix', () => {
    const found = orgs('Korban dibawa ke RSUD Kota Banjar. Pihak RSUD Banjar menambah dua ruang isolasi.');
    assert.deepEqual(found, ['RSUD Kota Banjar/Rumah Sakit Umum Daerah Kota Banjar', 'RSUD Banjar/Rumah Sakit Umum Daerah Kota Banjar']);
  });
});

// Session 48 review (fix48a): "RSD" is also an emergency hospital (Rumah Sakit Darurat).
describe('fix48a: an RSD hospital', () => {
  it('is written out before a doctor\'s name only, and never cut', () => {
    assert.equal(spelledOutHospital('RSD Wisma Atlet'), 'RSD Wisma Atlet');
    assert.deepEqual(orgs('Ribuan pasien dirawat di RSD Wisma Atlet Kemayoran sejak Senin.'), ['RSD Wisma Atlet Kemayoran/RSD Wisma Atlet Kemayoran']);
    assert.deepEqual(orgs('Dua pasien dirawat di RSD dr. Soebandi, Jember.'), ['RSD dr. Soebandi/Rumah Sakit Daerah dr. Soebandi']);
  });
});
