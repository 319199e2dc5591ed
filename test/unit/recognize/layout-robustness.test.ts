// Issue 13's robustness goal: odd spacing inside names (pattern 11) and an article
// delivered as one long line give the actors of the article as usually laid out. Every
// sentence here was written for this test.
import assert from 'node:assert/strict';
import { KbIndex } from '../../../src/core/kb/kb-index';
import type { KbEntity } from '../../../src/core/kb/types';
import { analyze } from '../../../src/core/recognize/analyze';
import { lineParts } from '../../../src/core/recognize/actors/line-parts';
import { endBack, respace, startBack } from '../../../src/core/recognize/spacing';
import type { ActorType } from '../../../src/core/recognize/types';
import { capitalisedSpans } from '../../../src/core/text/capitalised';
import { TEST_ENTITIES } from './test-kb';

/** A string read as the recognizer reads an article: every run of blanks one plain space,
 *  invisible characters left out. */
const singleSpaced = (s: string): string => respace(s)?.text ?? s;

function e(id: string, canonical: string, type: ActorType, aliases: string[]): KbEntity {
  return { id, canonical, type, aliases, description: { en: '', id: '' } };
}

const kb = new KbIndex({
  entities: [
    ...TEST_ENTITIES,
    e('bank-mandiri', 'Bank Mandiri', 'ORG', ['Bank Mandiri', 'PT Bank Mandiri']),
    e('semarang', 'Semarang', 'GPE', ['Semarang']),
    e('jawa-tengah', 'Jawa Tengah', 'GPE', ['Jawa Tengah']),
  ],
  suppress: [],
});

const actors = (text: string) => analyze(text, { kb }).actors.map((a) => `${a.text}/${a.type}/${a.canonical}`);
const spans = (text: string) => analyze(text, { kb }).actors.map((a) => `${a.type}/${a.canonical}`);

