import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseBatch } from '../../../eval/batch';
import { HELD_BACK_BATCHES, isHeldBack } from '../../../eval/held-back';
import { goldDocs, isTestGold, TRAINING_GOLD_DIRS } from '../../../scripts/name-model-data';

// The name model never learns from the test set (scripts/name-model-data.ts): the refusal
// goes by the folder, not by a word of its path.
describe('name model: the training gold is never the test set', () => {
  let root = '';
  before(() => { root = mkdtempSync(path.join(tmpdir(), 'sorot-tests-')); });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('refuses the test folder, a folder inside it and a link to it', () => {
    const test = path.join(root, 'eval', 'gold-new', 'test');
    mkdirSync(path.join(test, 'texts'), { recursive: true });
    symlinkSync(test, path.join(root, 'link'));
    assert.ok(isTestGold(test, test));
    assert.ok(isTestGold(path.join(test, 'texts'), test));
    assert.ok(isTestGold(path.join(root, 'link'), test));
    assert.ok(isTestGold(`${test}${path.sep}`, test));
  });
  it('takes training folders whose path holds "test" elsewhere (a checkout under /home/x/tests/)', () => {
    const base = path.join(root, 'tests', 'checkout', 'eval');
    const test = path.join(base, 'gold-new', 'test');
    assert.ok(!isTestGold(path.join(base, 'gold'), test));
    assert.ok(!isTestGold(path.join(base, 'gold-new', 'dev'), test));
    assert.ok(!isTestGold(path.join(base, 'gold-new', 'test-notes'), test), 'a sibling whose name starts with "test"');
  });
  it('reads the old set and the dev set, and refuses the repository\'s test set', () => {
    for (const dir of TRAINING_GOLD_DIRS) assert.ok(goldDocs(dir).length > 0, dir);
    assert.throws(() => goldDocs(path.join(TRAINING_GOLD_DIRS[1], '..', 'test')), /never trained on/);
  });
});

// Dev batches held back as a session's untouched yardstick are never trained on, nor scored
// in the cross-validation (eval/held-back.ts HELD_BACK_BATCHES, which scripts/name-model-data.ts's goldDocs leaves out).
describe('name and speaker models: the held-back dev batches are left out of the training gold', () => {
  it('knows an article of a held-back batch by its letter and number', () => {
    const batches = [parseBatch('d10-d12')];
    assert.ok(isHeldBack('d10-banjir-bandang', batches));
    assert.ok(isHeldBack('d12-rapat-dewan', batches));
    assert.ok(!isHeldBack('d09-rapat-dewan', batches));
    assert.ok(!isHeldBack('d13-rapat-dewan', batches));
    assert.ok(!isHeldBack('d100-rapat-dewan', batches), 'd100 is not d10');
    assert.ok(!isHeldBack('t10-rapat-dewan', batches), 'another letter');
    assert.ok(!isHeldBack('d11-rapat-dewan', []));
  });
  it('leaves d514–d525 out of the dev gold it reads, and only them', () => {
    assert.deepEqual(HELD_BACK_BATCHES, [parseBatch('d514-d525')]);
    const dev = TRAINING_GOLD_DIRS[1];
    const all = goldDocs(dev, []);
    const read = goldDocs(dev);
    const left = all.filter((d) => !read.some((r) => r.name === d.name)).map((d) => Number(/^d(\d+)-/.exec(d.name)?.[1]));
    const inRange = all.map((d) => Number(/^d(\d+)-/.exec(d.name)?.[1])).filter((n) => n >= 514 && n <= 525);
    assert.deepEqual(left.sort((a, b) => a - b), inRange.sort((a, b) => a - b));
    assert.ok(read.every((d) => !isHeldBack(d.name)));
  });
});
