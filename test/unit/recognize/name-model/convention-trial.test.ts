import assert from 'node:assert/strict';
import { modelMargins, conventionScorer, SHIPPED_MARGINS, withConventionModel } from '../../../../src/core/recognize/name-model';
import { mentions } from '../rules/trace';

// The cross-validation (scripts/name-model-cv.ts) analyses dev articles with a model trained
// without them and with margins under trial: none of it may outlive the trial.
describe('name model: the convention model under trial', () => {
  const TEXT = 'Ia menonton World Tour Finals di sana.';

  it('ships frozen margins', () => {
    assert.ok(Object.isFrozen(SHIPPED_MARGINS));
    assert.throws(() => { (SHIPPED_MARGINS as { reject: number }).reject = 0; }, TypeError);
    const { retype, reject, acronym, speech, place, title } = modelMargins();
    assert.deepEqual({ retype, reject, acronym, speech, place, title }, { retype: 0.6, reject: 0.6, acronym: 0.3, speech: 0.3, place: Infinity, title: Infinity });
    assert.ok(Object.values(SHIPPED_MARGINS).every((v) => typeof v === 'number' && !Number.isNaN(v)), 'every threshold is a number');
  });
  it('notes the margins a run reads, and no other', () => {
    const reads = new Set<keyof typeof SHIPPED_MARGINS>();
    withConventionModel(conventionScorer(), {}, () => mentions(TEXT), reads);
    assert.ok(reads.has('reject'), 'the event is read against the reject margin');
    assert.ok(!reads.has('bandMember'), 'no band member is looked for');
    assert.equal(modelMargins(), SHIPPED_MARGINS, 'no watch outlives the trial');
  });
  it('reads runs with the tried margins inside the trial only', () => {
    const shipped = mentions(TEXT);
    assert.deepEqual(shipped, [], 'the shipped margins read the event as no name');
    // A reject margin no probability reaches: the model rejects nothing, the rules' person stays.
    const tried = withConventionModel(conventionScorer(), { retype: 2, reject: 2, notPerson: 2 }, () => mentions(TEXT));
    assert.deepEqual(tried, ['World Tour Finals/PER']);
    assert.deepEqual(mentions(TEXT), shipped);
  });
  it('puts the shipped model and margins back after a throw', () => {
    const model = conventionScorer();
    const other = Object.create(model) as typeof model;
    assert.throws(() => withConventionModel(other, { retype: 0.1, reject: 0.2 }, () => {
      assert.equal(conventionScorer(), other);
      assert.deepEqual(modelMargins(), { ...SHIPPED_MARGINS, retype: 0.1, reject: 0.2 }, 'a margin not given is the shipped one');
      throw new Error('fold failed');
    }), /fold failed/);
    assert.equal(conventionScorer(), model);
    assert.equal(modelMargins(), SHIPPED_MARGINS);
    assert.equal(SHIPPED_MARGINS.retype, 0.6);
  });
});
