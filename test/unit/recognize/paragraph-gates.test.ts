// The paragraph gates of the actor rules (Ctx.classes): a rule that needs a word of some
// class in its paragraph returns at once when no token has that class. A gate is sound only
// if the class holds every word the rule tests for; these tests hold the classes to the
// rules' own lists, and show the rules still applying where their word is the only one.
import assert from 'node:assert/strict';
import { ENGLISH_BODY_HEADS, ROMANCE_BODY_HEADS } from '../../../src/core/recognize/lexicon';
import { F_ENGLISH_BODY_HEAD, F_ROMANCE_BODY_HEAD, WORDS, wordInfo } from '../../../src/core/recognize/actors/word-class';
import { steps } from './rules/trace';
import { testKb } from './test-kb';

/** The word-class bits of `w` as the paragraph pass computes them. */
function classesOf(w: string): number {
  WORDS.reserve();
  return wordInfo(testKb, WORDS.id(w, 0, w.length), []);
}

const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

describe('paragraph gates of the actor rules', () => {
  it('every Romance body head, capitalised or in capitals, is of the class that lets romance-body-name run', () => {
    for (const head of ROMANCE_BODY_HEADS) {
      for (const w of [capitalised(head), head.toUpperCase()]) assert.notEqual(classesOf(w) & F_ROMANCE_BODY_HEAD, 0, w);
    }
  });
  it('every English body head is of the class that lets english-modified-body run', () => {
    for (const head of ENGLISH_BODY_HEADS) {
      for (const w of [capitalised(head), head.toUpperCase()]) assert.notEqual(classesOf(w) & F_ENGLISH_BODY_HEAD, 0, w);
    }
  });
  it('ordinary capitalised words are of neither class', () => {
    for (const w of ['Jakarta', 'Budi', 'Kementerian', 'Universitas', 'Komisi']) {
      assert.equal(classesOf(w) & (F_ROMANCE_BODY_HEAD | F_ENGLISH_BODY_HEAD), 0, w);
    }
  });
  it('the gated rules still apply where their head is the paragraph\'s only word of its class', () => {
    assert.ok(steps('Peneliti Universidad Andina de Quito menolak klaim itu.').some((s) => s.startsWith('romance-body-name: ')));
    assert.ok(steps('Ketua National Archery Council Malaysia hadir di Bogor.').some((s) => s.startsWith('english-modified-body: ')));
  });
});
