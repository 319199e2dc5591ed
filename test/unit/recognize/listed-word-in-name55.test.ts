// A Title Case word spelt like an acronym or an English auxiliary of the never-an-actor list
// stays in a person's name (names55, issue 13; own sentences about fictional people).
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';
import { personTextsWithBuiltinKb as persons, typedActorsWithBuiltinKb as actors } from './helpers';

describe('names55: listed words inside a name (actors/listed-word-in-name.ts)', () => {
  it('keeps a Title Case acronym\'s spelling that opens a name', () => {
    assert.deepEqual(persons('Juru bicara kepolisian, Kolonel Sar Vannak, membenarkan penangkapan itu.'), ['Sar Vannak']);
    assert.deepEqual(persons('Menurut Sim Hyun-woo, latihan berjalan lancar.'), ['Sim Hyun-woo']);
    assert.deepEqual(persons('Kapolsek AKP Sara Lestiani meninjau lokasi banjir.'), ['Sara Lestiani']);
  });

  it('keeps an English auxiliary\'s spelling that closes a name of three words', () => {
    assert.deepEqual(persons('Penantangnya, Mercy Atieno Were dari partai oposisi, meraih 40 persen suara.'), ['Mercy Atieno Were']);
  });

  it('still drops the listed words where they are the words themselves', () => {
    // (in capitals, at a sentence start, after one body word, or alone)
    assert.deepEqual(actors('Tim SAR gabungan menemukan korban kedua.'), []);
    assert.deepEqual(persons('Petugas memeriksa SIM Budi Hartono di lokasi.'), ['Budi Hartono']);
    assert.deepEqual(persons('Were they ready, tanya Budi Hartono.'), ['Budi Hartono']);
    assert.deepEqual(persons('Pelanggaran Ham berat harus diusut, kata Budi Hartono.'), ['Budi Hartono']);
    assert.deepEqual(persons('Ia mengatakan Juni menjadi bulan tersibuk.'), []);
    assert.deepEqual(persons('KTT ASEAN dibuka Senin.'), []);
  });

  it('leaves headlines in Title Case to their own reading', () => {
    assert.deepEqual(persons('Tim Sar Temukan Dua Korban Longsor\n\nTim SAR gabungan bekerja sejak pagi.'), []);
  });
});

describe('names55: listed words inside names stay linear', () => {
  it('four times one long paragraph of such names takes less than the linear limit of CPU', function () {
    this.timeout(120000);
    // (one paragraph: every listed word asks only its two neighbours, whatever the length)
    const unit = (i: number): string => `Kolonel Sar Vannak ${i} bertemu Mercy Atieno Were, Tim SAR, Komnas Ham dan Sim Hyun-woo di pos ${i}. `;
    const textOf = (n: number): string => Array.from({ length: n }, (_, i) => unit(i)).join('');
    const growth = cpuGrowth((n) => analyze(textOf(n)), 150, 3);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the names took ${growth.toFixed(2)}x the CPU`);
  });
});
