import assert from 'node:assert/strict';
import type { GoldActor } from '../../../eval/gold-types';
import { HELD_BACK_BATCHES } from '../../../eval/held-back';
import { toJson } from '../../../eval/report';
import { readableErrors } from '../../../eval/run';
import { scoreDocument } from '../../../eval/score';

// A held-back yardstick batch is read as figures only: `--errors` (and the JSON, which always
// carries errors) must not show what the recognizer got wrong there, or "reading the whole dev
// set's errors" tunes on it by accident (it happened in session 52).
const TEXT = 'Menteri Rina Lestari tiba di Kendari.';
const gold = {
  actors: [{ start: 8, end: 20, text: 'Rina Lestari', type: 'PER', canonical: 'Rina Lestari' } as GoldActor],
  quotes: [],
};
const missed = (name: string) => scoreDocument(name, TEXT, gold, { actors: [], quotes: [] });
const heldBackName = `d${HELD_BACK_BATCHES[0].from}-kept-back`;

describe('eval: errors of the held-back yardstick batches', () => {
  it('--errors lists a readable article\'s error and not a held-back one\'s, saying how many it kept back', () => {
    const text = readableErrors([missed('d01-readable'), missed(heldBackName)]);
    assert.match(text, /d01-readable/);
    assert.doesNotMatch(text, /kept-back/);
    assert.match(text, /errors of 1 held-back article not shown/);
  });

  it('a set without held-back articles prints its errors as before', () => {
    assert.doesNotMatch(readableErrors([missed('d01-readable')]), /held-back/);
    assert.match(readableErrors([missed('d01-readable')]), /Rina Lestari/);
  });

  it('the JSON writes "withheld" for a held-back article and keeps the figures', () => {
    const json = toJson([missed('d01-readable'), missed(heldBackName)], 'dev', (n) => n === heldBackName) as {
      articles: Array<{ name: string; errors: unknown; actors: { fn: number } }>;
    };
    assert.equal(json.articles[1].errors, 'withheld');
    assert.equal(json.articles[1].actors.fn, 1);
    assert.ok(Array.isArray(json.articles[0].errors) && (json.articles[0].errors as unknown[]).length === 1);
  });
});
