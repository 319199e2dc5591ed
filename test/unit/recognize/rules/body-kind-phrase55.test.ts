// A name apposed to a lower-case phrase headed by a kind of body (a federation, a group, a
// company) is that body, whatever the name model reads in it (orgs55; dev d51, d236, d320
// typed such names as people).
import assert from 'node:assert/strict';
import { mentions } from './trace';

describe('a name apposed to a phrase naming a kind of body is the body (orgs55)', () => {
  it('after a federation, a start-up described at length, a band with its place of origin', () => {
    assert.deepEqual(mentions('Federasi dayung internasional, Rowing Pacifica, menunda lomba itu sepekan.'), ['Rowing Pacifica/ORG']);
    assert.deepEqual(mentions('Perusahaan rintisan pengelola gudang dingin, Dinginin, menutup dua cabangnya.'), ['Dinginin/ORG']);
    assert.deepEqual(mentions('Grup musik asal Jakarta, Langit Fajar, membatalkan konser itu.'), ['Jakarta/GPE', 'Langit Fajar/ORG']);
  });
  it('guards: the holder of a title or role before the kind noun stays a person', () => {
    assert.deepEqual(mentions('Ketua kelompok nelayan, Darmanto Saleh, mengatakan solar langka.'), ['Darmanto Saleh/PER']);
    assert.deepEqual(mentions('Pendiri komunitas itu, Sari Kumalasari, mengaku kecewa.'), ['Sari Kumalasari/PER']);
    assert.deepEqual(mentions('Hal itu dibenarkan juru bicara perusahaan, Reno Pratama, kepada wartawan.'), ['Reno Pratama/PER']);
    assert.deepEqual(mentions('Hal itu dibenarkan Direktur Utama perseroan, Reno Pratama, kepada wartawan.'), ['Reno Pratama/PER']);
  });
  it('guards: a fronted topic before the subject, and a group named after its leader without a comma', () => {
    assert.deepEqual(mentions('Soal perusahaan itu, Andi Rahmat menolak berkomentar.'), ['Andi Rahmat/PER']);
    assert.deepEqual(mentions('Polisi memburu kelompok bersenjata Undius Kogoya, kata Kapolres.').filter((m) => m.startsWith('Undius')), ['Undius Kogoya/PER']);
  });
});

describe('a name apposed after a role of a body stays a person (orgs55 guards)', () => {
  it('a treasurer, a lawyer, a member or a union head of the body named before the name', () => {
    assert.deepEqual(mentions('Hakim memanggil juru tagih koperasi, Lestiani Purba, untuk bersaksi.'), ['Lestiani Purba/PER']);
    assert.deepEqual(mentions('Lewat surat resmi, pengacara perusahaan, Dimas Arkananta, menampik tudingan warga.'), ['Dimas Arkananta/PER']);
    assert.deepEqual(mentions('Salah satu penari muda kelompok itu, Wina Rante, bercerita bahwa ia senang.'), ['Wina Rante/PER']);
    assert.deepEqual(mentions('Ketua serikat pekerja di perusahaan itu, Nining Sulastri, mengatakan gaji telat.'), ['Nining Sulastri/PER']);
    assert.deepEqual(mentions('Manajer humas perusahaan, Yoga Kurniadi, menyatakan siap membantu.'), ['Yoga Kurniadi/PER']);
  });
});

describe('the walk back to a kind noun stops where the noun phrase ends (fix55a, review of session 55)', () => {
  it('a verb or a word with -nya between the kind noun and the name: the name is a person apposed to another noun', () => {
    assert.deepEqual(mentions('Pabrik itu merumahkan buruhnya, Wagiman Susilo, sejak Maret.'), ['Wagiman Susilo/PER']);
    assert.deepEqual(mentions('Koperasi tersebut menyalurkan pinjaman bagi pedagang, Warsini Lubis, bulan ini.'), ['Warsini Lubis/PER']);
  });
  it('a demonstrative closes the phrase: "Yayasan tersebut, Rukmini, …" names no body', () => {
    assert.deepEqual(mentions('Pengurus yayasan tersebut menyapa relawan muda, Rukmini Hasibuan, di posko.'), ['Rukmini Hasibuan/PER']);
  });
  it('"dan": the role before the first conjunct is the name\'s too', () => {
    assert.deepEqual(mentions('Bendahara kelompok nelayan dan koperasi, Suparti Lubis, menyebut kas kosong.'), ['Suparti Lubis/PER']);
  });
  it('guards: the phrase with no verb still names the body', () => {
    assert.deepEqual(mentions('Asosiasi pedagang pasar tradisional, Pasarku, menolak aturan itu.'), ['Pasarku/ORG']);
    assert.deepEqual(mentions('Kelompok bersenjata, Front Pembebasan Rimba, mengaku bertanggung jawab.'), ['Front Pembebasan Rimba/ORG']);
  });
});
