import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';

function actors(text: string): string[] {
  return analyze(text).actors.map((a) => `${a.type} ${a.text} = ${a.canonical}`);
}

const COMPANY = 'PT Benang Mas Nusantara Tbk';
const OPENING = `${COMPANY} gagal membayar bunga surat utangnya.`;

// A listed company's short name ending in "Mas" (gold) is the company: not cut before "Mas"
// (extents.ts titleWordEndsName), and not glued to the corporate secretary's title
// (corporate-secretary.ts): dev d367.
describe('actors49b: a company\'s short name in "Mas" and the corporate secretary (corporate-secretary.ts, extents.ts)', () => {
  it('reads the short name whole as the company', () => {
    for (const text of [
      `${OPENING} Dalam keterbukaan informasi, manajemen Benang Mas menulis bahwa perseroan kesulitan.`,
      `${OPENING} Sekretaris Perusahaan Benang Mas, Yohana Setiadi, mengatakan pabrik masih beroperasi.`,
      `${OPENING} Hal itu disampaikan Direktur Keuangan Benang Mas, Rina Wulandari.`,
    ]) assert.ok(actors(text).includes(`ORG Benang Mas = ${COMPANY}`), `${text}: ${actors(text).join(' | ')}`);
  });
  it('leaves a company after the title, a term of address before a name and other bodies alone', () => {
    const cases: [string, string][] = [
      ['Sekretaris Perusahaan PT Garam, Andi Saputra, membantah kabar itu.', 'ORG PT Garam = PT Garam'],
      ['Menurut Mas Budi, warga sudah lama menunggu.', 'PER Budi = Budi'],
      ['Perusahaan Listrik Negara menaikkan tarif pada Januari.', 'ORG Perusahaan Listrik Negara = Perusahaan Listrik Negara'],
      ['Sekretaris Perusahaan Daerah Pasar Jaya, Budi Santoso, membenarkan kabar itu.', 'ORG Perusahaan Daerah Pasar Jaya = Perusahaan Daerah Pasar Jaya'],
      ['Sekretaris Daerah Kabupaten Kampar, Yusri, membuka rapat.', 'PER Yusri = Yusri'],
      // (review49: "Perusahaan Air Minum", a water company's legal name, as "Perusahaan Daerah")
      ['Sekretaris Perusahaan Air Minum Tirta Kahuripan, Dani Ramdani, menyebut pasokan normal.', 'ORG Perusahaan Air Minum Tirta Kahuripan = Perusahaan Air Minum Tirta Kahuripan'],
    ];
    for (const [text, want] of cases) assert.ok(actors(text).includes(want), `${text}: ${actors(text).join(' | ')}`);
    const bot = 'Ia menulis bahwa chatbot bernama Si Mas itu membocorkan data warga.';
    assert.ok(!actors(bot).some((a) => a.includes('Si Mas')), actors(bot).join(' | '));
  });
});
