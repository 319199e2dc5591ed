// A regional body written with "Kota <city>" keeps the prefix in its name, though the city
// itself is named bare ("Bima"): kb-name.ts (a body the KB knows) and regional-names.ts (a
// body its head makes). Sentences written for this test; both failed before the change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const canon = (text: string) => analyze(text).actors.map((a) => `${a.text}/${a.canonical}`);

describe('a regional body of a city written with its prefix', () => {
  it('keeps "Kota" in the body\'s name', () => {
    assert.deepEqual(canon('Kepala Kantor Pertanahan Kota Bima menolak permohonan itu.'), ['Kantor Pertanahan Kota Bima/Kantor Pertanahan Kota Bima']);
    assert.deepEqual(canon('Lembaga Perlindungan Anak Kota Bima mendampingi korban.'), ['Lembaga Perlindungan Anak Kota Bima/Lembaga Perlindungan Anak Kota Bima']);
  });
  it('(guard) names the city bare, and a body written without the prefix as before', () => {
    assert.deepEqual(canon('Hujan deras mengguyur Kota Bima sejak pagi.'), ['Kota Bima/Bima']);
    assert.deepEqual(canon('Petugas BPN Kendal mengukur ulang lahan itu.'), ['BPN Kendal/Kantor Pertanahan Kabupaten Kendal']);
  });
});
