import assert from 'node:assert/strict';
import { defaultKbIndex } from '../../../src/core/recognize/default-kb';
import { regionalCanonical } from '../../../src/core/recognize/regional-names';

describe('regional bodies in short form take their official name (regional-names.ts)', () => {
  const kb = defaultKbIndex();
  const cases: [string, string | undefined][] = [
    ['DPRD Blora', 'Dewan Perwakilan Rakyat Daerah Kabupaten Blora'],
    ['DPRD Banten', 'Dewan Perwakilan Rakyat Daerah Provinsi Banten'],
    ['Pemprov Jateng', 'Pemerintah Provinsi Jawa Tengah'],
    ['Dinkes Kota Yogyakarta', 'Dinas Kesehatan Kota Yogyakarta'],
    ['Dinas Lingkungan Hidup Sulawesi Tengah', 'Dinas Lingkungan Hidup Provinsi Sulawesi Tengah'],
    ['Komisi VIII DPR', 'Komisi VIII Dewan Perwakilan Rakyat'],
    ['Komisi IV DPRD Kalimantan Timur', 'Komisi IV Dewan Perwakilan Rakyat Daerah Provinsi Kalimantan Timur'],
    ['Gerakan Pemuda Ansor Purwakarta', 'Gerakan Pemuda Ansor Kabupaten Purwakarta'],
    ['Pengadilan Negeri Semarang', undefined],
    ['Kejaksaan Negeri Kendal', undefined],
    ['Badan Pengawasan Keuangan dan Pembangunan Perwakilan Jawa Tengah', undefined],
    ['Badan Penanggulangan Bencana Daerah Blora', 'Badan Penanggulangan Bencana Daerah Kabupaten Blora'],
    ['Dinas Kesehatan Kota Yogyakarta', undefined],
    ['Sulawesi Tengah', undefined],
    ['Setara Institute', undefined],
  ];
  for (const [name, want] of cases) it(`${name} -> ${want ?? '(unchanged)'}`, () => assert.equal(regionalCanonical(name, kb), want));
});
