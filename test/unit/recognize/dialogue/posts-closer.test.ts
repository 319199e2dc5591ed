// Issue 13: speakers in dialogue formats (speakers38; own sentences about fictional events).
import assert from 'node:assert/strict';
import { quoteSpeakers as speakers } from '../helpers';
import { postsCloserEnd } from '../../../../src/core/recognize/posts-closer';

describe('speakers38: posts closed by "Demikian tulis X" (posts-closer.ts)', () => {
  it('reads the closing attribution\'s words', () => {
    const p = 'x\nDemikian tulis akun milik Bayu Pratama.';
    assert.equal(postsCloserEnd(p, 2), p.indexOf('milik'));
    assert.equal(postsCloserEnd('x\nDemikian laporan terbaru.', 2), -1);
  });

  it('gives every post of the run the writer named in the paragraph after it', () => {
    const t = 'Unggahan seorang warga soal jalan rusak ramai dibagikan.\n\n' +
      '"Jalan ini sudah rusak dua tahun."\n\n"Sudah lapor ke kelurahan, tidak ada jawaban."\n\n' +
      'Demikian tulis warga Kelurahan Sukamaju, Bayu Pratama, di akun Facebook-nya, Selasa.\n';
    assert.deepEqual(speakers(t), ['Bayu Pratama', 'Bayu Pratama']);
  });
});

describe('speakers43b: posts closed by a company described ("Demikian tulis perusahaan … itu")', () => {
  it('gives the posts to the last company the article named', () => {
    const t = 'Pelanggan mengeluhkan aplikasi PT Sinar Tirta Mandiri yang tidak bisa dibuka sejak Senin.\n\n' +
      'Keluhan itu kemudian dijawab lewat dua unggahan di akun resmi.\n\n' +
      '"Mohon maaf, layanan sedang kami perbaiki."\n\n"Data pelanggan tetap aman."\n\n' +
      'Demikian tulis perusahaan air minum itu.\n';
    assert.deepEqual(speakers(t), ['PT Sinar Tirta Mandiri', 'PT Sinar Tirta Mandiri']);
  });

  it('leaves the posts without a speaker when no company was named before', () => {
    const t = 'Warga Desa Sukamaju mengeluhkan air keruh sejak Senin.\n\n' +
      '"Mohon maaf, layanan sedang kami perbaiki."\n\n"Air akan jernih besok."\n\n' +
      'Demikian tulis perusahaan air minum itu.\n';
    assert.deepEqual(speakers(t), [null, null]);
  });
});
