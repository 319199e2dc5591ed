// Issue 13: speakers in dialogue formats (speakers38, dev batch d196–d203; own sentences about
// fictional events): quoted T/J interviews, an uncued answer after a second asker or a host
// back from a break, "X bertanya kepada Y", a run of posts closed by "Demikian tulis X", a
// bare title qualified by "setempat" that names nobody, "tanya wartawan lain", a transcript
// labelled by first names in capitals, an aside and an adverb between a subject and its verb,
// and a quote after a paragraph of narration that introduced its speaker.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { answererAfterQuestion } from '../../../src/core/recognize/answer-turns';
import { capitalisedLabel } from '../../../src/core/recognize/caps-label-name';
import { intervieweeOf } from '../../../src/core/recognize/interview-turns';
import { narrationSubject } from '../../../src/core/recognize/narration-subject';
import { postsCloserEnd } from '../../../src/core/recognize/posts-closer';
import { questionAddresseeStart } from '../../../src/core/recognize/question-addressee';
import { titleQualifierEnd } from '../../../src/core/recognize/title-qualifier';
import { answerLabelled, turnLabelBefore } from '../../../src/core/recognize/turn-labels';
import { journalistWordAt } from '../../../src/core/recognize/unnamed-journalist';
import type { ActorMention } from '../../../src/core/recognize/types';

const speakers = (t: string): (string | null)[] => analyze(t).quotes.map((q) => q.speaker);
const statements = (t: string): [string, string | null][] => (analyze(t).reported ?? []).map((r) => [r.text, r.speaker]);
const person = (canonical: string): ActorMention => ({ start: 0, end: canonical.length, text: canonical, type: 'PER', canonical });

