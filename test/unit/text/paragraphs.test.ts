import assert from 'node:assert/strict';
import { capitalisedTokens } from '../../../src/core/text/capitalised';
import { paragraphRanges } from '../../../src/core/text/paragraphs';

describe('paragraphRanges', () => {
  it('splits on LF, CRLF and CR and skips blank lines', () => {
    const t = 'A b\r\n\r\nC d\nE\rF  \n   \n';
    const got = paragraphRanges(t).map((r) => t.slice(r.start, r.end));
    assert.deepEqual(got, ['A b', 'C d', 'E', 'F  ']);
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
