// A headline "<Title of several words>: <statement>" whose title's first two words are the
// ones the body introduces one person with, in apposition ("… mewawancarai ketua koperasi,
// Sulastri …"): the statement is that person's (headline-colon-speaker.ts). Sentences
// written for this test; the first case failed before the change.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';

const headline = (text: string) => (analyze(text).reported ?? []).filter((s) => s.start < text.indexOf('\n')).map((s) => `${s.text} = ${s.speaker}`);

describe('a headline statement after a title the body gives one person in apposition', () => {
  it('gives it to the person the body introduces with the title\'s first two words', () => {
    const text = 'Ketua Koperasi Nelayan Rembang Utara: Kami Kalah Modal dari Pengepul Besar\n\n' +
      'REMBANG, KOMPAS.com - Koperasi Mina Jaya di Rembang kesulitan membeli ikan dari anggotanya sendiri. ' +
      'Kompas.com mewawancarai ketua koperasi, Sulastri Handayani, di kantor koperasi, Rabu.\n';
    assert.deepEqual(headline(text), ['Kami Kalah Modal dari Pengepul Besar = Sulastri Handayani']);
  });
  it('guard: two people introduced with those words make the headline nobody\'s', () => {
    const text = 'Ketua Koperasi Nelayan Rembang Utara: Kami Kalah Modal dari Pengepul Besar\n\n' +
      'REMBANG - Ketua koperasi, Sulastri Handayani, mengeluhkan modal. Di desa sebelah, ketua koperasi, Bambang Suryadi, menyebut hal serupa.\n';
    assert.deepEqual(headline(text), []);
  });
  it('guard: a topic before the colon is no title, though a body\'s longer title ends with its words', () => {
    const text = 'Pemilu Tuvalu: Kandidat Kalah Menuding Kotak Suara Terlambat\n\n' +
      'FUNAFUTI - Penghitungan suara rampung, Kamis. Kepala kantor pemilu Tuvalu, Talia Seluka, menjelaskan kapal tertahan cuaca.\n';
    assert.deepEqual(headline(text), []);
  });
  it('guard: words of a topic before the colon name nobody', () => {
    const text = 'Harga Ikan Tongkol Turun: Nelayan Menahan Hasil Tangkapan\n\n' +
      'REMBANG - Harga ikan tongkol di Rembang turun. Ketua koperasi, Sulastri Handayani, meminta nelayan bersabar.\n';
    assert.deepEqual(headline(text), []);
  });
  it('guard: a deputy, former or acting holder of the title is another office', () => {
    const text = 'Ketua Koperasi Nelayan Rembang Utara: Kami Kalah Modal dari Pengepul Besar\n\n' +
      'REMBANG - Wakil ketua koperasi, Sulastri Handayani, mengeluhkan modal kepada wartawan.\n';
    assert.deepEqual(headline(text), []);
    assert.deepEqual(headline(text.replace('Wakil ketua', 'Mantan ketua')), []);
  });
});
