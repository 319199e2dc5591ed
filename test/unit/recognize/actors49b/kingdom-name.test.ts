import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.type} ${a.text}`);
}

// A kingdom named after its seat goes on with a Javanese epithet: "Ing <place>" or
// "Hadiningrat" (kingdom-name.ts, read by extents.ts orgExtent).
describe('actors49b: a kingdom\'s epithet after its seat is part of its name (kingdom-name.ts)', () => {
  it('keeps "Ing Martadipura" and "Hadiningrat" in the name', () => {
    const text = 'Kerabat Kesultanan Kutai Kartanegara Ing Martadipura menyambut tamu di Tenggarong. "Kami senang," kata Pangeran Aji Ahmad.';
    const found = actors(text);
    assert.ok(found.includes('ORG Kesultanan Kutai Kartanegara Ing Martadipura'), found.join(' | '));
    assert.ok(!found.some((a) => a.includes('Martadipura') && a.startsWith('PER')), found.join(' | '));
    const solo = actors('Upacara itu digelar oleh Kesultanan Yogyakarta Hadiningrat setiap tahun.');
    assert.ok(solo.includes('ORG Kesultanan Yogyakarta Hadiningrat'), solo.join(' | '));
  });
  it('leaves kingdoms without an epithet and other bodies before a place as they were', () => {
    const cases: [string, string][] = [
      ['Sultan dari Kesultanan Ternate hadir bersama Ing Hwa, pengusaha setempat.', 'ORG Kesultanan Ternate'],
      ['Kerabat Kesultanan Kutai Kartanegara menyambut tamu di Tenggarong.', 'ORG Kesultanan Kutai Kartanegara'],
      ['Warga Kerajaan Gowa Ing berkumpul di istana.', 'ORG Kerajaan Gowa'],
      ['Pengurus Dinas Kesehatan Ternate Ing Wijaya datang.', 'ORG Dinas Kesehatan Ternate'],
    ];
    for (const [text, want] of cases) assert.ok(actors(text).includes(want), `${text}: ${actors(text).join(' | ')}`);
  });
});
