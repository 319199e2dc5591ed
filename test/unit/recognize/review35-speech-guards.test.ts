// Guards from the session-35 outside review of statements and speakers: each sentence of
// ordinary news was misread (or took quadratic time) before its fix.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers } from './helpers';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';

const statements = (text: string) => (analyze(text).reported ?? []).map((s) => `${s.text} -> ${s.speaker}`);

/** How much more CPU `analyze` takes on `unit` repeated 4n times than n times (cpu-growth.ts). */
function growthOf(head: string, unit: string, n: number): number {
  return cpuGrowth((size) => analyze(head + unit.repeat(size)), n);
}

describe('guards on statements and speakers (session-35 outside review)', () => {
  it('the walk back to the sentence before a moderator\'s question is bounded', function () {
    this.timeout(120_000);
    // Unspaced sentences that end before a closing quote: an unbounded walk scanned back to
    // the text's start for every quote (11 s of CPU at 16,000 quotes; 0.9 s bounded, growing linearly).
    const growth = growthOf('Moderator bertanya.', 'x.“Apa kabar?”', 4_000);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the walk is quadratic`);
  });
  it('the look back for a minister\'s short title is bounded in a one-paragraph text', function () {
    this.timeout(120_000);
    // 800 KB of one paragraph: unbounded lastIndexOf took about 12 s, bounded under 1 s (linear).
    const growth = growthOf('Budi Santoso datang.', ' Ia menyebut harga naik.', 8_000);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the look back is quadratic`);
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
