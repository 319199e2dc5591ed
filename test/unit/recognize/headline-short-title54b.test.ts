// "Dirreskrimsiber Polda Kaltim: <statement>": a police office's head written as one word
// before its body is a title the body writes out ("Direktur Reserse Kriminal Siber, Kombes
// Hendra …", title-subject.ts's long forms), a rank standing between the title and the name;
// the statement is the holder's, not the body's (headline-title-speaker.ts). (speakers54b:
// dev d459; the kind — a headline statement whose subject is a role or title — in four
// readable batches.) Articles written for this test.
import assert from 'node:assert/strict';
import { statementPairsWithTestKb } from './helpers';

const speakerOf = (text: string, content: string): string | null | undefined => statementPairsWithTestKb(text).find(([t]) => t === content)?.[1];

const HEADLINE = 'Dirreskrimsiber Polda Kaltim: Gudang di Samarinda Jadi Pusat Penipuan Daring';
const LEAD = '\n\nSAMARINDA - Penyidik Polda Kaltim menggerebek sebuah gudang di Samarinda yang dipakai sebagai pusat penipuan daring.';

describe('a headline short title of a police office before its body (headline-title-speaker.ts)', () => {
  it('"Dirreskrimsiber Polda X:" goes to the director the body names, after his rank', () => {
    const text = HEADLINE + LEAD + '\n\nDalam jumpa pers, Direktur Reserse Kriminal Siber, Kombes Hendra Wijayakusuma, mengatakan para pelaku menipu korban dari lima provinsi.';
    assert.equal(speakerOf(text, 'Gudang di Samarinda Jadi Pusat Penipuan Daring'), 'Hendra Wijayakusuma');
  });
  it('guard: the director of another unit does not hold the title', () => {
    const text = HEADLINE + LEAD + '\n\nDalam jumpa pers, Direktur Reserse Narkoba, Kombes Hendra Wijayakusuma, mengatakan para pelaku menipu korban dari lima provinsi.';
    assert.notEqual(speakerOf(text, 'Gudang di Samarinda Jadi Pusat Penipuan Daring'), 'Hendra Wijayakusuma');
  });
  it('guard (held before): the police chief of another regency holds no "Kapolres X:"', () => {
    const text = 'Kapolres Sumbawa: Pelaku Pencurian Ternak Sudah Diincar Sejak Bulan Lalu\n\nSUMBAWA BESAR - Polres Sumbawa menangkap dua pencuri sapi di Kecamatan Moyo Hilir.'
      + '\n\nKepala Kepolisian Resor Dompu, AKBP Gusti Ngurah Yudha, mengatakan kedua pelaku sudah lama diincar.';
    assert.notEqual(speakerOf(text, 'Pelaku Pencurian Ternak Sudah Diincar Sejak Bulan Lalu'), 'Gusti Ngurah Yudha');
  });
});
