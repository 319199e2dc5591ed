import assert from 'node:assert/strict';
import { NameScorer } from '../../../../src/core/recognize/name-model/scorer';
import {
  casedExamples, DEFAULT_TRAIN_OPTIONS, entitySpans, NERGRIT_LABELS, NERP_LABELS, parseBio, serialiseWeights, train, uncasedExamples,
} from '../../../../src/core/recognize/name-model/train';

// A tiny corpus of our own in the NERGrit format (token<TAB>label, a blank line between
// sentences).
const SENTENCES = [
  'Menurut|O Raka|B-PERSON Wicaksana|I-PERSON ,|O harga|O naik|O .|O',
  'Ia|O tinggal|O di|O Kota|B-PLACE Bandar|I-PLACE Sari|I-PLACE sejak|O kecil|O .|O',
  'Laporan|O itu|O dirilis|O Lembaga|B-ORGANISATION Kajian|I-ORGANISATION Pangan|I-ORGANISATION kemarin|O .|O',
  'Kemarin|O Dewi|B-PERSON Lestari|I-PERSON datang|O ke|O Tanjung|B-PLACE Harapan|I-PLACE .|O',
  'Minggu|O lalu|O Presiden|O Raka|B-PERSON Wicaksana|I-PERSON bertemu|O Lembaga|B-ORGANISATION Kajian|I-ORGANISATION Pangan|I-ORGANISATION .|O',
];
const CORPUS = SENTENCES.map((s) => s.split(' ').map((t) => t.replace('|', '\t')).join('\n')).join('\n\n') + '\n';

describe('name model: training', () => {
  it('reads BIO sentences and their entities, mapped to our classes', () => {
    const sentences = parseBio(CORPUS);
    assert.equal(sentences.length, 5);
    assert.deepEqual(entitySpans(sentences[3], NERGRIT_LABELS), [{ start: 1, end: 3, cls: 1 }, { start: 5, end: 7, cls: 3 }]);
    const prosa = parseBio('acara\tO\npekan\tB-EVT\nraya\tI-EVT\ndi\tO\nbogor\tB-PLC\n');
    assert.deepEqual(entitySpans(prosa[0], NERP_LABELS).map((e) => e.cls), [0, 3]); // an event is no actor (O)
    assert.equal(uncasedExamples(prosa[0], NERP_LABELS).length, 2);
  });
  it('makes examples of capitalised runs: names with their class, other runs O, runs holding part of a name left out', () => {
    const [, , , s] = parseBio(CORPUS);
    const examples = casedExamples(s, NERGRIT_LABELS);
    const byWord = (w: string): number[] => examples.filter((e) => e.features.includes(`f:${w}`)).map((e) => e.label);
    // "Kemarin Dewi Lestari" holds part of a name: left out; "Kemarin" is not a name only
    // as its own run, which it is not; "Dewi Lestari" is a person, "Tanjung Harapan" a place.
    assert.deepEqual(byWord('kemarin'), []);
    assert.deepEqual(byWord('dewi'), [1]);
    assert.deepEqual(byWord('tanjung'), [3]);
    const [first] = parseBio(CORPUS);
    // "Menurut Raka Wicaksana" holds a name: left out; without its sentence-initial word
    // it is the person.
    assert.deepEqual(casedExamples(first, NERGRIT_LABELS).map((e) => e.label), [1]);
  });
  it('is deterministic: the same corpus trained twice gives the same bytes', () => {
    const examples = () => parseBio(CORPUS).flatMap((s) => casedExamples(s, NERGRIT_LABELS));
    const options = { ...DEFAULT_TRAIN_OPTIONS, minCount: 1, prune: 0, epochs: 30, rate: 0.5, l1: 0 };
    const a = serialiseWeights(train(examples(), options));
    const b = serialiseWeights(train(examples(), options));
    assert.equal(a, b);
    assert.notEqual(a, serialiseWeights(train(examples(), { ...options, seed: options.seed + 1 })), 'the seed matters');
    assert.deepEqual(JSON.parse(a).classes, ['O', 'PER', 'ORG', 'GPE']);
  });
  it('learns its corpus: a trained scorer types the names it saw', () => {
    const examples = parseBio(CORPUS).flatMap((s) => casedExamples(s, NERGRIT_LABELS));
    const scorer = new NameScorer(train(examples, { ...DEFAULT_TRAIN_OPTIONS, minCount: 1, prune: 0, epochs: 30, rate: 0.5, l1: 0 }));
    const probs = new Float64Array(4);
    const best = (): number => probs.indexOf(Math.max(...probs));
    for (const ex of examples) {
      scorer.scoreFeatures(ex.features, probs);
      assert.equal(best(), ex.label, ex.features.slice(0, 3).join(' '));
    }
  });
});
