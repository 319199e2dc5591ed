import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.type} ${a.text}`);
}

// "Kantor Kementerian Agama Kota Bima" opening a sentence keeps "Kantor": a ministry's
// regional office is named so (ministry-office.ts, read by organisation-head.ts).
describe('actors49b: a ministry\'s regional office opening a sentence (ministry-office.ts)', () => {
  it('keeps "Kantor" before a ministry and its region', () => {
    assert.ok(actors('Kantor Kementerian Agama Kota Bima menyiapkan 20 petugas haji.').includes('ORG Kantor Kementerian Agama Kota Bima'));
    assert.ok(actors('Kantor Kemenag Kabupaten Dompu membuka layanan pengaduan.').includes('ORG Kantor Kemenag Kabupaten Dompu'));
  });
  it('leaves the plain noun before a ministry without a region, and other heads', () => {
    const cases: [string, string][] = [
      ['Kantor Kementerian Keuangan dijaga ketat sejak pagi.', 'ORG Kantor Kementerian Keuangan'],
      ['Kantor KPK di Kuningan didatangi massa.', 'ORG Kantor KPK'],
      ['Pasukan NATO tiba di Vilnius pada Senin.', 'ORG Pasukan NATO'],
      ['Kantor Kementerian Agama di Jalan Gajah Mada tutup.', 'ORG Kantor Kementerian Agama'],
    ];
    for (const [text, not] of cases) assert.ok(!actors(text).includes(not), `${text}: ${actors(text).join(' | ')}`);
  });
});
