// The adjunct words have one owner (recognize/adjunct-words.ts); these are the relations
// between its readers' lists that the recognizer counts on.
import assert from 'node:assert/strict';
import { FRONTED_ADJUNCT_OPENERS, OBJECT_ADJUNCT_OPENERS, OBJECT_TAIL_PREPOSITIONS, TIME_ADJUNCT_OPENERS, VERB_ADJUNCT_WORDS } from '../../../src/core/recognize/adjunct-words';
import { opensContent } from '../../../src/core/recognize/reported/content-adjunct';

describe('adjunct words (recognize/adjunct-words.ts)', () => {
  it('skips after a verb every time adjunct that may open the content (find.ts reads the first, content-adjunct.ts the second)', () => {
    for (const w of TIME_ADJUNCT_OPENERS) assert.ok(VERB_ADJUNCT_WORDS.includes(w), w);
  });
  it('opens a fronted adjunct with every time opener, and an adjunct after an object with every object preposition', () => {
    for (const w of TIME_ADJUNCT_OPENERS) assert.ok(FRONTED_ADJUNCT_OPENERS.includes(w), w);
    for (const w of OBJECT_TAIL_PREPOSITIONS) assert.ok(OBJECT_ADJUNCT_OPENERS.includes(w), w);
  });
  it('lets a time adjunct open the content, and no other adjunct', () => {
    const opens = (s: string) => opensContent(s, 0, s.indexOf(' '));
    assert.equal(opens('menjelang dua pekan terakhir'), true);
    assert.equal(opens('pada Senin malam'), true);
    assert.equal(opens('melalui dua pekan'), false);
    assert.equal(opens('kepada wartawan'), false);
  });
});
