// Findings of the outside review of session 37's speaker rules (own sentences, fictional
// events): a bare office title with nobody introduced under it, a name right after a title
// in a cue, the bare-title search's time on a long paragraph, "Bos <body>:" headlines and
// noun objects closed by a demonstrative.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/recognize/analyze';
import { quoteSpeakers as speakers, statementPairs as statements } from './helpers';
import type { LocalMention } from '../../../src/core/recognize/mention';
import { titleAfterCue, titleSubjectAt } from '../../../src/core/recognize/title-subject';
import { demonstrativeSubject } from '../../../src/core/recognize/reported/demonstrative-subject';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../cpu-growth';

describe('review of the session 37 speaker rules', () => {
  describe('a bare office title nobody was introduced with speaks for nobody named elsewhere', () => {
    const article = [
      'Banjir rendam dua desa',
      '',
      'Darto, warga Desa Cibeureum, mengatakan air naik sejak subuh. "Kami mengungsi ke masjid," kata Darto.',
      '',
      'Bupati Kuningan memastikan bantuan logistik tiba sore ini.',
      '',
      '"Kami sudah kirim tiga truk," kata Bupati Kuningan.',
    ].join('\n');

    it('gives the statement and the quote to the regency in the title, not to the villager', () => {
      assert.deepEqual(statements(article)[1], ['bantuan logistik tiba sore ini', 'Kabupaten Kuningan']);
      assert.deepEqual(speakers(article), ['Darto', 'Kabupaten Kuningan']);
    });

    it('gives a council chair\'s statement to no earlier speaker', () => {
      const t = [
        'Anggaran banjir dipangkas',
        '',
        'Kepala seksi penindakan, Rika Oktaviani, mengatakan dokumen kapal tidak lengkap.',
        '',
        'Ketua DPRD juga meminta pemerintah daerah menambah pos jaga.',
      ].join('\n');
      for (const [text, who] of statements(t)) {
        if (text.startsWith('pemerintah daerah')) assert.notEqual(who, 'Rika Oktaviani');
      }
    });

    it('still gives the bare title to the person introduced with it', () => {
      const t = [
        'Pencuri kotak amal ditangkap',
        '',
        'Kapolres Lombok Tengah AKBP Bambang Sutrisno mengatakan pelaku beraksi sejak Agustus.',
        '',
        'Warga, Darto, mengaku lega. "Kami tenang sekarang," kata Darto.',
        '',
        'Kapolres menambahkan pelaku terancam lima tahun penjara.',
      ].join('\n');
      assert.deepEqual(statements(t).at(-1), ['pelaku terancam lima tahun penjara', 'Bambang Sutrisno']);
    });
  });

  describe('a name right after the title in a cue wins over the bare title', () => {
    const lead = 'Darto, warga setempat, mengatakan jalan desa rusak parah.\n\n';
    it('takes the comma-apposed name ("ujar Kepala Desa Sukamaju, Hendra Wijaya, kepada wartawan")', () => {
      const t = lead + '"Perbaikan dimulai bulan depan," ujar Kepala Desa Sukamaju, Hendra Wijaya, kepada wartawan.';
      assert.deepEqual(speakers('Jalan desa rusak\n\n' + t), ['Hendra Wijaya']);
    });
    it('takes the name written straight after the title ("kata Ketua RT 05 Budi Santoso")', () => {
      const t = lead + '"Warga sudah lama mengeluh," kata Ketua RT 05 Budi Santoso.';
      assert.deepEqual(speakers('Jalan desa rusak\n\n' + t), ['Budi Santoso']);
    });
  });

  describe('time of the bare-title readers on one long paragraph (title-subject.ts)', () => {
    // Each sentence opens with a bare title and names two places: the readers look at the
    // mentions of one sentence, not at every mention of the paragraph per sentence.
    const unit = 'Bupati Kuningan mengatakan warga Jakarta aman. ';
    const readAll = (n: number): void => {
      const p = unit.repeat(n);
      const mentions: LocalMention[] = [];
      for (let i = 0; i < n; i++) {
        const at = i * unit.length;
        mentions.push({ start: at + 7, end: at + 15, type: 'GPE', canonical: 'Kabupaten Kuningan', source: 'kb' });
        mentions.push({ start: at + 33, end: at + 40, type: 'GPE', canonical: 'Jakarta', source: 'kb' });
      }
      let found = 0;
      for (let i = 0; i < n; i++) {
        if (titleSubjectAt(p, i * unit.length, mentions) !== null) found++;
        if (titleAfterCue(p, i * unit.length, i * unit.length + 16, mentions) !== null) found++;
      }
      assert.equal(found, 2 * n);
    };
    it('grows about linearly (four times the sentences, well under sixteen times the CPU)', () => {
      const growth = cpuGrowth(readAll, 4000, 3);
      assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the sentences took ${growth.toFixed(2)}x the CPU: the readers are quadratic`);
    });
  });

  describe('"Bos <body>:" headlines', () => {
    const headlineSpeaker = (t: string): string | null | undefined => analyze(t).reported?.find((r) => r.start < t.indexOf('\n'))?.speaker;
    it('gives the headline to the body\'s head, not to an employee of the body', () => {
      const t = [
        'Bos Sinar Pangan: Harga Tepung Turun Bulan Depan',
        '',
        'Seorang karyawan Sinar Pangan, Budi Hartono, mengatakan gudang masih penuh.',
        '',
        'Direktur Utama Sinar Pangan, Wahyu Kurniawan, mengatakan harga tepung turun bulan depan.',
      ].join('\n');
      assert.equal(headlineSpeaker(t), 'Wahyu Kurniawan');
    });
    it('gives it to nobody when only an employee is named', () => {
      const t = [
        'Bos Sinar Pangan: Harga Tepung Turun Bulan Depan',
        '',
        'Seorang karyawan Sinar Pangan, Budi Hartono, mengatakan gudang masih penuh.',
      ].join('\n');
      assert.notEqual(headlineSpeaker(t), 'Budi Hartono');
    });
  });

  describe('a demonstrative closing a noun object before an adjunct (demonstrative-subject.ts)', () => {
    for (const tail of ['panjang lebar kepada wartawan', 'sambil menunjuk papan', 'seraya tersenyum lebar', 'tadi kepada warga', 'langsung di lokasi']) {
      it(`"aturan tersebut ${tail}" is an object, no subject`, () => {
        const p = `aturan tersebut ${tail}`;
        assert.equal(demonstrativeSubject(p, 0, p.length), false);
      });
    }
    it('keeps "panjang" as a predicate when no "lebar" follows', () => {
      const p = 'jalan itu panjang dan berliku';
      assert.equal(demonstrativeSubject(p, 0, p.length), true);
    });
    it('makes no statement of "Acep menjelaskan aturan tersebut panjang lebar kepada wartawan."', () => {
      const t = 'Aturan baru pasar\n\nAcep menjelaskan aturan tersebut panjang lebar kepada wartawan.';
      assert.deepEqual(statements(t), []);
    });
  });
});
