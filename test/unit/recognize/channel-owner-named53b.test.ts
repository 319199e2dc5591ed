// "Akun resmi <Body> membalas …. “…,” tulis akun tersebut.": an account that opens its sentence
// is its owner's when the owner is named right after the channel noun; the quote is the body's
// (ANNOTATION-SPEC: a written statement is the body's that issued it, never a channel's), not
// the person quoted before. Sentences written for this test.
import assert from 'node:assert/strict';
import { quotesWithTestKb } from './helpers';

const COMPLAINT = 'Seorang penumpang maskapai Garuda Wisata mengeluhkan penerbangannya yang tertunda enam jam.\n\n' +
  '"Sudah enam jam kami menunggu tanpa makan," tulis Budi Prasetyo, warga Palu, di akun X-nya, Minggu (5/4/2026).\n\n';

describe('an account named with its owner as the subject (session 53b)', () => {
  it('"Akun resmi <Body> membalas …. “…,” tulis akun tersebut": the body\'s', () => {
    const quotes = quotesWithTestKb(COMPLAINT + 'Akun resmi Garuda Wisata membalas satu jam kemudian. "Mohon maaf, Kak. Keterlambatan karena cuaca buruk," tulis akun tersebut.');
    assert.deepEqual(quotes[1], '"Mohon maaf, Kak. Keterlambatan karena cuaca buruk," => Garuda Wisata');
  });
  it('the complainant\'s own account keeps his words (guard)', () => {
    const quotes = quotesWithTestKb(COMPLAINT + 'Akun resmi Garuda Wisata membalas satu jam kemudian. "Mohon maaf, Kak," tulis akun tersebut.\n\nBudi kembali menanggapi. "Cuaca cerah dari pagi," tulisnya.');
    assert.deepEqual([quotes[0], quotes[2]], ['"Sudah enam jam kami menunggu tanpa makan," => Budi Prasetyo', '"Cuaca cerah dari pagi," => Budi Prasetyo']);
  });
  it('an account that opens its sentence with no owner named after it gives the earlier owner (guard)', () => {
    const quotes = quotesWithTestKb('Dinas Pariwisata Kota Batu mengumumkan penutupan taman di akun Instagram-nya.\n\nAkun itu kemudian menambahkan pengumuman baru. "Taman dibuka lagi pekan depan," tulis akun tersebut.');
    assert.deepEqual(quotes, ['"Taman dibuka lagi pekan depan," => Dinas Pariwisata Kota Batu']);
  });
});

describe('a channel subject followed by who signed it (session 53b guard)', () => {
  it('"Siaran pers yang ditandatangani <Title Unit>, <Name>, …. “…,” demikian bunyi … siaran pers itu": the company\'s', () => {
    const quotes = quotesWithTestKb('PT Sinar Dana Mandiri melalui siaran pers menyatakan ketiga penagih itu bukan karyawan perusahaan.\n\n' +
      'Siaran pers yang ditandatangani Kepala Divisi Hukum Sinar Dana Mandiri, Rudi Hartanto, itu juga memuat permintaan maaf. "Perseroan menyesalkan kejadian tersebut," demikian bunyi salah satu poin siaran pers itu.');
    assert.deepEqual(quotes, ['"Perseroan menyesalkan kejadian tersebut," => PT Sinar Dana Mandiri']);
  });
});
