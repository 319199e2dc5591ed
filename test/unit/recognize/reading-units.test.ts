import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { createIncrementalAnalyzer } from '../../../src/core/recognize/incremental';
import { headlineEnd, LONG_LINE, withInferredBreaks } from '../../../src/core/recognize/reading-units';

// An invented interview, written for this test: a headline, a dateline, narration, and
// questions each answered by a quote of its own paragraph.
const PARAGRAPHS = [
  'Wawancara Kepala Dinas Perikanan Pulau Sagu: Kami Tidak Mau Nelayan Menjual Murah',
  'Sagu, Kabar Pesisir - Kepala Dinas Perikanan Kabupaten Pulau Sagu Hendrikus Maturbongs baru empat bulan menjabat ketika harga ikan tongkol jatuh di tempat pelelangan. Ia menyebut gudang pendingin menjadi jawaban yang paling mendesak tahun ini.',
  'Wartawan Kabar Pesisir Nadia Rumkabu menemuinya di kantor dinas, Senin (12/1/2026). Berikut petikannya.',
  'Mengapa harga ikan jatuh begitu dalam pekan ini?',
  '"Karena tangkapan melimpah sementara pembeli dari luar pulau belum datang. Ikan tidak bisa menunggu, jadi nelayan menjual berapa pun harganya."',
  'Apakah gudang pendingin akan selesai tahun ini?',
  '"Kami targetkan Agustus. Anggarannya sudah masuk perubahan, tinggal lelang."',
  '"Apa pesan Bapak untuk nelayan?" tanya Nadia.',
  '"Jangan jual semua tangkapan sekaligus. Sebagian bisa diasinkan dan dijual saat harga naik," jawab Hendrikus.',
  'Ketua kelompok nelayan Tanjung Biru, Yosias Letsoin, menyambut rencana gudang itu. "Selama ini kami buang ikan kalau tidak laku," katanya.',
  'Editor: Maria Sahetapy',
];
const multi = PARAGRAPHS.join('\n\n');
const oneLine = PARAGRAPHS.join(' ');

/** The findings as text, offset-free, so the two deliveries compare. */
function findings(text: string): string[] {
  const r = analyze(text);
  return [
    ...r.actors.map((m) => `actor ${m.text} ${m.type} ${m.canonical}`),
    ...r.quotes.map((q) => `quote ${q.text.slice(0, 30)} ${q.speaker}`),
    ...(r.reported ?? []).map((s) => `said ${s.text.slice(0, 30)} ${s.speaker}`),
  ];
}

describe('reading units of an article delivered as one long line', () => {
  it('the article as one line has the same mentions and speakers as with its paragraph breaks', () => {
    assert.ok(oneLine.length > LONG_LINE);
    assert.deepEqual(findings(oneLine), findings(multi));
  });

  it('the incremental analyzer reads the long line the same way', () => {
    assert.deepEqual(createIncrementalAnalyzer().analyze(oneLine), analyze(oneLine));
  });

  it('breaks after the headline, around quotes and questions and before a label; not between narration sentences', () => {
    const broken = withInferredBreaks(oneLine);
    assert.equal(broken.length, oneLine.length);
    assert.deepEqual(broken.split('\n'), [
      PARAGRAPHS[0],
      // Narration sentences stay together.
      `${PARAGRAPHS[1]} ${PARAGRAPHS[2]}`,
      PARAGRAPHS[3], PARAGRAPHS[4], PARAGRAPHS[5], PARAGRAPHS[6], PARAGRAPHS[7], PARAGRAPHS[8],
      // A quote opens a paragraph a reader sees.
      'Ketua kelompok nelayan Tanjung Biru, Yosias Letsoin, menyambut rencana gudang itu.',
      '"Selama ini kami buang ikan kalau tidak laku," katanya.',
      PARAGRAPHS[10],
    ]);
  });

  it('leaves lines of ordinary length and texts with their own paragraphs as they are', () => {
    assert.equal(withInferredBreaks(multi), multi);
    const short = 'Kami siap. "Besok berangkat," kata Rina. Apakah sudah siap? "Sudah."';
    assert.equal(withInferredBreaks(short), short);
  });

  it('a headline ends before the dateline it runs into', () => {
    assert.equal(headlineEnd('Harga Ikan Jatuh di Pulau Sagu Sagu, Kabar Pesisir - Harga ikan'), 'Harga Ikan Jatuh di Pulau Sagu '.length);
    assert.equal(headlineEnd('Harga Ikan Jatuh TUAL, KOMPAS.com - Harga ikan'), 'Harga Ikan Jatuh '.length);
    // No dash near the start, or a sentence before it: no headline.
    assert.equal(headlineEnd('Harga ikan jatuh. Nelayan di Tual - yang biasa melaut - menunggu.'), 0);
    assert.equal(headlineEnd('Nelayan menunggu pembeli dari luar pulau sejak pekan lalu tanpa hasil apa pun.'), 0);
  });
});
