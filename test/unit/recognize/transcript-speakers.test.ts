// Issues 13 and 14: speakers in the formats of the dev batch d159–d166 (speak36; own
// sentences about fictional events): hearing transcripts with role labels ("Hakim: “…”"),
// interviews with "Tanya:" / "Jawab:" labels, a description naming a body ("jawab pejabat
// BPBD itu"), "pinta pimpinan rapat", the broadcaster's title, reply and closing cues,
// a caller's name in apposition, a definite subject opening its sentence ("Pria berusia
// 58 tahun itu mengaku …"), "kata X kepada <outlet> <content>" without a comma, and a
// stranger whose surname is also a common word ("Fransiskus Laga Doni").
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers, statementPairs as statements } from './helpers';
import { labelEndingAt, turnLabelBefore } from '../../../src/core/recognize/turn-labels';
import { officialOfBody } from '../../../src/core/recognize/body-official';
import { apposedAfterRole } from '../../../src/core/recognize/apposed-speaker';
import type { ActorMention } from '../../../src/core/recognize/types';

// The built-in KB (analyze's default), not the test KB: the cases turn on its one-word
// aliases (Fransiskus) and on the bodies it knows (BPBD).
const people = (t: string): string[] => analyze(t).actors.filter((a) => a.type === 'PER').map((a) => `${a.text}=${a.canonical}`);

