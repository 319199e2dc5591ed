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
    // no GPE from "umi", and the runs holding "Bumi" are no longer taken for O
    assert.equal(labels.filter((l) => l === 3).length, 2);
    assert.deepEqual(examplesByFirstWord(TEXT, [...GOLD, inside]).filter((l) => l.startsWith('f:festival') || l.startsWith('f:panas')), []);
  });
  it('ends no sentence at an initial, a title or a dot inside a word: the whole actor is one example', () => {
    const text = 'Juru bicara Kremlin Dmitri S. Peskov menolak. Pasien dirujuk ke RSUD dr. Slamet di Garut, tulis KOMPAS.com.';
    const at = (surface: string, type: 'PER' | 'ORG' | 'GPE'): { start: number; end: number; type: 'PER' | 'ORG' | 'GPE' } => {
      const start = text.indexOf(surface);
      return { start, end: start + surface.length, type };
    };
    const gold = [at('Kremlin', 'ORG'), at('Dmitri S. Peskov', 'PER'), at('RSUD dr. Slamet', 'ORG'), at('Garut', 'GPE'), at('KOMPAS.com', 'ORG')];
    assert.deepEqual(examplesByFirstWord(text, gold).sort(), [
      'f:dmitri/n:4 1', // "Dmitri S . Peskov": four tokens, a person; no "Dmitri S" or "Peskov" as O
      'f:garut/n:1 3',
      'f:juru/n:1 0', // the sentence's first word, no actor
      'f:kompas/n:3 2', // "KOMPAS . com"
      'f:kremlin/n:1 2',
      'f:pasien/n:1 0', // the second sentence starts after "menolak."
      'f:rsud/n:4 2', // "RSUD dr . Slamet"
    ]);
  });
  it('leaves out every run touching an actor it cannot place, where the actor is cut inside a token', () => {
    const text = 'Menurut Putinlah Kremlin memutuskan.';
    const start = text.indexOf('Putin');
    const labels = examplesByFirstWord(text, [{ start, end: start + 5, type: 'PER' }]);
    assert.ok(!labels.some((l) => l.startsWith('f:putinlah')), labels.join(', '));
    assert.deepEqual(labels.filter((l) => l.startsWith('f:menurut')), [], 'the run "Menurut Putinlah Kremlin" holds part of the actor');
  });
  it('trains with a weight per example, deterministically', () => {
    const examples = articleExamples(TEXT, GOLD).map((e) => ({ ...e, weight: 3 }));
    const options = { ...DEFAULT_TRAIN_OPTIONS, minCount: 1, prune: 0 };
    assert.deepEqual(train(examples, options), train(examples, options));
    assert.notDeepEqual(train(examples, options), train(articleExamples(TEXT, GOLD), options), 'the weight matters');
  });
});
