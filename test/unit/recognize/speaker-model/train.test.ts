import assert from 'node:assert/strict';
import { chosenCandidate, FEATURES, type SpeakerChoice } from '../../../../src/core/recognize/speaker-model';
import { deserialise, serialise, train, type LabelledChoice } from '../../../../src/core/recognize/speaker-model/train';

const f = (name: string): number => FEATURES.indexOf(name);

/** A made-up choice: the rules took the previous speaker; the other candidate opens the
 *  paragraph before as its subject. */
function choice(): SpeakerChoice {
  return {
    item: { start: 0, end: 1, text: '"', speaker: 'A' }, path: 'anaphora', rule: 0,
    candidates: [
      { canonical: 'A', features: [f('rule'), f('previous-speaker'), f('two-or-three-paragraphs-back')] },
      { canonical: 'B', features: [f('latest-subject'), f('previous-paragraph'), f('person')] },
      { canonical: null, features: [f('nobody')] },
    ],
  };
}

describe('speaker model: training and choice', () => {
  const examples: LabelledChoice[] = [
    ...Array.from({ length: 6 }, () => ({ choice: choice(), right: [1] })),
    ...Array.from({ length: 2 }, () => ({ choice: choice(), right: [0] })),
  ];

  it('is deterministic: the same examples give the same bytes', () => {
    assert.equal(serialise(train(examples)), serialise(train(examples)));
  });

  it('reads back what it writes, one line per feature', () => {
    const w = train(examples);
    const text = serialise(w);
    assert.equal(text.trim().split('\n').length, FEATURES.length + 2);
    assert.deepEqual([...deserialise(JSON.parse(text) as Record<string, number>)], [...w]);
  });

  it('learns from which candidate was right, and replaces the rules only past the margin', () => {
    const w = train(examples);
    const c = choice();
    assert.equal(chosenCandidate(c, w, 0), 1);
    assert.equal(chosenCandidate(c, w, 100), 0);
  });

  it('leaves features out when asked (a model that does not read the rules)', () => {
    const w = train(examples, { epochs: 5, rate: 0.1, l2: 0, decimals: 3, without: new Set([f('rule')]) });
    assert.equal(w[f('rule')], 0);
  });
});
