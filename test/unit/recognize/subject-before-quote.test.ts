// Issue 13 pattern 13 (speakers43): a quote with no attribution right after a sentence that a
// person opens is that person's, also when a place stands in the person's title or in a
// fronted adjunct before the name (subject-before-quote.ts, place-before-subject.ts). Own
// sentences about fictional events.
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from './helpers';
import { quoteFollowsSubjectSentence, speaksAsOnePerson } from '../../../src/core/recognize/subject-before-quote';
import { onlyPlacesBefore } from '../../../src/core/recognize/place-before-subject';
import type { LocalMention } from '../../../src/core/recognize/mention';

const FIRST = 'Menteri Pemuda Budi Santoso memberi keterangan di Jakarta. "Kami siap mendukung tim sampai akhir," katanya.\n\n';

describe('the person opening the sentence before an unattributed quote (subject-before-quote.ts)', () => {
  it('gives the quote to a coach described with his home country, not to the speaker before', () => {
    const t = FIRST + 'Pelatih kepala asal Jepang, Kenji Watanabe, terlihat berteriak dari pinggir lapangan. "Tahan! Jaga garis belakang!"';
    assert.deepEqual(speakers(t), ['Budi Santoso', 'Kenji Watanabe']);
  });

  it('reads a place in the title ("Wali Kota Bogor X") and a fronted place ("Di Surabaya, X") the same way', () => {
    assert.deepEqual(speakers(FIRST + 'Wali Kota Bogor Dedi Rachim terlihat berteriak dari tribune. "Tahan! Tunggu bendera dulu!"'), ['Budi Santoso', 'Dedi Rachim']);
    assert.deepEqual(speakers(FIRST + 'Di Surabaya, Rudi Hartono menunjuk papan skor. "Masih ada satu babak lagi!"'), ['Budi Santoso', 'Rudi Hartono']);
  });

  it('keeps the continuation when a sentence of narration stands between the person and the quote', () => {
    const t = FIRST + 'Wali Kota Bogor Dedi Rachim hadir di tribune. Pertandingan berlangsung sengit. "Kami tidak akan mundur dari target juara."';
    assert.deepEqual(speakers(t), ['Budi Santoso', 'Budi Santoso']);
  });

  it('leaves a quote after a sentence whose subject is acted upon ("X ditangkap polisi") to the speaker before', () => {
    const police = 'Kapolres Bogor Agus Wibowo memimpin penggerebekan itu. "Kami bergerak sebelum subuh," katanya.\n\n';
    assert.deepEqual(speakers(police + 'Tersangka Rudi Hartono ditangkap polisi di rumahnya. "Kami sudah mengintai dua pekan."'), ['Agus Wibowo', 'Agus Wibowo']);
    assert.deepEqual(speakers(police + 'Rudi Hartono, 34 tahun, dibawa petugas ke mobil tahanan. "Kami sudah mengintai dua pekan."'), ['Agus Wibowo', 'Agus Wibowo']);
    // (an active verb after the name still hands the floor over, "terlihat" too; "dia" is no passive)
    assert.deepEqual(speakers(police + 'Rudi Hartono menunduk di ruang pemeriksaan. "Saya hanya disuruh."'), ['Agus Wibowo', 'Rudi Hartono']);
    assert.deepEqual(speakers(police + 'Rudi Hartono terlihat menunduk di ruang pemeriksaan. "Saya hanya disuruh."'), ['Agus Wibowo', 'Rudi Hartono']);
  });

  it('gives the quote to the person acted upon when it speaks as one person ("saya"), not as "kami"', () => {
    const police = 'Kapolres Bogor Agus Wibowo memimpin penggerebekan itu. "Kami bergerak sebelum subuh," katanya.\n\n';
    assert.deepEqual(speakers(police + 'Tersangka Rudi Hartono diperiksa penyidik selama enam jam. "Saya hanya menjawab apa yang ditanyakan."'), ['Agus Wibowo', 'Rudi Hartono']);
    assert.deepEqual(speakers(police + 'Rudi Hartono, 34 tahun, dibawa petugas ke mobil tahanan. "Aku tidak tahu barang itu milik siapa."'), ['Agus Wibowo', 'Rudi Hartono']);
    // (the agent's side speaks as "kami", also next to "saya")
    assert.deepEqual(speakers(police + 'Tersangka Rudi Hartono ditangkap polisi di rumahnya. "Barang bukti sudah kami amankan."'), ['Agus Wibowo', 'Agus Wibowo']);
    assert.deepEqual(speakers(police + 'Tersangka Rudi Hartono ditangkap polisi. "Saya minta anggota kami menjaga rumahnya."'), ['Agus Wibowo', 'Agus Wibowo']);
  });

  it('reads one person\'s first person: "saya" or "aku" without "kami" or "kita"', () => {
    assert.equal(speaksAsOnePerson('"Saya hanya disuruh."'), true);
    assert.equal(speaksAsOnePerson('"Itu bukan milikku, aku cuma menumpang."'), true);
    assert.equal(speaksAsOnePerson('"Saya dan tim kami sudah bekerja."'), false);
    assert.equal(speaksAsOnePerson('"Barang bukti sudah diamankan."'), false);
    assert.equal(speaksAsOnePerson('"Sayangnya hujan turun."'), false);
  });

  it('finds exactly one sentence end, then blanks, between the subject and the quote', () => {
    const t = 'Rudi tersenyum lebar. "Masih ada satu babak."';
    assert.equal(quoteFollowsSubjectSentence(t, 0, t.indexOf('"')), true);
    const u = 'Rudi tersenyum. Penonton bersorak. "Masih ada satu babak."';
    assert.equal(quoteFollowsSubjectSentence(u, 0, u.indexOf('"')), false);
    const v = 'Rudi tersenyum dan "Masih ada satu babak."';
    assert.equal(quoteFollowsSubjectSentence(v, 0, v.indexOf('"')), false);
  });
});

