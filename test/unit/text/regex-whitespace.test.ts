import assert from 'node:assert/strict';
import { isRegexWhitespace } from '../../../src/core/text/chars';

describe('isRegexWhitespace', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c)) !== isRegexWhitespace(c)) disagree.push(c);
    assert.deepEqual(disagree, []);
  });
});
