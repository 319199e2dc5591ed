import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { inBatch } from '../../../eval/batch';
import { parseArgs } from '../../../eval/run';

describe('eval run arguments', () => {
  it('defaults to eval/gold and reads the flags', () => {
    const d = parseArgs([]);
    assert.equal(d.gold, resolve(__dirname, '..', '..', '..', 'eval', 'gold'));
    assert.deepEqual([d.errors, d.json, d.only], [false, false, undefined]);
    const o = parseArgs(['--errors', '--json', '--gold', 'x/y', '--only', '07']);
    assert.deepEqual([o.errors, o.json, o.gold, o.only], [true, true, resolve('x/y'), '07']);
    assert.deepEqual(o.sets.map((s) => s.dir), [resolve('x/y')]);
  });

  it('scores the old, dev and test sets by default, one of them with --set', () => {
    assert.deepEqual(parseArgs([]).sets.map((s) => s.label), ['old', 'dev', 'test']);
    const dev = parseArgs(['--set', 'dev']);
    assert.deepEqual(dev.sets.map((s) => s.label), ['dev']);
    assert.equal(dev.gold, resolve(__dirname, '..', '..', '..', 'eval', 'gold-new', 'dev'));
    assert.throws(() => parseArgs(['--set', 'train']), /unknown set train/);
  });

  it('--batch keeps the articles numbered in a range (a held-out batch, without a copy of it)', () => {
    const b = parseArgs(['--set', 'test', '--batch', 't98-t103']).batch;
    assert.deepEqual(b, { letter: 't', from: 98, to: 103 });
    assert.deepEqual(['t97-x', 't98-a', 't100-b', 't103-c', 't104-d', 'd99-e', 't99'].filter((n) => inBatch(n, b!)), ['t98-a', 't100-b', 't103-c']);
    assert.deepEqual(parseArgs(['--batch', 'd220-231']).batch, { letter: 'd', from: 220, to: 231 });
    for (const bad of ['t98', 't103-t98', 't98-d103', '98-103']) assert.throws(() => parseArgs(['--batch', bad]), /--batch wants a range/, bad);
  });

  it('rejects unknown options and missing values with the usage line', () => {
    assert.throws(() => parseArgs(['--bogus']), /unknown option --bogus\nusage:/);
    assert.throws(() => parseArgs(['--gold']), /--gold needs a value/);
    assert.throws(() => parseArgs(['--gold', '--json']), /--gold needs a value/);
  });
});
