import assert from 'node:assert/strict';
import type { CuratedMention, CuratedQuote, CuratedStatement } from '../../../src/core/curation';
import { correctChoices } from '../../../src/extension/curation/correct-choices';

// Written for these tests (not from any real article): a mention, a quote and a statement
// of 'Lurah Sumber Rejo, Wahyu Pratama, berkata jalan desa rusak. "Kami butuh aspal," kata Wahyu.'
const MENTION: CuratedMention = { start: 19, end: 32, text: 'Wahyu Pratama', type: 'PER', canonical: 'Wahyu Pratama', provenance: 'machine' };
const STATEMENT: CuratedStatement = { start: 42, end: 59, text: 'jalan desa rusak', speaker: 'Wahyu Pratama', cue: 'berkata', attribution: 'explicit', provenance: 'machine' };
const QUOTE: CuratedQuote = { start: 61, end: 80, text: '"Kami butuh aspal,"', speaker: 'Wahyu Pratama', cue: 'kata', provenance: 'machine' };

describe('review mode: what "c" offers for the item under review', () => {
  it('a quote: its speaker first (what "c" did), then its form; a statement: its speaker', () => {
    assert.deepEqual(correctChoices({ layer: 'quote', item: QUOTE }, undefined), ['speaker', 'form']);
    assert.deepEqual(correctChoices({ layer: 'reported', item: STATEMENT }, undefined), ['speaker']);
  });

  it('an actor: another identity first (what "c" did), then another type', () => {
    assert.deepEqual(correctChoices({ layer: 'actor', item: MENTION }, undefined), ['link', 'type']);
  });

  it('a selection over part of the item is offered as its span, for every layer', () => {
    assert.deepEqual(correctChoices({ layer: 'quote', item: QUOTE }, { start: 62, end: 79 }), ['speaker', 'form', 'span']);
    assert.deepEqual(correctChoices({ layer: 'reported', item: STATEMENT }, { start: 42, end: 52 }), ['speaker', 'span']);
    assert.deepEqual(correctChoices({ layer: 'actor', item: MENTION }, { start: 19, end: 24 }), ['link', 'type', 'span']);
  });

  it('no span from an empty selection, one elsewhere, or one on exactly the item', () => {
    for (const selection of [{ start: 62, end: 62 }, { start: 19, end: 32 }, { start: 61, end: 80 }]) {
      assert.deepEqual(correctChoices({ layer: 'quote', item: QUOTE }, selection), ['speaker', 'form'], JSON.stringify(selection));
    }
  });
});
