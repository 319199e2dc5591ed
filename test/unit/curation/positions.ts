import assert from 'node:assert/strict';

/** Where the nth occurrence (from 1) of `surface` starts in `text`; fails the test when there
 *  is none. Shared by the curation tests that build a recognizer result by hand. */
export function positionsIn(text: string): (surface: string, nth?: number) => number {
  return (surface, nth = 1) => {
    let i = -1;
    for (let n = 0; n < nth; n++) i = text.indexOf(surface, i + 1);
    assert.ok(i >= 0, `${surface} #${nth}`);
    return i;
  };
}
