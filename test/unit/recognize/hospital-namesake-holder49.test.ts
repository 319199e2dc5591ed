// Session 49 (fix49a): 'Kabid Pelayanan RSUD dr. Zainoel Abidin Andi Rahman mengatakan': a
// hospital named after a known doctor ("dr. Zainoel Abidin") ends after the namesake; the
// words after it are the title holder's name (the title phrase before the hospital is theirs),
// not one person "Zainoel Abidin Andi Rahman" (hospital-names.ts, actors/extents.ts). Own
// invented sentences.
import assert from 'node:assert/strict';
import { typedActors as actors } from './helpers';

describe('fix49a: a known namesake hospital, then its title holder', () => {
  it('reads the hospital, then the person', () => {
    assert.deepEqual(actors('Kabid Pelayanan RSUD dr. Zainoel Abidin Andi Rahman mengatakan pasien sudah pulang.'), ['RSUD dr. Zainoel Abidin/ORG', 'Andi Rahman/PER']);
    assert.deepEqual(actors('Direktur RSUP dr. Hasan Sadikin Rina Wulandari menyatakan stok darah cukup.'), ['RSUP dr. Hasan Sadikin/ORG', 'Rina Wulandari/PER']);
  });
  it('leaves the hospital alone and doctors with other names as they were', () => {
    assert.deepEqual(actors('Pasien dirawat di RSUD dr. Zainoel Abidin Banda Aceh.'), ['RSUD dr. Zainoel Abidin/ORG', 'Banda Aceh/GPE']);
    assert.deepEqual(actors('Kabid Pelayanan RSUD dr. Yuni Astuti mengatakan ruang isolasi penuh.'), ['Yuni Astuti/PER']);
    assert.deepEqual(actors('Pihak RSUP dr. Hasan Sadikin mengatakan stok darah cukup.'), ['RSUP dr. Hasan Sadikin/ORG']);
    assert.deepEqual(actors('Kabid Pelayanan RSUD dr. Zainoel Abidin, Andi Rahman, mengatakan pasien pulih.'), ['RSUD dr. Zainoel Abidin/ORG', 'Andi Rahman/PER']);
  });
});

// 'RSUD dr. H. Soemarno Sosroatmodjo Kuala Kapuas': the town's name opens with "Kuala" before a
// place the KB knows ("Kapuas"); the hospital ends before the town, not after its first word.
describe('fix49a: a hospital before a town named "Kuala X", "Muara X"', () => {
  it('ends the hospital before the town', () => {
    assert.deepEqual(actors('Pasien dirujuk ke RSUD dr. H. Soemarno Sosroatmodjo Kuala Kapuas pada Senin.')[0], 'RSUD dr. H. Soemarno Sosroatmodjo/ORG');
  });
  it('leaves names that open with the word alone', () => {
    assert.deepEqual(actors('Dia dirawat di RSUD Kuala Pembuang.'), ['RSUD Kuala Pembuang/ORG']);
  });
  // Since session 52 the KB knows regency seats (kb/seats.ts), Pangkalan Bun among them: the
  // hospital ends before the town as before "Banda Aceh" above, as the dev gold writes it (d434).
  it('ends the hospital before a regency seat the KB knows', () => {
    assert.deepEqual(actors('Pasien dirawat di RSUD Sultan Imanuddin Pangkalan Bun.'), ['RSUD Sultan Imanuddin/ORG', 'Pangkalan Bun/GPE']);
  });
});
