import assert from 'node:assert/strict';
import type { CuratedMention, CuratedQuote, CuratedStatement } from '../../../src/core/curation';
import { correctChoices, titleWords } from '../../../src/extension/curation/correct-choices';

// Written for these tests (not from any real article): a mention, a quote and a statement
// of 'Lurah Sumber Rejo, Wahyu Pratama, berkata jalan desa rusak. "Kami butuh aspal," kata Wahyu.'
const MENTION: CuratedMention = { start: 19, end: 32, text: 'Wahyu Pratama', type: 'PER', canonical: 'Wahyu Pratama', provenance: 'machine' };
const STATEMENT: CuratedStatement = { start: 42, end: 59, text: 'jalan desa rusak', speaker: 'Wahyu Pratama', cue: 'berkata', attribution: 'explicit', provenance: 'machine' };
const QUOTE: CuratedQuote = { start: 61, end: 80, text: '"Kami butuh aspal,"', speaker: 'Wahyu Pratama', cue: 'kata', provenance: 'machine' };

describe('review mode: what "c" offers for the item under review', () => {
  it('a quote or a statement without a selection: its speaker alone, so "c" asks for it at once (one key)', () => {
    // The form is no choice of "c" (the recognizer never decides one; the light bulb has it).
    assert.deepEqual(correctChoices({ layer: 'quote', item: QUOTE }, undefined), ['speaker']);
    assert.deepEqual(correctChoices({ layer: 'quote', item: { ...QUOTE, form: 'fragment' } }, undefined), ['speaker']);
    assert.deepEqual(correctChoices({ layer: 'reported', item: STATEMENT }, undefined), ['speaker']);
  });

  it('an actor: another identity first (what "c" did), then another type', () => {
    assert.deepEqual(correctChoices({ layer: 'actor', item: MENTION }, undefined), ['link', 'type']);
  });

  it('a selection over part of the item is offered as its span, for every layer', () => {
    assert.deepEqual(correctChoices({ layer: 'quote', item: QUOTE }, { start: 62, end: 79 }), ['speaker', 'span']);
    assert.deepEqual(correctChoices({ layer: 'reported', item: STATEMENT }, { start: 42, end: 52 }), ['speaker', 'span']);
    assert.deepEqual(correctChoices({ layer: 'actor', item: MENTION }, { start: 19, end: 24 }), ['link', 'type', 'span']);
  });

  it('no span from an empty selection, one elsewhere, or one on exactly the item', () => {
    for (const selection of [{ start: 62, end: 62 }, { start: 19, end: 32 }, { start: 61, end: 80 }]) {
      assert.deepEqual(correctChoices({ layer: 'quote', item: QUOTE }, selection), ['speaker'], JSON.stringify(selection));
    }
  });
});

describe('review mode: the words naming the item in the title of "c"', () => {
  it('a quote without its outer quotation marks (the title puts its own), a mention as written', () => {
    assert.equal(titleWords({ layer: 'quote', item: QUOTE }), 'Kami butuh aspal,');
    assert.equal(titleWords({ layer: 'actor', item: MENTION }), 'Wahyu Pratama');
  });

  it('a long item: its first words, cut at a word with "…", on one line', () => {
    const text = '"Kami butuh aspal\nsebelum musim hujan datang lagi tahun depan," ';
    const words = titleWords({ layer: 'quote', item: { ...QUOTE, end: QUOTE.start + text.length, text } });
    assert.equal(words, 'Kami butuh aspal sebelum musim…');
    assert.ok(Array.from(words).length <= 32, words);
  });
});
