// Review fixes of the session 52 headline rules (fix52a; eval/README.md "Headline statements
// settled in session 52"): a body statement ABOUT the headline's role is not one BY its
// holder; a role head that opens a group ("calon jemaah", "seorang pemilik kios") names no
// one speaker; a reporting verb with only a noun object ("Bantah Tudingan …", "Akui
// Kekuatan …") reports nothing even when the body says the same. Articles written for this test.
import assert from 'node:assert/strict';
import { statementPairsWithTestKb } from './helpers';

const has = (text: string, content: string): string | null | undefined => statementPairsWithTestKb(text).find(([t]) => t === content)?.[1];

describe('a body statement about the role is not the role holder\'s (fix52a)', () => {
  it('"Saksi Akui …": the prosecutor who says what the witness did is not the witness', () => {
    const text = 'Sidang Pungli Terminal, Saksi Akui Setor Uang ke Petugas Dishub'
      + '\n\nKUPANG - Sidang perkara pungutan liar di terminal bus kembali digelar di Pengadilan Tipikor Kupang, Selasa (8/9).'
      + '\n\nJaksa penuntut umum Dewi Anggraini mengatakan saksi menyetor uang kepada petugas dishub setiap pekan.'
      + '\n\nSaksi Yohanes Baria membenarkan dirinya menyetor uang kepada petugas dishub selama setahun.';
    assert.equal(has(text, 'Setor Uang ke Petugas Dishub'), 'Yohanes Baria');
  });
  it('"Pelatih Akui …": the speaker introduced as coach wins over a teammate who says the same first', () => {
    const text = 'Kalah Lagi di Kandang, Pelatih Akui Lini Tengah Kehilangan Kendali'
      + '\n\nMALANG - Tim tuan rumah kembali kalah pada laga pekan kelima, Sabtu (12/9).'
      + '\n\nKapten tim, Rizky Ananda, mengatakan lini tengah kehilangan kendali setelah gol pertama.'
      + '\n\nPelatih Bambang Suryo mengakui lini tengah timnya kehilangan kendali sejak menit awal.';
    assert.equal(has(text, 'Lini Tengah Kehilangan Kendali'), 'Bambang Suryo');
  });
  it('only a statement about the witness gives no statement (guard)', () => {
    const text = 'Sidang Pungli Terminal, Saksi Akui Setor Uang ke Petugas Dishub'
      + '\n\nKUPANG - Sidang perkara pungutan liar di terminal bus kembali digelar di Pengadilan Tipikor Kupang, Selasa (8/9).'
      + '\n\nJaksa penuntut umum Dewi Anggraini mengatakan saksi menyetor uang kepada petugas dishub setiap pekan.';
    assert.equal(has(text, 'Setor Uang ke Petugas Dishub'), undefined);
  });
  it('witnesses counted by a number stay people each of whom may be the headline\'s one (guard)', () => {
    const text = 'Sidang Pungli Terminal, Saksi Akui Setor Uang ke Petugas Dishub'
      + '\n\nKUPANG - Jaksa menghadirkan dua saksi dalam sidang perkara pungutan liar di terminal bus, Selasa (8/9).'
      + '\n\nSaksi Yohanes Baria membenarkan dirinya menyetor uang kepada petugas dishub selama setahun.';
    assert.equal(has(text, 'Setor Uang ke Petugas Dishub'), 'Yohanes Baria');
  });
});

