// Guards from the session-35 outside review of statements and speakers: each sentence of
// ordinary news was misread (or took quadratic time) before its fix.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const statements = (text: string) => (analyze(text).reported ?? []).map((s) => `${s.text} -> ${s.speaker}`);
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker);

/** CPU milliseconds `analyze(text)` takes (CPU time, not the clock: the machine is shared). */
function cpuMsOf(text: string): number {
  const cpu0 = process.cpuUsage();
  analyze(text);
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / 1000;
}

/** How much more CPU `analyze` takes on `unit` repeated 4n times than n times, after a warm-up,
 *  the better of two tries each: 4-5 for the linear walks here (garbage collection of the long
 *  string adds a little), 11-14 for the quadratic ones these tests caught.
 *  A ratio, not a time limit, because a loaded machine slows both sizes alike: a CI run beside
 *  other work took 4.4 s of CPU where a quiet run takes 1.8 s, linear either way. */
function growthOf(head: string, unit: string, n: number): number {
  const best = (times: number) => Math.min(cpuMsOf(head + unit.repeat(times)), cpuMsOf(head + unit.repeat(times)));
  cpuMsOf(head + unit.repeat(n)); // warm the code up first: a cold first run costs up to 2x
  return best(4 * n) / best(n);
}

describe('guards on statements and speakers (session-35 outside review)', () => {
  it('the walk back to the sentence before a moderator\'s question is bounded', function () {
    this.timeout(120_000);
    // Unspaced sentences that end before a closing quote: an unbounded walk scanned back to
    // the text's start for every quote (11 s of CPU at 16,000 quotes; 0.9 s bounded, growing linearly).
    const growth = growthOf('Moderator bertanya.', 'x.“Apa kabar?”', 4_000);
    assert.ok(growth < 8, `four times the text took ${growth.toFixed(2)}x the CPU: the walk is quadratic`);
  });
  it('the look back for a minister\'s short title is bounded in a one-paragraph text', function () {
    this.timeout(120_000);
    // 800 KB of one paragraph: unbounded lastIndexOf took about 12 s, bounded under 1 s (linear).
    const growth = growthOf('Budi Santoso datang.', ' Ia menyebut harga naik.', 8_000);
    assert.ok(growth < 8, `four times the text took ${growth.toFixed(2)}x the CPU: the look back is quadratic`);
  });
  it('"Perusahaan menyebut …" with no company named has no speaker, not the last person', () => {
    assert.deepEqual(statements('Budi Santoso mengeluhkan harga BBM. Perusahaan menyebut harga minyak akan turun tahun depan.'), []);
    // (a company named before is still the one meant)
    assert.deepEqual(statements('PT Maju Jaya berdiri. Perusahaan menyebut harga naik.'), ['harga naik -> PT Maju Jaya']);
  });
  it('a body noun followed by a description of another body is no anaphor', () => {
    assert.deepEqual(statements('PT Pertamina menaikkan harga BBM. Menurut perusahaan konsultan energi, harga minyak akan turun tahun depan.'), []);
    assert.deepEqual(statements('PT Pertamina menaikkan harga BBM. Menurut perusahaan, harga minyak akan turun tahun depan.'), ['harga minyak akan turun tahun depan -> Pertamina']);
    assert.deepEqual(speakers('PT Pertamina menaikkan harga BBM. “Harga turun,” kata perusahaan pelat merah itu.'), ['Pertamina']);
  });
  it('a moderator who hands the floor does not ask the question after it', () => {
    assert.deepEqual(speakers('Diskusi dipandu dosen Rina Kartika. Moderator lalu mempersilakan Budi Santoso berbicara. “Bagaimana mungkin kita diam saja melihat harga beras terus naik?”'), ['Budi Santoso']);
    assert.deepEqual(speakers('Diskusi dipandu dosen Rina Kartika. Moderator lalu menoleh ke Budi Santoso. “Bagaimana tanggapan Anda?”'), ['Rina Kartika']);
  });
  it('"menurut" before a source of information names no speaker in the medial and trailing forms too', () => {
    assert.deepEqual(statements('Harga beras, menurut data Badan Pusat Statistik, naik 10 persen.'), []);
    assert.deepEqual(statements('Pembagian bantuan dilakukan setiap Senin, menurut jadwal Pemkot Bogor.'), []);
    assert.deepEqual(statements('Harga naik, menurut Budi Santoso.'), ['Harga naik -> Budi Santoso']);
  });
  it('"melihat langsung" and "sebagai bagian/upaya/bentuk …" are acts, not a judgement', () => {
    assert.deepEqual(statements('Presiden Prabowo melihat langsung latihan pasukan sebagai bagian kunjungan kerja ke Bandung.'), []);
    assert.deepEqual(statements('Presiden Prabowo melihat latihan pasukan sebagai upaya menjaga kesiapan.'), []);
    assert.deepEqual(statements('Ekonom Budi Santoso melihat kenaikan UMP sebagai ancaman bagi industri.'), ['kenaikan UMP sebagai ancaman bagi industri -> Budi Santoso']);
  });
  it('a judgement verb with only a noun object and an adjunct reports nothing', () => {
    assert.deepEqual(statements('Juri Budi Santoso menilai sikap peserta selama lomba berlangsung.'), []);
    assert.deepEqual(statements('Direktur Jenderal Pajak Suryo Utomo menilai pernyataan anggota DPR itu dalam rapat kemarin.'), []);
    // (an object noun with its complement is the judged clause)
    assert.deepEqual(statements('Budi Santoso menilai sikap Jakarta konsisten menolak impor.'), ['sikap Jakarta konsisten menolak impor -> Budi Santoso']);
  });
  it('an apposition inside a "yang" clause after a passive opener does not take the floor', () => {
    assert.deepEqual(speakers('Hal senada disampaikan Rina Wati yang datang bersama Kapolres Bogor, Budi Santoso. “Kami siap mengamankan acara ini,” ujarnya.'), ['Rina Wati']);
    assert.deepEqual(speakers('Hal senada disampaikan oleh Sekretaris FSPMI Makassar, Irma Damayanti. “Kami siap,” ujarnya.'), ['Irma Damayanti']);
  });
  it('"khawatir" is a feeling, a statement only in a paragraph that reports speech before it', () => {
    assert.deepEqual(statements('Budi Santoso khawatir hujan deras turun malam ini.'), []);
    assert.deepEqual(statements('Kepala BMKG Budi Santoso mengatakan hujan deras akan turun malam ini. Ketua HPI Rina Wati khawatir pemandu lokal kehilangan pekerjaan.'),
      ['hujan deras akan turun malam ini -> Budi Santoso', 'pemandu lokal kehilangan pekerjaan -> Rina Wati']);
  });
});
