import assert from 'node:assert/strict';
import { articleExamples } from '../../../../src/core/recognize/name-model/article-examples';
import { DEFAULT_TRAIN_OPTIONS, train } from '../../../../src/core/recognize/name-model/train';

// An article of our own with its gold actors, as eval/ reads them: offsets into the text.
const TEXT = 'Festival Panas Bumi digelar di Garut.\nBupati Garut Dedi Sumarna mengatakan panas bumi desa itu besar.';
const span = (surface: string, type: 'PER' | 'ORG' | 'GPE', from = 0): { start: number; end: number; type: 'PER' | 'ORG' | 'GPE' } => {
  const start = TEXT.indexOf(surface, from);
  return { start, end: start + surface.length, type };
};
const GOLD = [span('Garut', 'GPE'), span('Garut', 'GPE', 40), span('Dedi Sumarna', 'PER')];

/** The first words of the examples and their labels (CLASSES index). */
function examplesByFirstWord(text: string, gold: Parameters<typeof articleExamples>[1]): string[] {
  return articleExamples(text, gold).map((e) => `${e.features.find((f) => f.startsWith('f:'))}/${e.features.find((f) => f.startsWith('n:'))} ${e.label}`);
}

describe('name model: examples from the project gold', () => {
  it('takes capitalised runs of an article: gold actors with their type, runs touching none as O, runs holding part of one left out', () => {
    assert.deepEqual(examplesByFirstWord(TEXT, GOLD).sort(), [
      'f:dedi/n:2 1', // the gold person
      'f:festival/n:3 0', // "Festival Panas Bumi": no actor in the gold, O
      'f:garut/n:1 3', // the first "Garut"
      'f:garut/n:1 3', // the gold place inside "Bupati Garut Dedi Sumarna"
      'f:panas/n:2 0', // the run without its sentence-initial word
    ]);
  });
  it('cuts sentences at a line break and a full stop, and leaves out an actor cut inside a token', () => {
    const inside = { start: TEXT.indexOf('Bumi') + 1, end: TEXT.indexOf('Bumi') + 4, type: 'GPE' as const };
    const labels = articleExamples(TEXT, [...GOLD, inside]).map((e) => e.label);
    assert.ok(labels.includes(1) && labels.includes(3));
    // the run "Festival Panas Bumi" touches no token-aligned actor: still O, no GPE from "umi"
    assert.equal(labels.filter((l) => l === 3).length, 2);
  });
  it('trains with a weight per example, deterministically', () => {
    const examples = articleExamples(TEXT, GOLD).map((e) => ({ ...e, weight: 3 }));
    const options = { ...DEFAULT_TRAIN_OPTIONS, minCount: 1, prune: 0 };
    assert.deepEqual(train(examples, options), train(examples, options));
    assert.notDeepEqual(train(examples, options), train(articleExamples(TEXT, GOLD), options), 'the weight matters');
  });
});