describe('a role head that opens a group names no one speaker (fix52a)', () => {
  it('"Calon Jemaah": a candidate only in a race, the pilgrims are a group', () => {
    const text = 'Calon Jemaah Mengaku Ditipu Biro Perjalanan Umrah'
      + '\n\nWATAMPONE - Puluhan calon jemaah umrah asal Kabupaten Bone melapor ke polisi, Senin (7/9).'
      + '\n\nSalah satu calon jemaah, Hasnah Baji, mengaku ditipu biro perjalanan umrah yang menjanjikan keberangkatan bulan lalu.';
    assert.equal(has(text, 'Ditipu Biro Perjalanan Umrah'), undefined);
  });
  it('"Pemilik Kios": the speaker introduced as one of the owners is no holder of the role', () => {
    const text = 'Pemilik Kios Mengaku Rugi Akibat Relokasi Pasar'
      + '\n\nSRAGEN - Relokasi pasar kota ke lokasi sementara sudah berjalan dua bulan.'
      + '\n\nSeorang pemilik kios, Sulastri Wahyuni, mengaku rugi akibat relokasi pasar karena pembeli enggan datang.';
    assert.equal(has(text, 'Rugi Akibat Relokasi Pasar'), undefined);
  });
  it('"Kepala Sekolah": the body counts several heads of school', () => {
    const text = 'Kepala Sekolah Akui Dana Operasional Terlambat Cair'
      + '\n\nWONOSARI - Sejumlah kepala sekolah dasar di Gunungkidul mengeluhkan pencairan dana operasional.'
      + '\n\nKepala SD Negeri 3 Wonosari, Sutrisno Hadi, mengakui dana operasional terlambat cair dua bulan.';
    assert.equal(has(text, 'Dana Operasional Terlambat Cair'), undefined);
  });
  it('"Calon Bupati" is a race\'s candidate (guard)', () => {
    const text = 'Debat Pilkada Sleman, Calon Bupati Bantah Terima Mahar Politik'
      + '\n\nSLEMAN - Debat kedua pemilihan bupati digelar di Sleman, Rabu (9/9).'
      + '\n\nCalon bupati nomor urut 2, Hendra Kusuma, membantah menerima mahar politik dari partai pengusung.';
    assert.equal(has(text, 'Terima Mahar Politik'), 'Hendra Kusuma');
  });
});

describe('a reporting verb with only a noun object reports nothing (fix52a)', () => {
  it('"Ketua <body> X Bantah Tudingan …" stays no statement though the body says the same words', () => {
    const text = 'Rapat Dengar Pendapat, Ketua Bawaslu Maros Bantah Tudingan Kecurangan Rekapitulasi'
      + '\n\nMAROS - Rapat dengar pendapat di DPRD Maros berlangsung panas, Kamis (10/9).'
      + '\n\nKetua Bawaslu Maros, Andi Baso, mengatakan tidak ada kecurangan rekapitulasi di dua kecamatan yang dilaporkan.';
    assert.equal(has(text, 'Tudingan Kecurangan Rekapitulasi'), undefined);
  });
  it('"Pelatih Akui Kekuatan …": a ke-…-an noun after the verb is no statement', () => {
    const text = 'Tersingkir dari Piala Presiden, Pelatih Akui Kekuatan Tim Lawan'
      + '\n\nBEKASI - Tim tuan rumah tersingkir di babak delapan besar, Minggu (13/9).'
      + '\n\nPelatih Persikab, Dadang Hermawan, mengatakan kekuatan tim lawan memang di atas timnya.';
    assert.equal(has(text, 'Kekuatan Tim Lawan'), undefined);
  });
  it('a ke-…-an predicate ("Kehilangan") is the own act, not a noun (guard)', () => {
    const text = 'Rapat Dengar Pendapat, Ketua Bawaslu Maros Akui Kehilangan Dokumen Rekapitulasi'
      + '\n\nMAROS - Rapat dengar pendapat di DPRD Maros berlangsung panas, Kamis (10/9).'
      + '\n\nKetua Bawaslu Maros, Andi Baso, mengakui pihaknya kehilangan dokumen rekapitulasi dari dua kecamatan.';
    assert.equal(has(text, 'Kehilangan Dokumen Rekapitulasi'), 'Andi Baso');
  });
  it('an own act with its verb unprefixed stays a statement (guard)', () => {
    const text = 'Rapat Dengar Pendapat, Ketua Bawaslu Maros Bantah Tunda Rekapitulasi Suara'
      + '\n\nMAROS - Rapat dengar pendapat di DPRD Maros berlangsung panas, Kamis (10/9).'
      + '\n\nKetua Bawaslu Maros, Andi Baso, membantah menunda rekapitulasi suara di dua kecamatan yang dilaporkan.';
    assert.equal(has(text, 'Tunda Rekapitulasi Suara'), 'Andi Baso');
  });
});
