import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AnalysisResult } from '../../../src/core/recognize/types';
import { runWithTestKb } from './helpers';

function assertWellFormed(text: string, r: AnalysisResult): void {
  for (const list of [r.actors, r.quotes]) {
    let lastEnd = -1;
    for (const s of list) {
      assert.ok(s.start >= lastEnd, `overlap or unsorted at ${s.start}`);
      assert.ok(s.end > s.start && s.end <= text.length);
      assert.equal(text.slice(s.start, s.end), s.text);
      lastEnd = s.end;
    }
  }
}

describe('analyze: robustness and offsets', () => {
  it('empty and blank input', () => {
    assert.deepEqual(runWithTestKb(''), { actors: [], quotes: [], reported: [] });
    assert.deepEqual(runWithTestKb('\r\n \n\t'), { actors: [], quotes: [], reported: [] });
  });
  it('CRLF text: offsets index the text as read', () => {
    const t = 'Judul berita\r\n\r\n“Kami siap bekerja,” kata Lavrov di Moskow.\r\n';
    const r = runWithTestKb(t);
    assertWellFormed(t, r);
    assert.deepEqual(r.actors.map((a) => a.text), ['Lavrov', 'Moskow']);
    assert.equal(r.quotes[0].start, t.indexOf('“'));
  });
  it('emoji and combining characters before a mention keep offsets right', () => {
    const t = 'Doa 🇺🇦🙏 dari Zoe\u0301 untuk Kyiv, kata Macron.';
    const r = runWithTestKb(t);
    assertWellFormed(t, r);
    const kyiv = r.actors.find((a) => a.canonical === 'Kyiv');
    assert.ok(kyiv);
    assert.equal(kyiv.start, t.indexOf('Kyiv'));
  });
  it('binary-ish input and lone surrogates do not throw', () => {
    const t = `\u0000\uFFFD\uD800 Rusia \uDC00“x\u0007 NATO ${String.fromCharCode(...Array.from({ length: 300 }, (_, i) => i))}`;
    const r = runWithTestKb(t);
    assertWellFormed(t, r);
    assert.ok(r.actors.some((a) => a.text === 'NATO'));
  });
  it('deterministic: the same text gives the same result', () => {
    const t = '“Kami siap,” kata Peskov. Menteri Luar Negeri Ukraina Dmytro Kuleba menolak.';
    assert.deepEqual(runWithTestKb(t), runWithTestKb(t));
  });
  it('property: results are sorted, non-overlapping and match their text on arbitrary strings', () => {
    const pieces = ['Rusia', 'NATO', ' ', '\n', '“', '”', '"', "'", '‘', '’', 'kata', 'Peskov', 'Menteri', 'Luar', 'Negeri',
      ',', '.', 'Badan', 'Intelijen', '(SVR)', '-', 'Jakarta (ANTARA) - ', 'ujarnya', '🙏', 'e\u0301', '\r\n', 'Editor: ', 'Kabupaten'];
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 60 }), (parts) => {
      const t = parts.join('');
      assertWellFormed(t, runWithTestKb(t));
    }), { numRuns: 400 });
  });
  it('one huge paragraph (no line breaks) with thousands of quotes is analysed completely', function () {
    this.timeout(600_000);
    const unit = '“Kami tidak akan mundur dari posisi ini,” kata Lavrov di Moskow. ';
    const n = 20_000;
    const r = runWithTestKb(unit.repeat(n));
    assert.equal(r.quotes.length, n);
    assert.ok(r.quotes.every((q) => q.speaker === 'Sergey Lavrov'));
    assert.equal(r.actors.length, 2 * n);
  });
  it('a 20 MB article is analysed completely and correctly', function () {
    this.timeout(600_000);
    const para = '“Kami tidak akan mundur dari posisi ini,” kata Lavrov di Moskow. Menteri Luar Negeri Ukraina Dmytro Kuleba menolak.\n';
    const n = Math.ceil((20 * 1024 * 1024) / para.length);
    const t = para.repeat(n);
    const r = runWithTestKb(t);
    assert.equal(r.quotes.length, n);
    assert.equal(r.actors.length, 4 * n); // Lavrov, Moskow, Ukraina, Dmytro Kuleba
    const last = r.actors[r.actors.length - 1];
    assert.equal(last.text, 'Dmytro Kuleba');
    assert.equal(t.slice(last.start, last.end), 'Dmytro Kuleba');
    assert.equal(r.quotes[n - 1].speaker, 'Sergey Lavrov');
  });
});
