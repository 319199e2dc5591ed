// Issue 13: dialogue formats. A turn that addresses somebody by "Pak/Bu" and a name or an
// office hands the floor to that person (vocative-addressee.ts). Own sentences about
// fictional events.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { addressedWord } from '../../../../src/core/recognize/vocative-addressee';

describe('speakers39: the one addressed answers (vocative-addressee.ts)', () => {
  it('reads the name or office after a term of address at the start or before a sentence end', () => {
    assert.equal(addressedWord('"Pak Hendro, siapa yang salah?"'), 'Hendro');
    assert.equal(addressedWord('“Itu terlalu sedikit, Bu Direktur.”'), 'Direktur');
    assert.equal(addressedWord('"Kami sudah bertemu Pak Hendro kemarin."'), null);
    assert.equal(addressedWord('"Betul, Pimpinan."'), null);
  });

  it('a hearing: the answer after "…, Pak Kepala." is the head\'s, and the turns alternate after it', () => {
    const t = 'Rapat Komisi VII membahas distribusi pupuk.\n\n' +
      'Kepala Dinas Pertanian Jawa Tengah Hendro Wahyudi mengakui pengawasan belum optimal.\n\n' +
      'Ketua Komisi VII Rudi Santoso, yang memimpin rapat, langsung menyela.\n\n' +
      '"Dari seratus kios hanya sepuluh yang diperiksa? Itu terlalu sedikit, Pak Kepala."\n\n' +
      '"Betul, Pimpinan. Petugas kami hanya empat orang."\n\n' +
      '"Lalu kenapa tidak minta tambahan petugas?"\n\n' +
      '"Sudah kami ajukan, tetapi belum disetujui."\n';
    assert.deepEqual(speakers(t), ['Rudi Santoso', 'Hendro Wahyudi', 'Rudi Santoso', 'Hendro Wahyudi']);
  });

  it('by name: "Pak Hendro, …" then an uncued answer', () => {
    const t = 'Diskusi dipandu Larasati Ayu dengan tamu pengamat Hendro Wahyudi dan aktivis Melati Sinaga.\n\n' +
      'Larasati membuka diskusi. "Pak Hendro, siapa yang salah dalam banjir ini?"\n\n' +
      '"Tata ruangnya sejak awal keliru."\n';
    assert.deepEqual(speakers(t), ['Larasati Ayu', 'Hendro Wahyudi']);
  });
});

describe('fixA39: an address outside an exchange hands nobody the floor', () => {
  it('a refugee telling the governor her plight goes on speaking (the governor never spoke)', () => {
    const t = 'Gubernur Nusa Tenggara Barat Ahmad Fauzi meninjau lokasi banjir di Kota Bima, Senin.\n\n' +
      'Seorang pengungsi, Siti Aminah, menyampaikan keluhannya kepada wartawan. "Kami belum dapat bantuan, Pak Gubernur."\n\n' +
      '"Anak saya tiga dan semuanya demam sejak kemarin."\n\n' +
      '"Tenda di sini juga bocor kalau hujan."\n';
    assert.deepEqual(speakers(t), ['Siti Aminah', 'Siti Aminah', 'Siti Aminah']);
  });

  it('a carer addressing the visiting minister goes on speaking', () => {
    const t = 'Menteri Sosial Tri Handayani mengunjungi panti jompo di Kupang, Rabu.\n\n' +
      'Pengurus panti, Yohanes Bria, menceritakan kondisi para penghuni. "Banyak yang sudah tidak punya keluarga, Bu Menteri."\n\n' +
      '"Kami hanya mengandalkan donatur setiap bulan."\n';
    assert.deepEqual(speakers(t), ['Yohanes Bria', 'Yohanes Bria']);
  });

  it('a name in apposition ("kepala sekolah, Bu Ratna, bukan …") addresses nobody', () => {
    assert.equal(addressedWord('"Yang menandatangani surat itu kepala sekolah, Bu Ratna, bukan guru kelas."'), null);
    const t = 'Kepala sekolah SD Negeri 3 Mataram, Ratna Dewi, dilaporkan ke polisi oleh wali murid bernama Hendra Gunawan.\n\n' +
      'Hendra mengaku kecewa dengan sikap sekolah. "Yang menandatangani surat itu kepala sekolah, Bu Ratna, bukan guru kelas."\n\n' +
      '"Saya hanya minta penjelasan soal pungutan."\n';
    assert.deepEqual(speakers(t), ['Hendra Gunawan', 'Hendra Gunawan']);
  });

  it('the same first person going on after the address is the same speaker, even in a hearing', () => {
    const t = 'Kepala Dinas Sosial Hendro Wahyudi menjelaskan penyaluran bantuan di depan Komisi VIII.\n\n' +
      'Ketua Komisi VIII Rudi Santoso menanggapi. "Saya sudah membaca laporan itu, Pak Kepala."\n\n' +
      '"Saya minta datanya dikirim lagi minggu depan."\n';
    assert.deepEqual(speakers(t), ['Rudi Santoso', 'Rudi Santoso']);
  });

  it('a farmer thanking the president goes on speaking', () => {
    const t = 'Presiden Joko Santoso meresmikan bendungan di Dompu, Selasa.\n\n' +
      'Petani Dompu, Sulaiman, berharap bendungan itu segera mengairi sawahnya. "Terima kasih, Pak Presiden. Kami sudah menunggu sepuluh tahun," ujar Sulaiman.\n\n' +
      '"Selama ini kami hanya bisa tanam sekali setahun."\n';
    assert.deepEqual(speakers(t), ['Sulaiman', 'Sulaiman']);
  });
});
