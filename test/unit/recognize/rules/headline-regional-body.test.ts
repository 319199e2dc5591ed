import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

const headlineOrgs = (headline: string) => analyze(`${headline}\n\nIsi berita.`).actors.filter((a) => a.type === 'ORG').map((a) => `${a.text}/${a.canonical}`);

describe('rule headline-regional-body', () => {
  it('a regional council\'s commission before the council is one body (dev d93, d129)', () => {
    assert.deepEqual(headlineOrgs('Jalan Rusak Bertahun-tahun, Komisi III DPRD Jember Panggil Dinas PU'),
      ['Komisi III DPRD Jember/Komisi III Dewan Perwakilan Rakyat Daerah Kabupaten Jember']);
    assert.deepEqual(headlineOrgs('Harga Gabah Anjlok, Komisi B DPRD Jateng Datangi Bulog'),
      ['Komisi B DPRD Jateng/Komisi B Dewan Perwakilan Rakyat Daerah Provinsi Jawa Tengah', 'Bulog/Perum Bulog']);
  });
});
