// reported52 (issue 14, three dev articles of speakers52's report): a question an unnamed
// journalist is introduced asking ("Seorang wartawan lalu bertanya, “…?”") is nobody's: a
// journalist's question has no speaker (spec), and the official who held the floor did not
// ask it. The answer after it stays the official's. Own invented sentences.
import assert from 'node:assert/strict';
import { runWithTestKb } from './helpers';

const OPENING = 'Kepala Dinas Perhubungan, Bambang Sutrisno, mengatakan jadwal kapal sudah normal. "Semua rute kembali beroperasi hari ini," katanya.\n\n';

describe('a question an unnamed journalist is introduced asking', () => {
  it('is nobody\'s after a comma or a colon', () => {
    for (const asked of ['Seorang wartawan lalu bertanya, "Apakah tarif juga naik?"', 'Seorang wartawan bertanya: "Apakah tarif juga naik?"']) {
      assert.deepEqual(runWithTestKb(OPENING + asked).quotes.map((q) => q.speaker), ['Bambang Sutrisno', null], asked);
    }
  });
  it('leaves the answer after it with the official questioned', () => {
    const text = OPENING + 'Seorang wartawan lalu bertanya, "Apakah tarif juga naik?"\n\n"Belum, tarif masih sama sampai akhir tahun," jawab Bambang.';
    assert.deepEqual(runWithTestKb(text).quotes.map((q) => q.speaker), ['Bambang Sutrisno', null, 'Bambang Sutrisno']);
  });
  it('keeps a named journalist\'s question and a statement introduced by a colon', () => {
    assert.deepEqual(runWithTestKb(OPENING + 'Seorang wartawan lalu menyampaikan pertanyaan warga, dan Bambang menjawab: "Tarif belum berubah."').quotes.map((q) => q.speaker),
      ['Bambang Sutrisno', 'Bambang Sutrisno']);
  });
  it('keeps a question the official answers with after a colon, where no journalist is said to ask', () => {
    // review52b (7): the guard above never reaches the colon rule (its quote asks nothing,
    // and "Bambang menjawab:" is a cue of its own). This quote asks, follows a colon and
    // a sentence naming a journalist, so the rule reads it: no asking verb, the official's.
    const text = OPENING + 'Pertanyaan seorang wartawan soal tarif dijawab dengan pertanyaan: "Apakah warga belum membaca pengumuman kami?"';
    assert.deepEqual(runWithTestKb(text).quotes.map((q) => q.speaker), ['Bambang Sutrisno', 'Bambang Sutrisno']);
  });
});
