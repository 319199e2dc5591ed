// Guards from the session-36 outside review of rules merged that day: each sentence of
// ordinary news was misread before its fix.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { typedActors as linked } from './helpers';

const speakers = (text: string) => analyze(text).quotes.map((q) => `${q.text} <- ${q.speaker}`);

describe('guards on recognizer rules (session-36 outside review)', () => {
  describe('a forum or conference with initials (non-actor-head.ts)', () => {
    it('a meeting with its initials in brackets is no organisation', () => {
      assert.deepEqual(linked('Konferensi Tingkat Tinggi (KTT) G20 digelar.'), ['G20/ORG']);
      for (const t of ['Forum Group Discussion (FGD) digelar.', 'Konferensi Asia Afrika (KAA) digelar.',
        'Konferensi Pers Nasional (KPN) digelar.', 'Forum Diskusi Publik (FDP) digelar.']) assert.deepEqual(linked(t), [], t);
    });
    it('a standing body keeps its name and initials, the country closing it included', () => {
      assert.deepEqual(linked('Konferensi Waligereja Indonesia (KWI) menolak.'), ['Konferensi Waligereja Indonesia/ORG', 'KWI/ORG']);
      assert.deepEqual(linked('Forum Kerukunan Umat Beragama (FKUB) menolak.'), ['Forum Kerukunan Umat Beragama/ORG', 'FKUB/ORG']);
    });
  });

  describe('a university named after a person (university-holder.ts)', () => {
    it('is not cut after its generic words or a namesake\'s title', () => {
      assert.deepEqual(linked('Rektor Universitas Islam Negeri Sunan Kalijaga mengatakan kampus dibuka.'), ['Universitas Islam Negeri Sunan Kalijaga/ORG']);
      assert.deepEqual(linked('Pengamat Universitas Islam Negeri Syarif Hidayatullah mengatakan kampus dibuka.'),
        ['Universitas Islam Negeri Syarif Hidayatullah/ORG']);
      assert.deepEqual(linked('Peneliti Universitas Sultan Ageng Tirtayasa menyebut harga naik.'), ['Universitas Sultan Ageng Tirtayasa/ORG']);
    });
    it('is still cut where the academic\'s name follows the whole of it', () => {
      assert.deepEqual(linked('Rektor Universitas Islam Negeri Sunan Kalijaga Budi Santoso mengatakan kampus dibuka.'),
        ['Universitas Islam Negeri Sunan Kalijaga/ORG', 'Budi Santoso/PER']);
      assert.deepEqual(linked('Peneliti Universitas Sultan Ageng Tirtayasa Ikhsan Maulana menyebut harga naik.'),
        ['Universitas Sultan Ageng Tirtayasa/ORG', 'Ikhsan Maulana/PER']);
    });
  });

  describe('one word after "<role> asal <place>" (person-after-origin.ts)', () => {
    it('a sentence starter, an ordinal or a company followed by a verb is no person', () => {
      assert.deepEqual(linked('Pekerja asal Jawa Tengah Kini menganggur.'), ['Jawa Tengah/GPE']);
      assert.deepEqual(linked('Atlet asal Malaysia Kedua kalinya menang.'), ['Malaysia/GPE']);
      assert.deepEqual(linked('Investor asal Jepang Toyota menanam modal.'), ['Jepang/GPE']);
      assert.deepEqual(linked('Pengusaha asal Singapura Grab ikut.'), ['Singapura/GPE']);
    });
    it('a name followed by a speech verb is still the person', () => {
      assert.deepEqual(linked('Pelatih asal Brasil Rodrigo mengatakan timnya siap.'), ['Brasil/GPE', 'Rodrigo/PER']);
      assert.deepEqual(linked('Pemain asal Jepang Kaoru, yang baru tiba, siap tampil.').slice(0, 2), ['Jepang/GPE', 'Kaoru/PER']);
    });
  });

  describe('labelled turns (attribution.ts, link.ts)', () => {
    it('a short answer after "J:" is a quote, the interviewee\'s', () => {
      assert.deepEqual(speakers('Sri Mulyani menjawab pertanyaan wartawan.\n\nT: Apakah pajak naik?\n\nJ: “Tidak naik.”'),
        ['“Tidak naik.” <- Sri Mulyani Indrawati']);
    });
    it('a role\'s turn with nobody introduced in that role is nobody\'s, not the salient person\'s', () => {
      assert.deepEqual(speakers('Budi Santoso diperiksa di Pengadilan Negeri Jakarta Pusat.\n\nHakim: "Anda tahu soal uang itu?"'),
        ['"Anda tahu soal uang itu?" <- null']);
    });
  });

  describe('an official of a body (body-official.ts)', () => {
    it('a name after the body and a lower-case word is no official of it', () => {
      const t = 'Kepala Pelaksana BPBD Kota Palu Andi Firman Tjatjo meninjau lokasi banjir.\n\n' +
        'Rapat antara BPBD Kota Palu dan warga Budi Santoso digelar Senin.\n\n"Air sudah surut," kata pejabat BPBD itu.';
      assert.deepEqual(speakers(t), ['"Air sudah surut," <- Andi Firman Tjatjo']);
    });
  });
});
