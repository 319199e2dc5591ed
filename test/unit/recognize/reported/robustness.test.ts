// Offsets stay UTF-16 offsets into the text as given: CRLF, a BOM-less text after an
// emoji, astral characters before the statement.
import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { testKb } from '../test-kb';
import { cpuGrowth, LINEAR_GROWTH_LIMIT } from '../../cpu-growth';
import { reportedOf } from './helpers';

function check(text: string, expected: string): void {
  const r = reportedOf(text);
  assert.equal(r.length, 1, text);
  assert.equal(r[0].text, expected);
  assert.equal(text.slice(r[0].start, r[0].end), expected);
  assert.equal(r[0].speaker, 'Dmitry Peskov');
}

describe('reported speech: robustness', () => {
  it('CRLF line endings', () => {
    check('Judul berita\r\n\r\nPeskov mengatakan Rusia siap berunding.\r\nParagraf lain.', 'Rusia siap berunding');
  });
  it('a BOM left in the text', () => {
    check('\uFEFFPeskov mengatakan Rusia siap berunding.', 'Rusia siap berunding');
  });
  it('emoji (surrogate pairs) before the statement', () => {
    check('🇺🇦🔥 Kabar terbaru 😀\nPeskov mengatakan Rusia siap berunding.', 'Rusia siap berunding');
    check('😀 Rusia siap berunding, kata Peskov.', 'Rusia siap berunding');
  });
  it('no sentence end: the statement runs to the paragraph end, bounded', () => {
    const text = `Peskov mengatakan Rusia siap ${'berunding '.repeat(50)}`;
    const r = reportedOf(text);
    assert.equal(r.length, 1);
    assert.ok(r[0].end <= text.length);
  });
  it('is linear: a long paragraph of many cues grows with its length', function () {
    this.timeout(120_000);
    const unit = 'Peskov mengatakan Rusia siap berunding, kata Lavrov, dan menegaskan bahwa ';
    // 2,500 units (about 185 KB, ~150 ms warm): at 1,250 the warm run took 67-85 ms, and a
    // scheduling hiccup of a loaded machine in it measured 8.97x and 9.94x (sessions 50-51)
    // where quiet runs of the same code give 3.5-4.3x.
    const growth = cpuGrowth((n) => analyze(unit.repeat(n), { kb: testKb }), 2_500, 3);
    assert.ok(growth < LINEAR_GROWTH_LIMIT, `four times the text took ${growth.toFixed(2)}x the CPU: the scan is quadratic`);
  });
});
