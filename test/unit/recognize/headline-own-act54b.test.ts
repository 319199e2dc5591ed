// "Sidang Etik, Ketua Panwaslu Sigi Bantah Abaikan Pengaduan Calon": the title holder the body
// names denies an own act; the body's statement of his shares one word of the act only
// ("pengaduan"), not two. The speaker is known by the title, so one shared word shows the
// denial is his speech (headline-verb-speaker.ts, speakerSaysSome; speakers54b: dev d431).
// Articles written for this test.
import assert from 'node:assert/strict';
import { statementPairsWithTestKb } from './helpers';

const speakerOf = (text: string, content: string): string | null | undefined => statementPairsWithTestKb(text).find(([t]) => t === content)?.[1];

const LEAD = '\n\nPALU - Dewan kehormatan memeriksa pengawas pemilu di Sulawesi Tengah, Senin (7/9).';

describe('a headline own act denied by a titled holder (headline-verb-speaker.ts)', () => {
  it('one word of the act in the holder\'s body statement is enough', () => {
    const text = 'Sidang Etik, Ketua Panwaslu Sigi Bantah Abaikan Pengaduan Calon' + LEAD
      + '\n\nKetua Panwaslu Sigi, Ismail Lamakarate, menegaskan setiap pengaduan sudah dicatat sesuai prosedur.';
    assert.equal(speakerOf(text, 'Abaikan Pengaduan Calon'), 'Ismail Lamakarate');
  });
  it('guard: a word shared only with another speaker\'s statement gives nothing', () => {
    const text = 'Sidang Etik, Ketua Panwaslu Sigi Bantah Abaikan Pengaduan Calon' + LEAD
      + '\n\nKetua Panwaslu Sigi, Ismail Lamakarate, menegaskan stafnya bekerja sesuai prosedur.'
      + '\n\nPengacara pengadu, Rudi Tanjung, mengatakan pengaduan itu dibiarkan berbulan-bulan.';
    assert.equal(speakerOf(text, 'Abaikan Pengaduan Calon'), undefined);
  });
  it('guard (held before): a noun object denied stays no statement', () => {
    const text = 'Sidang Etik, Ketua Panwaslu Sigi Bantah Tuduhan Pelapor' + LEAD
      + '\n\nKetua Panwaslu Sigi, Ismail Lamakarate, menegaskan tuduhan pelapor tidak berdasar.';
    assert.equal(speakerOf(text, 'Tuduhan Pelapor'), undefined);
  });
});