describe('speakers in transcripts, dialogues and descriptions (speak36)', () => {
  describe('turn labels (turn-labels.ts)', () => {
    it('reads a role label and an interview label before a colon at the paragraph start', () => {
      const p = 'Hakim Ketua: "Saudara kenal terdakwa?"';
      assert.deepEqual(turnLabelBefore(p, p.indexOf('"')), { start: 0, end: 11, role: 'hakim' });
      const q = 'Jawab: "Belum tahun ini."';
      assert.deepEqual(turnLabelBefore(q, q.indexOf('"')), { start: 0, end: 5, role: '' });
      // (a question label is the interviewer's since speakers38: interview-turns.ts)
      assert.deepEqual(labelEndingAt('Tanya: Berapa targetnya?', 5), { start: 0, end: 5, role: 'pewawancara' });
    });

    it('reads no label where the text before the colon is a name, a sentence or no label word', () => {
      const p = 'Yosef: "Itu bagus."';
      assert.equal(turnLabelBefore(p, p.indexOf('"')), null);
      const q = 'Kata hakim kepada saksi: "Jujur saja."';
      assert.equal(turnLabelBefore(q, q.indexOf('"')), null);
      assert.equal(labelEndingAt('Saksi mahkota dari Jakarta: ', 26), null);
      assert.equal(labelEndingAt('Pukul 10.00: sidang dibuka.', 11), null);
    });

    it('gives a hearing\'s labelled turns to the judge and the witness the article introduced', () => {
      const t = 'Sidang dipimpin Ketua Majelis Hakim Ratna Sihombing. Jaksa menghadirkan satu saksi, petani Darius Lumban Gaol.\n' +
        'Hakim: "Saudara melihat sendiri uangnya?"\n' +
        'Saksi: "Melihat sendiri, Yang Mulia."';
      assert.deepEqual(speakers(t), ['Ratna Sihombing', 'Darius Lumban Gaol']);
    });

    it('keeps the labelled turns of a hearing delivered as one line (a label after a closing quotation mark)', () => {
      const t = 'Sidang dipimpin Ketua Majelis Hakim Ratna Sihombing. Jaksa menghadirkan satu saksi, petani Darius Lumban Gaol. ' +
        'Hakim: "Saudara melihat sendiri uangnya?" Saksi: "Melihat sendiri, Yang Mulia."';
      assert.deepEqual(speakers(t), ['Ratna Sihombing', 'Darius Lumban Gaol']);
      const p = 'kata hakim: "Jujur saja."';
      assert.equal(turnLabelBefore(p, p.indexOf('"')), null);
    });

    it('gives an interview\'s "Jawab:" answers to the interviewee, and "Jawab" is no name', () => {
      const t = 'Direktur PT Kopi Lembah Hijau, Sarita Wulandari, menyebut ekspor naik dua kali lipat. Berikut petikan wawancaranya.\n' +
        'Tanya: Ke negara mana saja?\n' +
        'Jawab: "Jepang dan Korea Selatan, lalu mulai tahun depan Uni Emirat Arab."\n' +
        'Tanya: Ada kendala?\n' +
        'Jawab: "Kontainer masih mahal."';
      assert.deepEqual(speakers(t), ['Sarita Wulandari', 'Sarita Wulandari']);
      assert.deepEqual(people(t), ['Sarita Wulandari=Sarita Wulandari']);
    });
  });

  describe('a description naming a body (body-official.ts)', () => {
    it('"jawab pejabat BPBD itu" is the person introduced with BPBD in their title, not the caller who spoke last', () => {
      const t = 'Kepala Pelaksana BPBD Kota Ambon Yusuf Latuconsina hadir di studio.\n' +
        'Penelepon bernama Marlina mengeluhkan air bersih yang belum datang. "Sudah tiga hari kami menunggu," kata Marlina.\n' +
        '"Tangki air berangkat sore ini," jawab pejabat BPBD itu.';
      assert.deepEqual(speakers(t), ['Marlina', 'Yusuf Latuconsina']);
    });

    it('finds the official through a rank between the body and the name, and nobody for another body', () => {
      const m = (start: number, end: number, text: string, type: ActorMention['type'], canonical = text): ActorMention => ({ start, end, text, type, canonical });
      const text = 'Direktur Polda Jambi Kombes Andri Saputra dan Sekda Imam.';
      const ms = [m(9, 20, 'Polda Jambi', 'ORG'), m(28, 41, 'Andri Saputra', 'PER'), m(52, 56, 'Imam', 'PER')];
      const role = m(200, 205, 'Polda', 'ORG', 'Polda');
      assert.equal(officialOfBody(text, ms, (k) => ms[k].type === 'PER', 3, role)?.text, 'Andri Saputra');
      const other = m(200, 205, 'Dinkes', 'ORG');
      assert.equal(officialOfBody(text, ms, (k) => ms[k].type === 'PER', 3, other), null);
    });
  });

  it('"pinta pimpinan rapat" is the one the article said chaired the meeting', () => {
    const t = 'Rapat dipimpin Wakil Ketua Komisi VI DPR Bernadus Tefa. Anggota Fraksi Partai Golkar, Irwan Pasaribu, bertanya soal utang pabrik gula.\n' +
      '"Utangnya sudah dua tahun tidak dibayar," kata Irwan.\n' +
      '"Pak Dirut, mohon dijawab tertulis saja." pinta pimpinan rapat.';
    assert.deepEqual(speakers(t), ['Irwan Pasaribu', 'Bernadus Tefa']);
  });

  it('"Penyiar" is a title outside the name, and "tanya sang penyiar" finds the broadcaster', () => {
    const t = 'Penyiar Rini Puspitasari membuka dialog bersama Kepala Dinas Kesehatan Kota Kendari Hamsina Tahir.\n' +
      '"Berapa kasus minggu ini?" tanya Rini.\n' +
      '"Ada 48 kasus, naik dari pekan lalu," jawab Hamsina.\n' +
      '"Apakah sekolah perlu diliburkan?" tanya sang penyiar.';
    assert.deepEqual(speakers(t), ['Rini Puspitasari', 'Hamsina Tahir', 'Rini Puspitasari']);
    assert.deepEqual(people(t), ['Rini Puspitasari=Rini Puspitasari', 'Hamsina Tahir=Hamsina Tahir', 'Rini=Rini Puspitasari', 'Hamsina=Hamsina Tahir']);
  });

  it('reads "balasnya", "tutupnya", "kejar X" and "tanggap X" as cues', () => {
    const t = 'Bupati Hendra Wiguna mengunggah foto jalan rusak. Seorang warganet, Dewi Lestari, membalas unggahan itu. "Jalan di desa kami lebih parah, Pak," balasnya.\n' +
      '"Kenapa baru sekarang dilaporkan?" kejar Hendra.\n' +
      '"Sudah sejak tahun lalu," tanggap Dewi.\n' +
      '"Besok tim kami datang," tutupnya.';
    assert.deepEqual(speakers(t), ['Dewi Lestari', 'Hendra Wiguna', 'Dewi Lestari', 'Dewi Lestari']);
  });

  describe('a caller named in apposition (apposed-speaker.ts)', () => {
    it('confirms a one-word name after "Penelepon pertama," that is reported speaking, and keeps the floor for "ujarnya"', () => {
      const t = 'Ahli gizi Ratih Kusuma menjelaskan anak sekolah perlu makan sayur setiap hari.\n' +
        'Penelepon pertama, Sahrul dari Kelurahan Bitung, mengeluhkan harga sayur sudah naik dua kali lipat. "Anak saya sekarang makan mi saja," ujarnya.';
      assert.deepEqual(statements(t), [['anak sekolah perlu makan sayur setiap hari', 'Ratih Kusuma'], ['harga sayur sudah naik dua kali lipat', 'Sahrul']]);
      assert.deepEqual(speakers(t), ['Sahrul']);
    });

    it('needs the comma after a lower-case word before the name and a comma or "dari" after it', () => {
      const t = 'x, Sahrul dari Bitung';
      assert.equal(apposedAfterRole(t, 3, 9), true);
      assert.equal(apposedAfterRole('Panitia menyebut', 0, 7), false);
      assert.equal(apposedAfterRole('x. Sahrul dari', 3, 9), false);
      assert.equal(apposedAfterRole('x, Sahrul menyebut', 3, 9), false);
    });
  });

  it('"Pria berusia 58 tahun itu mengaku …": a definite subject whose head opens the sentence is the person named before', () => {
    const t = 'Seorang juru parkir, Wagimin, membantah menarik tarif Rp15.000. Pria berusia 61 tahun itu mengaku hanya meminta Rp5.000 seperti biasa.';
    assert.deepEqual(statements(t), [['menarik tarif Rp15.000', 'Wagimin'], ['hanya meminta Rp5.000 seperti biasa', 'Wagimin']]);
  });

  it('"X mengatakan kepada <outlet> <content>" without a comma or "bahwa": the content starts after the outlet', () => {
    assert.deepEqual(statements('Kapten tim Yakob Sroyer mengatakan kepada Kompas.com para pemain sudah siap menghadapi laga tandang.'),
      [['para pemain sudah siap menghadapi laga tandang', 'Yakob Sroyer']]);
    // Not when the adjunct goes on ("kepada Kompas.com di Jayapura, …"): the comma ends it as before.
    assert.deepEqual(statements('Kapten tim Yakob Sroyer mengatakan kepada Kompas.com di Jayapura, Senin, para pemain sudah siap menghadapi laga tandang.'),
      [['para pemain sudah siap menghadapi laga tandang', 'Yakob Sroyer']]);
  });

  it('a stranger sharing a KB person\'s first name keeps a surname that is also a common word ("Laga")', () => {
    const t = 'Jaksa menghadirkan nakhoda Fransiskus Laga Doni sebagai saksi. Fransiskus mengaku menyerahkan amplop kepada terdakwa.';
    assert.deepEqual(people(t), ['Fransiskus Laga Doni=Fransiskus Laga Doni', 'Fransiskus=Fransiskus Laga Doni']);
  });
});

