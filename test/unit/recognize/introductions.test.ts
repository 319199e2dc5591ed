// The names an article introduces with a word (introductions.ts): a nickname, and a name in
// apposition to a relation ("Ibunya, Siti Aminah"), read once per article.
import assert from 'node:assert/strict';
import { Introductions } from '../../../src/core/recognize/introductions';
import type { ActorMention } from '../../../src/core/recognize/types';

/** The mentions of `names` at their first place in `text`. */
function mentionsOf(text: string, names: string[]): ActorMention[] {
  return names.map((name) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, type: 'PER', canonical: name };
  });
}

describe('introductions (introductions.ts)', () => {
  it('finds the mentions introduced as a nickname, before or after the name', () => {
    const text = 'Sutrisno Hadi hadir. Pria yang akrab disapa Pak Tris itu tersenyum. Rudi, sapaan akrabnya, diam. Andi pulang.';
    const intro = new Introductions(text, mentionsOf(text, ['Sutrisno Hadi', 'Tris', 'Rudi', 'Andi']));
    assert.deepEqual([0, 1, 2, 3].map((k) => intro.nicknameAt(k)), [false, true, true, false]);
  });

  it('lists the names in apposition after a word, in order, the word as a whole word in any case', () => {
    const text = 'Ibunya, Siti Aminah, menunggu. Kakak ibunya, Rina, datang. Neneknya, Sumi, diam. Kata si ibunya, Wati.';
    const intro = new Introductions(text, mentionsOf(text, ['Siti Aminah', 'Rina', 'Sumi', 'Wati']));
    assert.deepEqual(intro.namedAfter('ibunya'), [0, 1, 3]);
    assert.deepEqual(intro.namedAfter('neneknya'), [2]);
    assert.deepEqual(intro.namedAfter('ayahnya'), []);
  });
});
