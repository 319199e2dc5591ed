// Error patterns found on the twenty-first actor batch of dev articles (eval/gold-new/dev
// d167-d174: an umrah-travel fraud, a ferry sinking, a tiger attack, startup layoffs, the
// Antam gold price, a concert ticketing mess, referee bribery, stunting) and issue 13's
// dev leftovers, each with a sentence written for this test, read with the built-in KB.
// Every case failed before its change.
import assert from 'node:assert/strict';
import { linkedActors as linked } from './helpers';

describe('dev-set patterns, d167-d174 (issue 13, recog37)', () => {
  it('police directorates and a company secretary are titles, not names (d167, d171, d162)', () => {
    assert.deepEqual(linked('Direktur Reserse Kriminal Khusus Polda Jatim Kombes Pol Hendra Wicaksana menjelaskan modusnya.'), [
      'Polda Jatim/ORG/Kepolisian Daerah Jawa Timur', 'Hendra Wicaksana/PER/Hendra Wicaksana',
    ]);
    assert.deepEqual(linked('Sekretaris Perusahaan Antam, Syarif Faisal Alkadrie, mengatakan kuota ditambah.'), [
      'Antam/ORG/PT Aneka Tambang Tbk', 'Syarif Faisal Alkadrie/PER/Syarif Faisal Alkadrie',
    ]);
  });
  it('a directorate general\'s long title joined by "dan" stays a title (d170)', () => {
    assert.deepEqual(linked('Direktur Jenderal Pembinaan Hubungan Industrial dan Jaminan Sosial Tenaga Kerja, Indah Putri, meminta hak dibayar.'), [
      'Indah Putri/PER/Indah Putri',
    ]);
  });
  it('"Tim SAR" and the Grand Mosque are no actors (d168, d167)', () => {
    assert.deepEqual(linked('Tim SAR gabungan masih menyisir perairan itu.'), []);
    assert.deepEqual(linked('Paketnya termasuk hotel dekat Masjidil Haram.'), []);
  });
  it('a consultancy named "… Consulting" is a company (d171)', () => {
    assert.deepEqual(linked('Perencana keuangan dari Zielts Consulting mengingatkan risikonya.'), ['Zielts Consulting/ORG/Zielts Consulting']);
  });
  it('a nature-conservation office by its short head takes its official name (d169)', () => {
    assert.deepEqual(linked('Petugas BBKSDA Riau memasang kandang jebak.'), ['BBKSDA Riau/ORG/Balai Besar Konservasi Sumber Daya Alam Riau']);
  });
  it('initials with an age are a person\'s, no actor, also when they stand alone later (d151, d167)', () => {
    assert.deepEqual(linked('Tersangka MSA (52) ditangkap bersama RN (44) di Malang.\nPenyidik menyebut RN menyimpan bukti transfer.'), ['Malang/GPE/Malang']);
  });
  it('a ticker after "saham" is no organisation; a boutique is a shop, no place (d171)', () => {
    assert.deepEqual(linked('Saham ANTM di Bursa Efek Indonesia ditutup menguat.'), ['Bursa Efek Indonesia/ORG/Bursa Efek Indonesia']);
    assert.deepEqual(linked('Antrean terlihat di Butik Emas Logam Mulia sejak subuh.'), []);
  });
  it('a university the KB knows ends before an academic named in a list, with no verb after (d159)', () => {
    assert.deepEqual(linked('Narasumber hari ini peneliti pesisir Universitas Tadulako Rizal Mokodompit.'), [
      'Universitas Tadulako/ORG/Universitas Tadulako', 'Rizal Mokodompit/PER/Rizal Mokodompit',
    ]);
  });
  it('KB: state universities by name and short name; a senate or a lecturers\' forum of one is its body (d159, d107)', () => {
    assert.deepEqual(linked('Senat Unsrat memilih rektor baru.'), ['Senat Unsrat/ORG/Senat Universitas Sam Ratulangi']);
    assert.deepEqual(linked('Dosen yang tergabung dalam Forum Dosen Peduli Unsrat mempersoalkannya.'), ['Forum Dosen Peduli Unsrat/ORG/Forum Dosen Peduli Unsrat']);
    assert.deepEqual(linked('Tim dari Untad dan ITS ikut meneliti.'), ['Untad/ORG/Universitas Tadulako', 'ITS/ORG/Institut Teknologi Sepuluh Nopember']);
  });
  it('after an English "Chief of <remit>" title, one word is the company and the name follows (d154)', () => {
    assert.deepEqual(linked('Di tempat terpisah, Chief of Public Affairs Gojek Siti Nurhaliza Rahman menegaskan potongan sudah sesuai.'), [
      'Gojek/ORG/Gojek', 'Siti Nurhaliza Rahman/PER/Siti Nurhaliza Rahman',
    ]);
    // as before: "Head of <remit>" and a firm ending in a firm word
    assert.deepEqual(linked('Head of Research Lumbung Capital Hendra Wardana menilai saham naik.'), [
      'Lumbung Capital/ORG/Lumbung Capital', 'Hendra Wardana/PER/Hendra Wardana',
    ]);
  });
  it('KB: the Philippine president by his English Wikipedia title, also as "Bongbong" (d166)', () => {
    assert.deepEqual(linked('Presiden Ferdinand Marcos Jr. menelepon. Bongbong menyebut insiden itu serius.'), [
      'Ferdinand Marcos Jr./PER/Bongbong Marcos', 'Bongbong/PER/Bongbong Marcos',
    ]);
  });
  it('KB: "Korea" alone is South Korea; "Korea Utara" stays the North (d153, d12)', () => {
    assert.deepEqual(linked('Film itu tayang di Korea pada Mei, sebelum Korea Utara menutup perbatasan.'), [
      'Korea/GPE/South Korea', 'Korea Utara/GPE/North Korea',
    ]);
  });
});