describe('speakers in dialogue formats (speakers38)', () => {
  describe('quoted T/J interviews (interview-turns.ts, turn-labels.ts)', () => {
    it('reads a question label as the interviewer\'s role and an answer label as nobody\'s', () => {
      const q = 'T: "Kapan pabrik dibuka?"';
      assert.deepEqual(turnLabelBefore(q, q.indexOf('"')), { start: 0, end: 1, role: 'pewawancara' });
      const a = 'J: "Akhir tahun."';
      assert.equal(answerLabelled(a, a.indexOf('"')), true);
      assert.equal(answerLabelled(q, q.indexOf('"')), false);
    });

    it('keeps the interviewee once found and never takes the asker for one', () => {
      const rina = person('Rina Halim');
      const budi = person('Budi Santoso');
      assert.equal(intervieweeOf(null, rina, null), rina);
      assert.equal(intervieweeOf(null, rina, rina), null);
      assert.equal(intervieweeOf(budi, rina, null), budi);
    });

    it('gives quoted questions to the journalist introduced and answers to the interviewee, a second guest between', () => {
      const t = 'Direktur PT Sinar Tekstil Abadi, Rina Halim, mengatakan pabrik baru akan dibuka akhir tahun. Ia menerima wartawan Lestari Gunawan di kantornya. Manajer pabrik Yusuf Tanjung ikut mendampingi.\n\n' +
        'T: "Berapa pekerja yang akan direkrut?"\n\n' +
        'J: "Sekitar 1.200 orang, sebagian besar dari desa sekitar."\n\n' +
        'Yusuf: "Pelatihannya kami mulai bulan depan."\n\n' +
        'T: "Apakah upahnya di atas UMK?"\n\n' +
        'J: "Sedikit di atas, ditambah uang makan."\n';
      assert.deepEqual(speakers(t), ['Lestari Gunawan', 'Rina Halim', 'Yusuf Tanjung', 'Lestari Gunawan', 'Rina Halim']);
    });

    it('leaves a question label with no interviewer introduced to nobody', () => {
      const t = 'Kepala Dinas Pendidikan Kota Jambi Hasan Basri menjelaskan sekolah baru siap dipakai.\n\n' +
        'T: "Kapan siswa mulai masuk?"\n\nJ: "Juli nanti."\n';
      assert.deepEqual(speakers(t), [null, 'Hasan Basri']);
    });
  });

  describe('an uncued answer after a question (answer-turns.ts)', () => {
    it('prefers the last one who answered, else the person last reported speaking, never the asker', () => {
      const nadia = person('Nadia Putri');
      const rizal = person('Rizal Akbar');
      const lalu = person('Lalu Hadi');
      assert.equal(answererAfterQuestion(nadia, rizal, 2, lalu, 6, 8), rizal);
      assert.equal(answererAfterQuestion(nadia, null, -99, lalu, 6, 8), lalu);
      assert.equal(answererAfterQuestion(nadia, nadia, 6, nadia, 6, 8), null);
      assert.equal(answererAfterQuestion(nadia, rizal, 2, null, -9, 40), null);
    });

    it('gives the witness the answers to a second judge who takes over the questions', () => {
      const t = 'Sidang dipimpin hakim ketua Ratna Dewi dengan hakim anggota Bambang Irianto. Saksi Joko Susilo dihadirkan jaksa.\n\n' +
        'Hakim: "Saudara kenal terdakwa?"\n\nSaksi: "Kenal, Yang Mulia. Dia tetangga saya."\n\n' +
        'Hakim anggota Bambang kemudian mengambil alih pertanyaan.\n\n' +
        '"Berapa kali Saudara bertemu dia bulan itu?"\n\n"Dua kali di warung kopi."\n';
      assert.deepEqual(speakers(t), ['Ratna Dewi', 'Joko Susilo', 'Bambang Irianto', 'Joko Susilo']);
    });

    it('gives a podcast guest the answer after the host comes back to the interview', () => {
      const t = 'Dalam siniar Obrolan Sore, pembawa acara Sinta Maharani berbincang dengan peneliti Agus Wibowo.\n\n' +
        'Sinta: "Mengapa harga beras naik?"\n\nAgus: "Panen mundur dua bulan karena hujan."\n\n' +
        'Kepala Bulog setempat, Rahmat Hidayat, mengatakan stok masih cukup. "Gudang kami terisi 80 persen," ujarnya.\n\n' +
        'Kembali ke siniar, Sinta menanyakan harga gabah.\n\n' +
        '"Berapa harga gabah sekarang?"\n\n"Sekitar Rp7.000 per kilogram."\n';
      assert.deepEqual(speakers(t), ['Sinta Maharani', 'Agus Wibowo', 'Rahmat Hidayat', 'Sinta Maharani', 'Agus Wibowo']);
    });
  });

  describe('a question put to somebody (question-addressee.ts)', () => {
    it('finds the words after "bertanya kepada" in the subject\'s sentence only', () => {
      const p = 'Dewi, wartawan Harian Lestari, bertanya kepada Andi apakah jalan akan ditutup.';
      assert.equal(questionAddresseeStart(p, 4, p.length), p.indexOf('Andi'));
      const q = 'Dewi datang terlambat. Ia lalu bertanya kepada Andi soal jalan.';
      assert.equal(questionAddresseeStart(q, 4, q.length), -1);
    });

    it('gives the uncued answer to the one asked, and a question after it to the asker', () => {
      const t = 'Kepala Dinas Perhubungan Kota Padang Andi Saputra mengatakan jalan ditutup selama dua hari.\n\n' +
        'Dewi Lestari, wartawan Harian Kota, kemudian bertanya kepada Andi apakah ada jalur alternatif.\n\n' +
        '"Ada, lewat jalan lingkar utara."\n';
      assert.deepEqual(speakers(t), ['Andi Saputra']);
      const u = 'Diskusi dipandu dosen hukum Sari Wulandari.\n\nSari membuka sesi dengan bertanya kepada anggota Dewan Pers Tono Prasetyo tentang aturan baru.\n\n' +
        '"Pak Tono, apakah aturan ini cukup?"\n';
      assert.deepEqual(speakers(u), ['Sari Wulandari']);
    });
  });

  describe('posts closed by "Demikian tulis X" (posts-closer.ts)', () => {
    it('reads the closing attribution\'s words', () => {
      const p = 'x\nDemikian tulis akun milik Bayu Pratama.';
      assert.equal(postsCloserEnd(p, 2), p.indexOf('milik'));
      assert.equal(postsCloserEnd('x\nDemikian laporan terbaru.', 2), -1);
    });

    it('gives every post of the run the writer named in the paragraph after it', () => {
      const t = 'Unggahan seorang warga soal jalan rusak ramai dibagikan.\n\n' +
        '"Jalan ini sudah rusak dua tahun."\n\n"Sudah lapor ke kelurahan, tidak ada jawaban."\n\n' +
        'Demikian tulis warga Kelurahan Sukamaju, Bayu Pratama, di akun Facebook-nya, Selasa.\n';
      assert.deepEqual(speakers(t), ['Bayu Pratama', 'Bayu Pratama']);
    });
  });

  describe('a bare title with a place qualifier (title-qualifier.ts)', () => {
    it('reads "setempat", "dinas tersebut" and "di dinas itu" as qualifiers', () => {
      const p = 'Kepala Dinas setempat menyebut';
      assert.equal(titleQualifierEnd(p, p.indexOf('setempat')), p.indexOf(' menyebut'));
      const q = 'Kepala Seksi dinas tersebut menyebut';
      assert.equal(titleQualifierEnd(q, q.indexOf('dinas')), q.indexOf(' menyebut'));
      const r = 'Kepala bidang di dinas itu mengatakan';
      assert.equal(titleQualifierEnd(r, r.indexOf('di ')), r.indexOf(' mengatakan'));
      assert.equal(titleQualifierEnd('Kepala Dinas mengatakan', 13), -1);
    });

    it('gives a "katanya" after such a title nobody, not the speaker before it', () => {
      const t = 'Wali Kota Madiun Bayu Santoso mengatakan sampah akan diangkut dua kali sehari. "Truk kami tambah," ujarnya.\n\n' +
        'Kepala Dinas Lingkungan Hidup setempat menyebut armada tinggal delapan truk. "Kami butuh tambahan," katanya.\n';
      assert.deepEqual(speakers(t), ['Bayu Santoso', null]);
      assert.notEqual(statements(t).find(([c]) => c.startsWith('armada'))?.[1], 'Bayu Santoso');
    });
  });

  describe('an unnamed journalist after the cue (unnamed-journalist.ts)', () => {
    it('reads journalist words', () => {
      const p = 'tanya wartawan lain';
      assert.equal(journalistWordAt(p, 6, 14), true);
      assert.equal(journalistWordAt(p, 0, 5), false);
    });

    it('gives "tanya wartawan lain" nobody and the answer after it the official', () => {
      const t = 'Kapolres Kendal AKBP Hendra Gunawan mengatakan jalur mudik dijaga 300 personel.\n\n' +
        '"Bagaimana dengan jalur alternatif, Pak?" tanya wartawan lain.\n\n"Kami pasang dua pos tambahan."\n';
      assert.deepEqual(speakers(t), [null, 'Hendra Gunawan']);
    });
  });

  describe('turn labels in capitals (caps-label-name.ts)', () => {
    it('reads a word in capitals opening its line before a colon', () => {
      const p = 'x.\n\nANDRI: "Ya."';
      assert.equal(capitalisedLabel(p, p.indexOf('ANDRI'), 'ANDRI'), 'Andri');
      const q = 'Kata ANDRI: "Ya."';
      assert.equal(capitalisedLabel(q, q.indexOf('ANDRI'), 'ANDRI'), undefined);
      assert.equal(capitalisedLabel('x.\nAndri: "Ya."', 3, 'Andri'), undefined);
    });

    it('links the labels to the full names the article introduced', () => {
      const t = 'Acara bincang Tepi Kali dipandu Larasati Ayu dengan tamu pengamat Hendro Wahyudi.\n\n' +
        'LARASATI: "Pak Hendro, siapa yang salah?"\n\nHENDRO: "Tata ruangnya sejak awal keliru."\n';
      assert.deepEqual(speakers(t), ['Larasati Ayu', 'Hendro Wahyudi']);
    });
  });

  describe('an aside and an adverb before the verb (attribution.ts)', () => {
    it('lets "X, yang memimpin rapat, langsung menyela." take the floor', () => {
      const t = 'Kepala Badan Pangan Nasional Sudarto Wijaya mengatakan stok beras aman.\n\n' +
        'Wakil Ketua Komisi IV DPR Rahmat Hidayat, yang memimpin rapat, langsung menyela.\n\n' +
        '"Aman sampai kapan, Pak Kepala?"\n';
      assert.deepEqual(speakers(t), ['Rahmat Hidayat']);
    });
  });

  describe('a quote after narration introducing its speaker (narration-subject.ts)', () => {
    it('finds the subject of the paragraph\'s last sentence, not an object', () => {
      const p = 'Tim SAR menemukan korban di hilir. Koordinator pos SAR, Rudi Saragih, memimpin pencarian.';
      const starts = [p.indexOf('Rudi')];
      assert.equal(narrationSubject(p, 0, p.length, (k) => starts[k], 0, 1, () => true), 0);
      const q = 'Tim SAR menemukan korban. Relawan bekerja bersama Rudi Saragih.';
      const s2 = [q.indexOf('Rudi')];
      assert.equal(narrationSubject(q, 0, q.length, (k) => s2[k], 0, 1, () => true), -1);
    });

    it('gives an uncued quote of a live blog\'s entry the person the entry introduced', () => {
      const t = 'LIVE: Banjir di Kota Bima\n\n10.20 WIB\n\nWali Kota Arif Rahman meminta warga mengungsi. "Jangan tunggu air naik," katanya.\n\n' +
        '09.45 WIB\n\nTim SAR menemukan satu korban. Komandan tim SAR, Yosef Dami, memimpin pencarian di hilir sungai.\n\n' +
        '"Arus masih deras, perahu belum bisa turun."\n';
      assert.deepEqual(speakers(t), ['Arif Rahman', 'Yosef Dami']);
    });
  });
});
