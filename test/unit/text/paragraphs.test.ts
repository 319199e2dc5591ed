import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalisedTokens } from '../../../src/core/text/capitalised';
import { paragraphRanges } from '../../../src/core/text/paragraphs';

/** Non-blank lines split at every LF, CRLF and CR, as [start, end) pairs: the definition. */
function referenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const breaks = /\r\n?|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    if (/[^ \t\u00a0\ufeff]/.test(text.slice(start, m.index))) out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (/[^ \t\u00a0\ufeff]/.test(text.slice(start))) out.push([start, text.length]);
  return out;
}

describe('paragraphRanges', () => {
  it('splits on LF, CRLF and CR and skips blank lines', () => {
    const t = 'A b\r\n\r\nC d\nE\rF  \n   \n';
    const got = paragraphRanges(t).map((r) => t.slice(r.start, r.end));
    assert.deepEqual(got, ['A b', 'C d', 'E', 'F  ']);
  });
  it('finds the lines the definition finds, with carriage returns in the text or none', () => {
    const piece = fc.constantFrom('a', 'B c', ' ', '\t', '\u00a0', '\ufeff', '\n', '\n\n', '\r', '\r\n', '\n\r', '“x”');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
      const t = ps.join('');
      assert.deepEqual(paragraphRanges(t).map((r) => [r.start, r.end]), referenceRanges(t), JSON.stringify(t));
    }), { numRuns: 3000 });
  });
  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(paragraphRanges(''), []);
    assert.deepEqual(paragraphRanges(' \n\t\r\n'), []);
  });
});

describe('capitalisedTokens', () => {
  it('finds capitalised words with domain suffixes, not mid-word capitals', () => {
    const t = 'JAKARTA, KOMPAS.com - iPhone dan TEMPO.CO serta O’Brien.';
    assert.deepEqual(capitalisedTokens(t).map((k) => t.slice(k.start, k.end)), ['JAKARTA', 'KOMPAS.com', 'TEMPO.CO', 'O’Brien']);
  });
  it('keeps UTF-16 offsets right after emoji and combining marks', () => {
    const t = '🇺🇦 e\u0301 Zelenskyy';
    const [tok] = capitalisedTokens(t);
    assert.equal(t.slice(tok.start, tok.end), 'Zelenskyy');
    assert.equal(tok.start, 8);
  });
});
