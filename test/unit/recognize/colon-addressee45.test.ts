// "X kepada <outlet>: “…”": the one the words are said to is not their speaker
// (speakers45b; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from './helpers';

describe('speakers45b: the addressee named before a colon (colon-addressee.ts)', () => {
  it('gives the quote to the one named before "kepada"', () => {
    assert.deepEqual(speakers('Menteri Perdagangan Sinta Wulandari kepada Kompas: “Harga beras akan stabil sampai akhir tahun.”'), ['Sinta Wulandari']);
    assert.deepEqual(speakers('Budi Santoso menjawab kepada Rina Sari: “Tidak benar, saya tidak pernah menerima uang itu.”'), ['Budi Santoso']);
    assert.deepEqual(speakers('Rudi Hartono kepada Sinta: “Jangan khawatir, semua sudah diurus.”'), ['Rudi Hartono']);
  });

  it('gives the quote to the one named before "kepada" when the addressee has a title (fix45c)', () => {
    assert.deepEqual(speakers('Rina Sari kepada Presiden Budi Santoso: “Warga desa menunggu jembatan itu.”'), ['Rina Sari']);
    assert.deepEqual(speakers('Arif Wicaksono kepada Menlu Jepang: “Kerja sama ini akan kami lanjutkan.”'), ['Arif Wicaksono']);
    assert.deepEqual(speakers('Arif Wicaksono kepada Menteri Luar Negeri Jepang: “Kerja sama ini akan kami lanjutkan.”'), ['Arif Wicaksono']);
  });

  it('leaves a plain "X: “…”" and a sender before "kepada" as they were', () => {
    assert.deepEqual(speakers('Sinta Wulandari: “Harga beras akan stabil sampai akhir tahun.”'), ['Sinta Wulandari']);
    assert.deepEqual(speakers('Pesan itu dikirim Sinta kepada Rudi Hartono: “Tolong segera pulang ke rumah.”'), ['Sinta']);
  });
});
