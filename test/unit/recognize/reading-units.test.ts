import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { createIncrementalAnalyzer } from '../../../src/core/recognize/incremental';
import { defaultKbIndex } from '../../../src/core/recognize/default-kb';
import { headlineEnd, LONG_LINE, openingBreaks, withInferredBreaks } from '../../../src/core/recognize/reading-units';

const kb = defaultKbIndex();

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
    const broken = withInferredBreaks(oneLine, kb);
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

  it('a byline between the headline and the dateline is a unit of its own', () => {
    const p = 'Harga Ikan Jatuh di Tual Penulis: Rina Sari | Editor: Budi Santoso TUAL, KOMPAS.com - Harga ikan';
    assert.deepEqual(openingBreaks(p, kb), [p.indexOf(' Penulis'), p.indexOf(' TUAL')]);
  });

  it('leaves lines of ordinary length and texts with their own paragraphs as they are', () => {
    assert.equal(withInferredBreaks(multi, kb), multi);
    const short = 'Kami siap. "Besok berangkat," kata Rina. Apakah sudah siap? "Sudah."';
    assert.equal(withInferredBreaks(short, kb), short);
  });

  it('a headline ends before the dateline it runs into', () => {
    assert.equal(headlineEnd('Harga Ikan Jatuh di Pulau Sagu Sagu, Kabar Pesisir - Harga ikan', kb), 'Harga Ikan Jatuh di Pulau Sagu '.length);
    assert.equal(headlineEnd('Harga Ikan Jatuh TUAL, KOMPAS.com - Harga ikan', kb), 'Harga Ikan Jatuh '.length);
    assert.equal(headlineEnd('Harga Ikan Jatuh Kuala Lumpur (ANTARA) - Harga ikan', kb), 'Harga Ikan Jatuh '.length);
    assert.equal(headlineEnd('Harga Ikan Jatuh Jakarta, CNN Indonesia -- Harga ikan', kb), 'Harga Ikan Jatuh '.length);
    assert.equal(headlineEnd('Harga Ikan Jatuh TEMPO.CO, Jakarta - Harga ikan', kb), 'Harga Ikan Jatuh '.length);
    // A lower-case word after the dash: an aside, no dateline.
    assert.equal(headlineEnd('Nelayan Tual Menunggu - yang biasa melaut - pembeli', kb), 0);
    // A sentence whose dash aside names a place: no headline.
    assert.equal(headlineEnd('Pada Senin (12/1) Bupati Tual - Rudi Hartono - meninjau dermaga.', kb), 0);
    // No dash near the start, or a sentence before it: no headline.
    assert.equal(headlineEnd('Harga ikan jatuh. Nelayan di Tual - yang biasa melaut - menunggu.', kb), 0);
    assert.equal(headlineEnd('Nelayan menunggu pembeli dari luar pulau sejak pekan lalu tanpa hasil apa pun.', kb), 0);
  });
});
