// Issue 13, speakers on real world news (patterns 13 and 16): a quote with an anaphoric
// or descriptive attribution, or none, must take the speaker the text just introduced,
// not the one before. Each case is a form the dev set (d31–d38) showed; own sentences.
import assert from 'node:assert/strict';
import { quotesWithTestKb, runWithTestKb } from './helpers';

const speakers = (text: string): (string | null)[] => runWithTestKb(text).quotes.map((q) => q.speaker);

describe('speaker carry-over (issue 13, patterns 13 and 16)', () => {
  it('13. an adverb such as "kembali" between the subject and its reporting verb', () => {
    const t = '"Kami tidak akan mundur," kata Lavrov.\n' +
      'Menteri Pertahanan Prancis Lucia Montero kembali menegaskan Madrid belum siap. "Kami membantu dengan cara lain," katanya.';
    assert.deepEqual(speakers(t), ['Sergey Lavrov', 'Lucia Montero']);
  });

  it('13/16. stance verbs (memandang, menuding) make their subject the one a description refers to', () => {
    const t = '"Kami menilai Rusia dari tindakannya," kata Macron.\n' +
      'Dosen Universitas Hasanuddin, Rahmat Hidayat, memandang keputusan itu terlambat. ' +
      '"Semua pihak menunggu terlalu lama," kata akademisi asal Medan itu.';
    assert.deepEqual(speakers(t), ['Emmanuel Macron', 'Rahmat Hidayat']);
    const u = '"Itu tidak benar," kata Peskov.\nPemimpin milisi, Omar Farouk, menuding pasukan pemerintah melanggar janji.\n"Kami tidak akan diam," tulisnya.';
    assert.deepEqual(speakers(u), ['Dmitry Peskov', 'Omar Farouk']);
  });

  it('13. a channel between the subject and the verb: the name before it speaks, never a name inside it', () => {
    const t = 'Presiden Komisi Eropa Helena Varga dalam unggahan di X menegaskan tekanan harus ditingkatkan.\n"Perang ini harus berakhir."';
    assert.deepEqual(speakers(t), ['Helena Varga']);
    const u = '"Kami siap," kata Lavrov.\nPanglima militer, Jenderal Idris Malik, dalam pernyataan yang disiarkan televisi pemerintah menyatakan pasukannya patuh.\n' +
      '"Kami menghormati kesepakatan," tulisnya.';
    assert.deepEqual(speakers(u), ['Sergey Lavrov', 'Idris Malik']);
  });

  it('13. a day-and-date aside between the subject and the verb ("X, Rabu (19/11), menuduh")', () => {
    const t = '"Itu provokasi," kata Lavrov.\n' +
      'Juru bicara Kementerian Luar Negeri Rusia Anna Belova dalam pengarahan di Moskow, Rabu (19/11), menuduh Barat mendanai oposisi. "Ini bukan rahasia," tegasnya.';
    assert.deepEqual(speakers(t), ['Sergey Lavrov', 'Anna Belova']);
  });

  it('16. "kata pria yang akrab disapa Arif itu": the nickname names the speaker, not the last one', () => {
    const t = 'Kepala Eksekutif OJK, Dewi Lestari, menyebut likuiditas cukup. "Rasionya aman," ujar Dewi.\n' +
      'Juru bicara kementerian, Arifin Nasution, mengatakan target harus tercapai. "Jaringan kami paling luas," kata pria yang akrab disapa Arif itu.';
    assert.deepEqual(quotesWithTestKb(t), ['"Rasionya aman," => Dewi Lestari', '"Jaringan kami paling luas," => Arifin Nasution']);
  });

  it('16. "demikian pernyataan kementerian tersebut": the organisation with that head, not the last speaker', () => {
    const t = '"Dananya mengalir lewat yayasan," kata Lavrov.\n' +
      'Kementerian Luar Negeri Rumania membantah tuduhan itu. "Tuduhan itu tidak berdasar," demikian pernyataan kementerian tersebut.';
    assert.deepEqual(speakers(t), ['Sergey Lavrov', 'Kementerian Luar Negeri Rumania']);
  });

  it('a reported statement after a "--" dateline has the clause subject as speaker, not the dateline place', () => {
    const r = runWithTestKb('Jakarta, CNN Indonesia -- Rusia menuding pemerintah Moldova menutup sekolah berbahasa Rusia.');
    assert.deepEqual((r.reported ?? []).map((s) => s.speaker), ['Russia']);
  });

  it('13. "Ia menambahkan …" keeps the floor for a following quote with no attribution', () => {
    const t = '"Dunia harus bereaksi," tegas Lavrov.\nIa menambahkan Moskow sudah meminta rapat darurat.\n"Kami tidak bisa menunggu lagi."';
    assert.deepEqual(speakers(t), ['Sergey Lavrov', 'Sergey Lavrov']);
  });

  it('13. a place opening the content clause of another reporting verb does not take the floor', () => {
    const t = '"Kami siap," kata Lavrov.\nIa menilai Ukraina sudah menolak tawaran itu.\n"Keputusan ada di tangan mereka sekarang."';
    assert.deepEqual(speakers(t), ['Sergey Lavrov', 'Sergey Lavrov']);
  });

  it('13. a reporting verb inside a temporal clause is background; one paragraph of narration is bridged', () => {
    const t = '"Kami tidak akan menerima ultimatum," kata Menteri Luar Negeri Rusia Sergey Lavrov.\n' +
      'Pernyataan itu muncul sehari setelah Presiden Prancis Emmanuel Macron mengancam sanksi baru.\n"Kami tidak pernah tunduk pada tekanan."';
    assert.deepEqual(speakers(t), ['Sergey Lavrov', 'Sergey Lavrov']);
  });

  it('13. "Hal itu disampaikan X" in the next paragraph attributes the quote before it', () => {
    const t = '"Indonesia tidak akan memihak. Kami mendorong dialog."\nHal itu disampaikan Menteri Luar Negeri Sugiono di Jakarta, Senin.';
    assert.deepEqual(speakers(t), ['Sugiono']);
    const u = '"Itu provokasi," kata Lavrov.\n"Kami menolak tuduhan itu sepenuhnya."\nPernyataan tersebut disampaikan juru bicara Kremlin Dmitry Peskov kepada wartawan.';
    assert.deepEqual(speakers(u), ['Sergey Lavrov', 'Dmitry Peskov']);
  });

  it('13. a speaker reported since the last quote has the floor for a quote with no attribution', () => {
    const t = '"Kami siap," kata Lavrov.\nJuru bicara Kremlin Dmitry Peskov menyebut tuduhan itu tidak masuk akal. "Itu fitnah belaka dari Barat."';
    assert.deepEqual(speakers(t), ['Sergey Lavrov', 'Dmitry Peskov']);
  });

  it('13. the cues tukas, kilah, beber, sindir, cetus, seloroh, kenang, urai (and with -nya)', () => {
    for (const cue of ['tukasnya', 'kilahnya', 'bebernya', 'sindirnya', 'cetusnya', 'selorohnya', 'kenangnya', 'urainya', 'tukas Peskov', 'beber Peskov']) {
      const t = `"Kami siap," kata Lavrov.\nPeskov menolak berkomentar soal itu.\n"Itu fitnah belaka dari Barat," ${cue}.`;
      const quotes = runWithTestKb(t).quotes;
      assert.deepEqual(quotes.map((q) => q.speaker), ['Sergey Lavrov', 'Dmitry Peskov'], cue);
      assert.equal(quotes[1].cue, cue.split(' ')[0], 'the word is read as a cue');
    }
  });

  it('15. a short quote of an unnamed source speaking to an outlet is a quote, spoken by nobody (not the previous speaker)', () => {
    const t = '"Kami siap," kata Peskov.\n"Kesabaran sudah habis," ujar seorang diplomat senior Eropa kepada The Times.';
    assert.deepEqual(quotesWithTestKb(t), ['"Kami siap," => Dmitry Peskov', '"Kesabaran sudah habis," => null']);
  });

  it('15. "Menurut seorang pejabat …" introduces an unnamed source: "kata pejabat itu" is nobody', () => {
    const t = '"Kami siap," kata Peskov.\nMenurut seorang pejabat Eropa, kapal Rusia membuntuti armada latihan. ' +
      '"Mereka ingin sekali terlihat," kata pejabat itu kepada Antara.';
    assert.deepEqual(speakers(t), ['Dmitry Peskov', null]);
  });
});
