import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('company-short-name ("PT … (Persero) atau Pelni")', () => {
  it('makes the word after "atau" a mention of the company, and so every later mention of it', () => {
    assert.deepEqual(linked('Danantara menyiapkan penggabungan PT Pelayaran Nasional Indonesia (Persero) atau Pelni dengan mitra.\nKetua Serikat Pekerja Pelni, Yosef Bili, hadir. Direktur Utama Pelni, Tri Andayani, hadir.').filter((s) => s.startsWith('Pelni')), [
      'Pelni/ORG/PT Pelayaran Nasional Indonesia (Persero)', 'Pelni/ORG/PT Pelayaran Nasional Indonesia (Persero)',
    ]);
  });
  it('reads no short name after another organisation, nor a name of two words', () => {
    assert.deepEqual(linked('Kementerian Keuangan atau Kemenkeu hadir.').length, 2);
    assert.deepEqual(linked('Saham PT Sinar Laut Tbk atau Budi Santoso naik.').map((s) => s.split('/')[0]), ['PT Sinar Laut Tbk', 'Budi Santoso']);
  });
});
