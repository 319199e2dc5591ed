// The label above an annotated line says what its annotations say, cut so that a line of
// several annotations stays readable (src/extension/annotations/lens-label.ts).
import assert from 'node:assert/strict';
import { LABEL_CHARS, SAYS_CHARS, SAYS_MIN, fairShares, lensLabel } from '../../../src/extension/annotations/lens-label';

const more = (n: number) => `and ${n} more`;

describe('annotation label above a line', () => {
  it('says what one annotation says, whole when it is short', () => {
    assert.equal(lensLabel([{ head: 'stance', says: 'Wali Kota Bogor against tarif parkir baru' }], more), 'stance: Wali Kota Bogor against tarif parkir baru');
    assert.equal(lensLabel([{ head: 'suggested source', says: 'Kompas (media, direct)' }], more), 'suggested source: Kompas (media, direct)');
  });

  it('cuts a long one with "…" at SAYS_CHARS, on one line', () => {
    const says = 'Menteri Keuangan: penerimaan pajak kuartal ini\nmelampaui target berkat kenaikan harga komoditas';
    const label = lensLabel([{ head: 'claim', says }], more);
    assert.equal(label, `claim: ${says.replace('\n', ' ').slice(0, SAYS_CHARS - 1)}…`);
    assert.ok(!label.includes('\n'));
  });

  it('shares the line among several, a short one keeping all its words and leaving the rest to a long one', () => {
    const parts = [
      { head: 'claim', says: 'Juru bicara pemda: jalan tol baru dibuka untuk umum mulai akhir bulan depan setelah uji laik' },
      { head: 'source', says: 'BPS (document, direct)' },
    ];
    const label = lensLabel(parts, more);
    assert.equal(label.length, LABEL_CHARS, label);
    const [claim, source] = label.split(' · ');
    assert.equal(source, 'source: BPS (document, direct)');
    assert.match(claim, /^claim: Juru bicara pemda: .+…$/);
  });

  it('cuts two long ones to the same share', () => {
    const label = lensLabel([
      { head: 'stance', says: 'Asosiasi sopir truk against pembatasan jam operasional di jalan tol' },
      { head: 'stance', says: 'Dinas perhubungan for pembatasan jam operasional truk di jalan tol' },
    ], more);
    assert.ok(label.length <= LABEL_CHARS, `${label.length}: ${label}`);
    const [a, b] = label.split(' · ');
    assert.equal(a.length, b.length, label);
    assert.match(a, /^stance: Asosiasi sopir truk .*…$/);
  });

  it('counts what does not fit rather than cutting every annotation to nothing', () => {
    const parts = Array.from({ length: 7 }, (_, i) => ({ head: 'stance', says: `Pengurus koperasi nelayan ${i} against rencana reklamasi teluk` }));
    const label = lensLabel(parts, more);
    const items = label.split(' · ');
    const tail = items.pop() as string;
    assert.match(tail, /^and \d+ more$/);
    assert.equal(items.length + Number(tail.split(' ')[1]), 7, 'every annotation is shown or counted');
    assert.ok(items.length >= 2, label);
    for (const item of items) assert.ok(item.length - 'stance: '.length >= SAYS_MIN, item);
    assert.ok(label.length <= LABEL_CHARS, `${label.length}: ${label}`);
  });

  it('keeps the annotator in the head when it fits, and never runs past LABEL_CHARS when it does not', () => {
    const fits = lensLabel([{ head: 'stance, needs review', annotators: ['nur-aisyah-putri'], says: 'Ketua RT against pemindahan pos ronda' }], more);
    assert.equal(fits, 'stance, needs review (nur-aisyah-putri): Ketua RT against pemindahan pos ronda');
    const label = lensLabel([{ head: 'stance, needs review', annotators: ['seorang-anotator-dengan-nama-yang-sangat-panjang-sekali'], says: 'Ketua RT against pemindahan pos ronda' }], more);
    assert.ok(label.length <= LABEL_CHARS, `${label.length}: ${label}`);
    assert.match(label, /^stance, needs review \(seorang-anotator-[a-z-]+\):?…$/);
  });

  it('shortens a long list of annotators to the first and a count before cutting the words (fix53a)', () => {
    const annotators = ['ani', 'budi', 'cici', 'dodi', 'eka', 'fajar'];
    const says = 'Paguyuban pedagang pasar against relokasi ke gedung baru di pinggir kota';
    const label = lensLabel([{ head: 'stance, needs review', annotators, says }], more, (h, n) => `${h} [${n}]`);
    assert.ok(label.length <= LABEL_CHARS, `${label.length}: ${label}`);
    assert.match(label, /^stance, needs review \[ani \+5\]: Paguyuban pedagang pasar against relokasi/);
    // (two annotators fit whole)
    assert.equal(lensLabel([{ head: 'stance', annotators: ['ani', 'budi'], says: 'Warga against tambang pasir' }], more), 'stance (ani, budi): Warga against tambang pasir');
  });

  it('shows the kind alone for an annotation that says nothing, never "claim: " (fix53a)', () => {
    assert.equal(lensLabel([{ head: 'claim', says: '' }], more), 'claim');
    assert.equal(lensLabel([{ head: 'claim', says: '  ' }, { head: 'source', says: 'BPS (document, direct)' }], more), 'claim · source: BPS (document, direct)');
  });

  it('is empty for a line without annotations', () => {
    assert.equal(lensLabel([], more), '');
  });

  it('fair shares: short ones whole, the rest split evenly, never above the budget', () => {
    assert.deepEqual(fairShares([10, 50, 50], 70), [10, 30, 30]);
    assert.deepEqual(fairShares([5, 6], 100), [5, 6]);
    assert.deepEqual(fairShares([40, 40], 20), [10, 10]);
    assert.deepEqual(fairShares([40], -5), [0]);
  });
});