describe('speakers46: a witness introduced with an age before "sebagai saksi" speaks the "Saksi:" turns (d305)', () => {
  const hearing = (intro: string): string => 'Sidang perkara kebakaran gudang kembali digelar di Pengadilan Negeri Kediri, Selasa.\n\n' +
    `${intro}\n\n` +
    'Hakim: "Saudara saksi, kapan api pertama terlihat?"\n\nSaksi: "Sekitar pukul dua malam, Yang Mulia."\n\n' +
    'Hakim: "Apa yang Saudara lakukan?"\n\nSaksi: "Saya menelepon pemadam kebakaran."\n';

  it('gives the turns to the witness, whose trade word before the name names no company', () => {
    assert.deepEqual(speakers(hearing('Jaksa menghadirkan operator forklift Sunaryo (41) sebagai saksi. ' +
      'Sidang dipimpin hakim ketua Bonifasius Lelo.')), ['Bonifasius Lelo', 'Sunaryo', 'Bonifasius Lelo', 'Sunaryo']);
    assert.deepEqual(people('Jaksa menghadirkan operator forklift Sunaryo (41) sebagai saksi.'), ['Sunaryo=Sunaryo']);
    // (a witness with no trade word)
    assert.deepEqual(speakers(hearing('Jaksa menghadirkan Sunaryo (41) sebagai saksi. ' +
      'Sidang dipimpin hakim ketua Bonifasius Lelo.')), ['Bonifasius Lelo', 'Sunaryo', 'Bonifasius Lelo', 'Sunaryo']);
  });

  it('does not make the company after an operator\'s word a person, nor an aside other than an age', () => {
    const orgs = (t: string): string[] => analyze(t).actors.filter((a) => a.type === 'ORG').map((a) => a.text);
    assert.deepEqual(orgs('Tarif operator seluler Telkomsa naik mulai Senin.'), ['Telkomsa']);
    assert.deepEqual(orgs('Kontrak operator bus Damrina (2019) diperpanjang.'), ['Damrina']);
    // (a witness introduced by another role keeps "Saksi:" nobody's: the role, not the age, decides)
    assert.deepEqual(speakers(hearing('Jaksa menghadirkan Sunaryo (41) sebagai ahli kebakaran.')).filter((_, i) => i % 2 === 1), [null, null]);
  });
});
