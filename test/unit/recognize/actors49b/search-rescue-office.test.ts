import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { defaultKbIndex } from '../../../../src/core/recognize/default-kb';
import { regionalCanonical } from '../../../../src/core/recognize/regional-names';

// "Kantor SAR <town>" is the search-and-rescue agency's office, whose official name spells
// "SAR" out as "Pencarian dan Pertolongan" and keeps its seat as written (the sets' gold:
// d45, d104, d182, d335, d340, d342, d361, d372).
describe('actors49b: a search-and-rescue office takes its official name (search-rescue-office.ts)', () => {
  const kb = defaultKbIndex();
  it('spells out "Kantor SAR" and keeps the seat as written', () => {
    assert.equal(regionalCanonical('Kantor SAR Mataram', kb), 'Kantor Pencarian dan Pertolongan Mataram');
    assert.equal(regionalCanonical('Kantor SAR Mamuju', kb), 'Kantor Pencarian dan Pertolongan Mamuju');
    assert.equal(regionalCanonical('Kantor SAR Pangkalpinang', kb), 'Kantor Pencarian dan Pertolongan Pangkalpinang');
  });
  it('gives the office that name in an article', () => {
    const text = 'Kantor SAR Kendari mengerahkan dua perahu karet. Kepala Kantor SAR Kendari, Yusuf Latif, mengatakan pencarian dilanjutkan besok.';
    const offices = analyze(text).actors.filter((a) => a.text === 'Kantor SAR Kendari');
    assert.equal(offices.length, 2);
    for (const a of offices) assert.equal(a.canonical, 'Kantor Pencarian dan Pertolongan Kendari');
  });
  it('leaves other offices, SAR teams and the national agency alone', () => {
    assert.equal(regionalCanonical('Kantor Pertanahan Kendal', kb), 'Kantor Pertanahan Kabupaten Kendal');
    assert.equal(regionalCanonical('Tim SAR Gabungan', kb), undefined);
    assert.equal(regionalCanonical('Kantor SAR', kb), undefined);
    const text = 'Tim SAR gabungan dari Basarnas dan BPBD Garut menyisir sungai. Kantor Staf Presiden memantau.';
    const names = analyze(text).actors.map((a) => a.canonical);
    assert.ok(!names.some((n) => n.includes('Pencarian dan Pertolongan ')), names.join(' | '));
  });
});
