// A body the article names alone, glued elsewhere to a holder named only once
// (holder-name.ts, read by org-holder-split.ts in the link pass): sentences written for this
// test on the formats of dev articles d198 and d239 (other bodies and people), read with the
// built-in KB. The first two cases failed before the change.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';
import { readsAsHolderName } from '../../../src/core/recognize/holder-name';

describe('a holder named once after a body the article names alone', () => {
  it('cuts the holder\'s name off a company named alone before', () => {
    const text = 'Distributor PT Borneo Tirta Lestari menambah armada.\n\n' +
      'Manajer Operasional PT Borneo Tirta Lestari Hendra Wijaya Lim menambahkan pihaknya memperpanjang jam layanan.';
    assert.deepEqual(linked(text), [
      'PT Borneo Tirta Lestari/ORG/PT Borneo Tirta Lestari', 'PT Borneo Tirta Lestari/ORG/PT Borneo Tirta Lestari',
      'Hendra Wijaya Lim/PER/Hendra Wijaya Lim',
    ]);
  });
  it('cuts a rector\'s name off a university named alone before', () => {
    const text = 'Bupati meminta Universitas Tanjung Harapan menyusun kamus.\n\nRektor Universitas Tanjung Harapan Paulus Lere Sina menyambut baik permintaan itu.';
    const found = linked(text);
    assert.ok(found.includes('Paulus Lere Sina/PER/Paulus Lere Sina'), found.join(', '));
    assert.equal(found.filter((a) => a.startsWith('Universitas Tanjung Harapan/ORG')).length, 2, found.join(', '));
  });
  it('(guard) a longer name of the same body, ending in its branch or its town, is no holder', () => {
    const text = 'Bank Sentosa Makmur menaikkan bunga.\n\nKepala Bank Sentosa Makmur Cabang Utama menolak berkomentar.';
    assert.ok(!linked(text).some((a) => a.startsWith('Cabang Utama/PER')));
    assert.equal(readsAsHolderName('Bank Sentosa Makmur Kota Malang', 20, 31, ['Kota', 'Malang']), false);
  });
  it('reads two or three words as a holder\'s name, no more and no fewer', () => {
    assert.equal(readsAsHolderName('PT X Hendra Wijaya Lim menambahkan', 5, 22, ['Hendra', 'Wijaya', 'Lim']), true);
    assert.equal(readsAsHolderName('PT X Hendra menambahkan', 5, 11, ['Hendra']), false);
  });
});