describe('layout robustness (issue 13)', () => {
  describe('respace', () => {
    it('leaves single-spaced text alone and maps every character of a respaced one back', () => {
      assert.equal(respace('Kata Dmitry Peskov hari ini.'), undefined);
      const p = 'Kata Dmitry\u00a0Peskov  dan\t\tRina \u00a0Sari.';
      const r = respace(p);
      assert.ok(r);
      assert.equal(r.text, 'Kata Dmitry Peskov dan Rina Sari.');
      const at = (word: string) => r.text.indexOf(word);
      for (const w of ['Dmitry', 'Peskov', 'dan', 'Rina', 'Sari']) {
        const s = startBack(r, p.length, at(w));
        const end = endBack(r, p.length, at(w) + w.length);
        assert.equal(p.slice(s, end), w);
      }
      assert.equal(endBack(r, p.length, r.text.length), p.length);
    });

    it('makes a name single-spaced for its identity', () => {
      assert.equal(singleSpaced('Rina  Puspa\u00a0Andriani'), 'Rina Puspa Andriani');
      assert.equal(singleSpaced('Rina Puspa'), 'Rina Puspa');
    });
  });

  describe('11. a no-break space or two spaces inside a name', () => {
    const plain = 'Laba PT Bank Mandiri (Persero) Tbk naik. Asosiasi Modal Ventura untuk Startup Jawa Tengah menyambutnya, kata Ratna Sari Dewanti di Semarang.';
    for (const [label, blank] of [['no-break space', '\u00a0'], ['two spaces', '  ']] as const) {
      it(`${label}: the same mentions, spans over the name as written, identities single-spaced`, () => {
        // Every space inside the three names made odd, as feeds deliver them.
        const odd = plain
          .replace('PT Bank Mandiri (Persero) Tbk', 'PT Bank Mandiri (Persero) Tbk'.replaceAll(' ', blank))
          .replace('Asosiasi Modal Ventura untuk Startup', 'Asosiasi Modal Ventura untuk Startup'.replaceAll(' ', blank))
          .replace('Ratna Sari Dewanti', 'Ratna Sari Dewanti'.replaceAll(' ', blank));
        assert.deepEqual(spans(odd), spans(plain));
        const result = analyze(odd, { kb }).actors;
        for (const a of result) assert.equal(odd.slice(a.start, a.end), a.text);
        assert.ok(result.some((a) => a.text === `Ratna${blank}Sari${blank}Dewanti` && a.canonical === 'Ratna Sari Dewanti'));
      });
    }
  });

  describe('an article delivered as one long line', () => {
    const lines = [
      'Banjir Rendam Ratusan Rumah di Semarang, Warga Mengungsi ke Balai Desa',
      'Semarang (ANTARA) - Banjir merendam ratusan rumah di Semarang, Jawa Tengah, Sabtu. Kepala Dinas Sosial, Ratna Sari Dewanti, mengatakan bantuan sudah dikirim.',
      '"Kami mendirikan dapur umum sejak pagi," kata Ratna.',
      'Baca juga: Hujan Deras Diperkirakan Masih Turun Sepekan',
      'Pewarta: Gilang Mahendra Putra',
      'Editor: Sekar Ayu Larasati',
    ];
    it('finds the actors of the article as laid out in lines: headline, dateline and credits', () => {
      const asLines = lines.join('\n');
      const oneLine = lines.join(' ');
      assert.deepEqual(spans(oneLine), spans(asLines));
      assert.deepEqual(actors(oneLine).filter((a) => /Gilang|Sekar/.test(a)), [
        'Gilang Mahendra Putra/PER/Gilang Mahendra Putra', 'Sekar Ayu Larasati/PER/Sekar Ayu Larasati',
      ]);
    });

    it('a headline in capitals runs into an outlet dateline', () => {
      const head = 'BANJIR RENDAM RATUSAN RUMAH, WARGA SEMARANG MENGUNGSI';
      const body = 'SEMARANG, KOMPAS.com - Banjir merendam ratusan rumah warga pada Sabtu.';
      assert.deepEqual(spans(`${head} ${body}`), spans(`${head}\n${body}`));
    });

    it('a line is cut only before a dateline after a headline, and before labels', () => {
      const cuts = (p: string) => {
        const ts: number[] = [];
        const te: number[] = [];
        const nt = capitalisedSpans(p, ts, te);
        return lineParts(p, kb, ts, te, nt)?.map((at) => p.slice(at, at + 12));
      };
      // An aside between dashes after a title and a name: one sentence.
      assert.equal(cuts('Ketua Komisi Pemuda Daerah Bima Santoso Wiratama - yang baru terpilih - menolak tawaran itu.'), undefined);
      // A long place name in a dateline is no headline.
      assert.equal(cuts('DEMOCRATIC REPUBLIC OF THE CONGO (ANTARA) - Warga kembali ke rumah mereka.'), undefined);
      // Labels inside a line of credits laid out as one ("|", "/") stay in it.
      assert.equal(cuts('Penulis: Gilang Mahendra | Editor: Sekar Ayu'), undefined);
      assert.deepEqual(cuts(lines.join(' ')), ['Semarang (AN', 'Baca juga: H', 'Pewarta: Gil', 'Editor: Seka']);
    });

    it('a page\'s date and time run into the headline start a part, and so does what follows; a byline with a date stays one line', () => {
      const cutsOf = (p: string) => {
        const ts: number[] = [];
        const te: number[] = [];
        return lineParts(p, kb, ts, te, capitalisedSpans(p, ts, te))?.map((at) => p.slice(at, at + 8));
      };
      const withDateline = 'PSSI Skors Dua Pemain Klub Selama Setahun karena Atur Skor Senin, 2 Maret 2026 | 08:15 WIB Semarang (ANTARA) - Komisi Disiplin menjatuhkan sanksi.';
      assert.deepEqual(cutsOf(withDateline), ['Senin, 2', 'Semarang'], 'before: only the dateline');
      const noDateline = 'Konser Penyanyi Muda di Semarang Batal Mendadak, Panitia Janji Kembalikan Uang Tiket Kamis, 18 Des 2025 21:10 WIB Penonton kecewa.';
      assert.deepEqual(cutsOf(noDateline), ['Kamis, 1', 'Penonton'], 'before: no cut, the headline read as words of a sentence');
      // Headline words after the cut are no longer names: "Atur Skor" was a person.
      assert.ok(!actors(withDateline).some((a) => a.startsWith('Atur Skor')), actors(withDateline).join(' | '));
      // A byline line with the page's date: no headline before it, no cut.
      assert.equal(cutsOf('Penulis Wulan Prasetyani | Kamis, 11 Desember 2025 14:20 WIB'), undefined);
      // A time in a sentence is no page stamp.
      assert.equal(cutsOf('Rapat Dewan Pengawas Perusahaan Daerah Air Minum digelar Rabu, 10 Desember 2025 pukul 19.42 WIB di Semarang.'), undefined);
    });

    it('a byline between the headline and the dateline is a part of its own, its names people (before: read as headline words, no actor)', () => {
      const oneLine = 'Ratusan Nelayan di Pantura Belum Terima Bantuan Solar, Dinas Janji Cair Pekan Depan Rep: Wulan Prasetyani Red: Danu Ardiansyah SEMARANG (ANTARA) - Sekitar 600 nelayan belum menerima bantuan.';
      const ts: number[] = [];
      const te: number[] = [];
      const nt = capitalisedSpans(oneLine, ts, te);
      assert.deepEqual(lineParts(oneLine, kb, ts, te, nt)?.map((at) => oneLine.slice(at, at + 8)), ['Rep: Wul', 'Red: Dan', 'SEMARANG']);
      const found = actors(oneLine);
      assert.ok(found.some((a) => a.startsWith('Wulan Prasetyani/PER/')) && found.some((a) => a.startsWith('Danu Ardiansyah/PER/')), found.join(' | '));
      // A label of a source, not of people, is a headline's word ("Heboh Video: …").
      const video = 'Heboh Video: Warga Desa Gotong Royong Angkat Perahu Nelayan Semarang (ANTARA) - Warga bergotong royong.';
      const vts: number[] = [];
      const vte: number[] = [];
      assert.deepEqual(lineParts(video, kb, vts, vte, capitalisedSpans(video, vts, vte))?.map((at) => video.slice(at, at + 8)), ['Semarang']);
    });
  });

  it('a copyright footer run into the credit line (or an article delivered as one line) is no part of the credited name', () => {
    const text = 'Warga Desa Mengungsi\n\nWarga mengungsi ke balai desa.\n\nEditor: Nurul Hidayati Copyright © ANTARA 2025\n';
    assert.ok(actors(text).some((a) => a.startsWith('Nurul Hidayati/PER/')), actors(text).join(' | '));
    assert.ok(!actors(text).some((a) => a.includes('Copyright')), 'before: "Nurul Hidayati Copyright" PER');
    // A never-actor word that is also a name ("Sara") stays in the credited name.
    assert.ok(actors('Warga Desa Mengungsi\n\nWarga mengungsi.\n\nEditor: Lidia Sara\n').some((a) => a.startsWith('Lidia Sara/PER/')));
  });

  it('a network\'s footer quoting the headline as first published reads that headline as a headline', () => {
    // (written for this test) Before: "Sertifikat Tanah Salah Nama" read as a person.
    const text = 'Warga Desa Protes\n\nWarga mengeluhkan sertifikat tanah.\n\nArtikel ini telah tayang di Tribunnews.com dengan judul Sertifikat Tanah Salah Nama, Warga Datangi Kantor\n';
    assert.ok(!actors(text).some((a) => a.includes('Salah Nama')), actors(text).join(' | '));
    assert.ok(actors(text).some((a) => a.startsWith('Tribunnews.com/ORG/')), actors(text).join(' | '));
  });
});
