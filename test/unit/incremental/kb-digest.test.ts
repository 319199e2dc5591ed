import * as assert from 'node:assert/strict';
import { KB_ENTITIES_PER_STEP, kbDigestSteps, kbJsonSteps } from '../../../src/core/incremental/index-cache';
import { runSteps } from '../../../src/core/incremental/time-slices';
import { loadBuiltinKb } from '../../../src/core/kb/builtin';
import type { Kb, KbEntity } from '../../../src/core/kb/types';
import { KbJsonMemo } from '../../../src/core/incremental/kb-json-pieces';

/** A deep copy: same content, other objects. */
function copy(kb: Kb): Kb {
  return JSON.parse(JSON.stringify(kb)) as Kb;
}

const digest = (kb: Kb): string => runSteps(kbDigestSteps(kb));

describe('kbDigestSteps (the KB part of the corpus index cache key, in steps)', () => {
  const builtin = loadBuiltinKb();

  it('yields after every run of entities: no step puts more than KB_ENTITIES_PER_STEP in JSON', () => {
    const steps = kbDigestSteps(builtin);
    let yields = 0;
    while (!steps.next().done) yields++;
    assert.ok(builtin.entities.length > 1000, 'the built-in KB is large enough to need steps');
    // A step a run of entities, one for the suppressed forms, one for the merges.
    assert.equal(yields, Math.ceil(builtin.entities.length / KB_ENTITIES_PER_STEP) + 2);
  });

  it('is the same for the same content in other objects, and differs for each kind of change', () => {
    const base = digest(builtin);
    assert.equal(digest(copy(builtin)), base);
    const renamed = copy(builtin);
    (renamed.entities[1500] as KbEntity).aliases.push('Alias Tambahan Uji');
    const reordered = copy(builtin);
    [reordered.entities[0], reordered.entities[1]] = [reordered.entities[1] as KbEntity, reordered.entities[0] as KbEntity];
    const suppressed = copy(builtin);
    suppressed.suppress.push('bukan aktor');
    const merged = { ...copy(builtin), merged: { a: 'b' } };
    const last = copy(builtin);
    last.entities.pop();
    const seen = new Set([base]);
    for (const changed of [renamed, reordered, suppressed, merged, last]) {
      const d = digest(changed);
      assert.ok(!seen.has(d), 'a change gives a digest of its own');
      seen.add(d);
    }
  });

  it('takes a KB without suppressed forms or entities (a workspace KB of nothing)', () => {
    assert.notEqual(digest({ entities: [] } as unknown as Kb), digest({ entities: [], suppress: ['x'] }));
  });
});

describe('kbJsonSteps (the KB as JSON for a worker thread, in steps)', () => {
  const builtin = loadBuiltinKb();

  it('gives the JSON of the KB (parsed, the same KB) with and without merges, and of an empty one', () => {
    for (const kb of [builtin, { ...builtin, merged: { 'satu-id': 'dua-id' } }, { entities: [], suppress: [] }, { entities: [], suppress: ['x'], merged: {} }] as Kb[]) {
      assert.deepEqual(JSON.parse(runSteps(kbJsonSteps(kb))), JSON.parse(JSON.stringify(kb)));
    }
  });

  it('yields after every run of entities, as the digest does', () => {
    const steps = kbJsonSteps(builtin);
    let yields = 0;
    while (!steps.next().done) yields++;
    assert.equal(yields, Math.ceil(builtin.entities.length / KB_ENTITIES_PER_STEP) + 2);
  });
});

describe('the KB stringified once per KB object, for the cache key and the workers both (issue 19)', () => {
  const builtin = loadBuiltinKb();
  const piecesOf = (kb: Kb): number => Math.ceil(kb.entities.length / KB_ENTITIES_PER_STEP) + 2;

  /** A memo whose JSON.stringify counts its calls. */
  function counted(): { memo: KbJsonMemo; calls: () => number } {
    let calls = 0;
    return { memo: new KbJsonMemo((value) => (calls++, JSON.stringify(value))), calls: () => calls };
  }

  it('makes the pieces for the digest, and the JSON for the workers takes them without stringifying again', () => {
    const { memo, calls } = counted();
    const first = runSteps(kbDigestSteps(builtin, memo));
    assert.equal(calls(), piecesOf(builtin), 'each piece stringified once');
    const json = runSteps(kbJsonSteps(builtin, memo));
    assert.equal(runSteps(kbDigestSteps(builtin, memo)), first);
    assert.equal(calls(), piecesOf(builtin), 'the second and third readers stringify nothing');
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(builtin)), 'the JSON is the KB still');
  });

  it('shares the pieces between two readers taking turns, each piece made once', () => {
    const { memo, calls } = counted();
    const digest = kbDigestSteps(builtin, memo);
    const json = kbJsonSteps(builtin, memo);
    let a = digest.next();
    let b = json.next();
    while (!a.done || !b.done) {
      if (!a.done) a = digest.next();
      if (!b.done) b = json.next();
    }
    assert.equal(calls(), piecesOf(builtin));
    assert.equal(a.value, runSteps(kbDigestSteps(copy(builtin))));
    assert.deepEqual(JSON.parse(b.value as string), JSON.parse(JSON.stringify(builtin)));
  });

  it('gives a changed KB object pieces of its own', () => {
    const { memo, calls } = counted();
    const before = runSteps(kbDigestSteps(builtin, memo));
    const changed = copy(builtin);
    changed.suppress.push('bukan aktor');
    const after = runSteps(kbDigestSteps(changed, memo));
    assert.equal(calls(), piecesOf(builtin) + piecesOf(changed), 'the new object is stringified');
    assert.notEqual(after, before);
    assert.ok((JSON.parse(runSteps(kbJsonSteps(changed, memo))) as Kb).suppress.includes('bukan aktor'), 'its JSON has the change');
    assert.equal(calls(), piecesOf(builtin) + piecesOf(changed));
  });
});