describe('places before the subject (place-before-subject.ts)', () => {
  const m = (p: string, word: string, type: LocalMention['type']): LocalMention =>
    ({ start: p.indexOf(word), end: p.indexOf(word) + word.length, type, canonical: word, source: 'pattern' });

  it('lets places in the opening phrase through, not a place that is the subject or stands deep in the sentence', () => {
    const a = 'Pelatih kepala asal Jepang, Kenji Watanabe, berteriak.';
    assert.equal(onlyPlacesBefore(a, [m(a, 'Jepang', 'GPE'), m(a, 'Kenji Watanabe', 'PER')], 0, 0, 1), true);
    const b = 'Jakarta menyambut Presiden Kenji Watanabe.';
    assert.equal(onlyPlacesBefore(b, [m(b, 'Jakarta', 'GPE'), m(b, 'Kenji Watanabe', 'PER')], 0, 0, 1), false);
    const c = 'Pernyataan itu menanggapi keluhan kepala daerah, termasuk Gubernur Bali Kenji Watanabe.';
    assert.equal(onlyPlacesBefore(c, [m(c, 'Bali', 'GPE'), m(c, 'Kenji Watanabe', 'PER')], 0, 0, 1), false);
    const d = 'Ketua KONI Bali Kenji Watanabe hadir.';
    assert.equal(onlyPlacesBefore(d, [m(d, 'KONI', 'ORG'), m(d, 'Bali', 'GPE'), m(d, 'Kenji Watanabe', 'PER')], 0, 0, 2), false);
    // (anaphor48: a body inside the title after its head, the name in apposition after it, is
    // part of the title, as a place is; a body opening the sentence is its subject)
    const e = 'Ketua KONI Bali, Kenji Watanabe, hadir.';
    assert.equal(onlyPlacesBefore(e, [m(e, 'KONI', 'ORG'), m(e, 'Bali', 'GPE'), m(e, 'Kenji Watanabe', 'PER')], 0, 0, 2), true);
    const f = 'KONI Bali, Kenji Watanabe, hadir.';
    assert.equal(onlyPlacesBefore(f, [m(f, 'KONI', 'ORG'), m(f, 'Bali', 'GPE'), m(f, 'Kenji Watanabe', 'PER')], 0, 0, 2), false);
  });
});
