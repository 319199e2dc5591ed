// Session 46 (issues 13/14, dev d320): a band's own posts. "Pembatalan diumumkan lewat unggahan
// di akun Instagram resmi band itu. … “…,” tulis akun tersebut.": the account is described by
// the kind of body that owns it ("band itu"), which points back to the band the article named
// ("Grup musik asal Bandung, Lentera Biru"); the posts were left without a speaker.
// Own invented sentences (a fictional band, club and officials; no real article).
import assert from 'node:assert/strict';
import { speakersWithTestKb } from './helpers';

const POST = '\n\n"Mohon maaf kepada semua penonton," tulis akun tersebut.';

describe('an account described by its owner\'s kind ("akun resmi band itu") speaks for that owner', () => {
  it('a band introduced as a music group, then "band itu"', () => {
    assert.deepEqual(speakersWithTestKb('Grup musik asal Bandung, Lentera Biru, batal tampil di Makassar. Pembatalan itu diumumkan lewat unggahan di akun Instagram resmi band itu.' + POST),
      ['Lentera Biru']);
  });
  it('a band named with "band" before its name, when the sentence\'s subject is its manager', () => {
    assert.deepEqual(speakersWithTestKb('Band rock asal Malang, Lentera Biru, menunda tur. Manajer band, Rina Sari, mengatakan penundaan itu diumumkan di akun resmi band tersebut.' + POST),
      ['Lentera Biru']);
  });
  it('a club named with "Klub"', () => {
    assert.deepEqual(speakersWithTestKb('Klub sepak bola Garuda Muda berganti pelatih. Kabar itu disampaikan lewat akun Instagram resmi klub tersebut.' + POST), ['Garuda Muda']);
  });
  it('the band, not its singer named after it ("Vokalis band Lentera Biru, Dimas Prakoso")', () => {
    assert.deepEqual(speakersWithTestKb('Vokalis band Lentera Biru, Dimas Prakoso, jatuh sakit. Kabar itu muncul di akun resmi band itu.' + POST), ['Lentera Biru']);
  });
});

describe('the described owner is nobody named', () => {
  it('when no band was named in its sentence ("menghadirkan sebuah band tamu. Penyanyi Rina Sari …")', () => {
    assert.deepEqual(speakersWithTestKb('Festival itu menghadirkan sebuah band tamu. Penyanyi Rina Sari juga tampil. Jadwalnya ada di akun resmi band tersebut.' + POST), [null]);
  });
  it('when a verb stands between the word and the name ("band asal Bandung mengundang Rina Sari")', () => {
    assert.deepEqual(speakersWithTestKb('Sebuah band asal Bandung mengundang Rina Sari tampil bersama. Pengumuman itu ada di akun resmi band tersebut.' + POST), [null]);
  });
  it('when the article never named one', () => {
    assert.deepEqual(speakersWithTestKb('Pengumuman itu ada di akun resmi band tersebut.' + POST), [null]);
  });
  it('and a person\'s own account stays the person\'s ("di akun pribadinya")', () => {
    assert.deepEqual(speakersWithTestKb('Bupati Lembah Hijau, Darto Wiyono, mengunggah video banjir di akun pribadinya.' + POST), ['Darto Wiyono']);
  });
  it('and a role before the word is a person\'s role ("Manajer band, Rina Sari," is not the band)', () => {
    assert.deepEqual(speakersWithTestKb('Manajer band, Rina Sari, menjawab pertanyaan wartawan. Jadwal baru ada di akun resmi band tersebut.' + POST), [null]);
  });
});
