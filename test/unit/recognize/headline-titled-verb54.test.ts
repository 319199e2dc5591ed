// "…, Bupati Sikka Akui <clause>": a title before a place or a body, then a headline's
// reporting verb, names the one the body introduces with that title ("Bupati Sikka,
// Robertus …"), as before a headline's colon ("Rektor Untan: …", headline-title-speaker.ts).
// The paragraph pass, which knows the headline alone, gave the statement to the place; the
// link pass re-attributes it (headline-verb-speaker.ts). (speakers54: dev d454; the kind —
// a headline statement whose subject is a role or title, not a name — in all four readable
// batches.) Articles written for this test.
import assert from 'node:assert/strict';
import { statementPairsOf } from './helpers';

const speakerOf = (text: string, content: string): string | null | undefined => statementPairsOf(text).find(([t]) => t === content)?.[1];

const LEAD = '\n\nMAUMERE - Kemarau panjang membuat ratusan hektare sawah di pesisir utara gagal tanam.';

describe('a headline verb after a title and a place or body (headline-verb-speaker.ts)', () => {
  it('"Bupati Sikka Akui <clause>": the regent the body names with the title', () => {
    const text = 'Sawah Kering di Pesisir, Bupati Sikka Akui Stok Benih Hanya Cukup Sepekan' + LEAD
      + '\n\nBupati Sikka, Robertus Lamawuran, mengakui stok benih di gudang daerah menipis.';
    assert.equal(speakerOf(text, 'Stok Benih Hanya Cukup Sepekan'), 'Robertus Lamawuran');
  });
  it('guard (held before): "Ketua <body> Sebut <clause>": the chair the body names right after the body', () => {
    const text = 'Rapat Dengar Pendapat, Ketua Koperasi Tani Makmur Sebut Pupuk Subsidi Terlambat Dua Bulan' + LEAD
      + '\n\nKetua Koperasi Tani Makmur, Agustinus Wolo, menyebut pupuk subsidi terlambat tiba sejak awal musim.';
    assert.equal(speakerOf(text, 'Pupuk Subsidi Terlambat Dua Bulan'), 'Agustinus Wolo');
  });
  it('guard: the holder of another title is no speaker of the headline', () => {
    const text = 'Sawah Kering di Pesisir, Bupati Sikka Akui Stok Benih Hanya Cukup Sepekan' + LEAD
      + '\n\nKepala Dinas Pertanian Sikka, Robertus Lamawuran, mengakui stok benih di gudang daerah menipis.';
    assert.notEqual(speakerOf(text, 'Stok Benih Hanya Cukup Sepekan'), 'Robertus Lamawuran');
  });
  it('guard: a body named alone before the verb keeps the statement', () => {
    const text = 'Rapat Dengar Pendapat, Koperasi Tani Makmur Sebut Pupuk Subsidi Terlambat Dua Bulan' + LEAD
      + '\n\nKoperasi Tani Makmur dalam keterangan tertulis menyebut pupuk subsidi terlambat tiba sejak awal musim.'
      + '\n\nKetua Koperasi Tani Makmur, Agustinus Wolo, mengatakan petani sudah menunggu sejak bulan lalu.';
    assert.equal(speakerOf(text, 'Pupuk Subsidi Terlambat Dua Bulan'), 'Koperasi Tani Makmur');
  });
});
