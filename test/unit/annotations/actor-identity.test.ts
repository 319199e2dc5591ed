// Who an annotation's actor is, against the KB in force: renames and merges of the
// workspace KB follow into annotations at read time; unknown ids and free text are kept.
import assert from 'node:assert/strict';
import {
  actorDirectory,
  emptyActorDirectory,
  resolveActor,
  resolveAnnotationActor,
  sameActor,
  withCurrentActor,
} from '../../../src/core/annotations/actor-identity';
import { createAnnotation } from '../../../src/core/annotations/create';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import type { Annotation } from '../../../src/core/annotations/types';
import { loadBuiltinKb, mergeWorkspaceKb } from '../../../src/core/kb';
import type { Kb, KbEntity } from '../../../src/core/kb/types';

const entity = (id: string, canonical: string, aliases: string[] = []): KbEntity => ({
  id,
  canonical,
  type: 'PER',
  aliases: [canonical, ...aliases],
  description: { en: '', id: '' },
});

const BASE: Kb = {
  entities: [
    entity('dmitry-peskov', 'Dmitry Peskov', ['Peskov', 'Dmitri Peskov']),
    entity('kyiv', 'Kyiv', ['Kiev']),
    entity('ahmad-a', 'Ahmad Dhani', ['Ahmad']),
    entity('ahmad-b', 'Ahmad Sahroni', ['Ahmad']),
  ],
  suppress: [],
};

const TEXT = 'Peskov mengatakan NATO mengancam Rusia.';
function claimBy(claimant: string, claimantId?: string): Annotation {
  return createAnnotation({
    text: TEXT,
    start: 0,
    end: 6,
    annotator: 'ani',
    fields: { kind: 'claim', claim: { claimant, ...(claimantId ? { claimantId } : {}) } },
    now: 1_700_000_000_000,
    id: '01HQ0000000000000000000001',
  });
}

describe('actor identity', () => {
  it('resolves an id to the entity and shows its canonical name, whatever label was stored', () => {
    const r = resolveActor(actorDirectory(BASE), 'Peskov', 'dmitry-peskov');
    assert.deepEqual(r, { state: 'resolved', id: 'dmitry-peskov', label: 'Dmitry Peskov', storedLabel: 'Peskov' });
  });

  it('follows a rename in the workspace KB (same id, new canonical)', () => {
    const { kb, problems } = mergeWorkspaceKb(BASE, { version: 1, entities: [{ id: 'dmitry-peskov', canonical: 'Dmitriy Peskov' }] });
    assert.deepEqual(problems, []);
    const r = resolveActor(actorDirectory(kb), 'Dmitry Peskov', 'dmitry-peskov');
    assert.equal(r.state, 'resolved');
    assert.equal(r.label, 'Dmitriy Peskov');
  });

  it('follows a merge (mergeInto) and a chain of merges to the surviving entity', () => {
    const { kb } = mergeWorkspaceKb(BASE, {
      version: 1,
      entities: [
        { id: 'peskov-dmitry', canonical: 'Peskov D.', type: 'PER' },
        { id: 'd-peskov', mergeInto: 'peskov-dmitry' },
        { id: 'peskov-dmitry', mergeInto: 'dmitry-peskov' },
      ],
    });
    assert.deepEqual(kb.merged, { 'd-peskov': 'dmitry-peskov', 'peskov-dmitry': 'dmitry-peskov' });
    const dir = actorDirectory(kb);
    for (const old of ['d-peskov', 'peskov-dmitry']) {
      const r = resolveActor(dir, 'Peskov D.', old);
      assert.deepEqual(r, { state: 'resolved', id: 'dmitry-peskov', label: 'Dmitry Peskov', storedLabel: 'Peskov D.', mergedFrom: old });
    }
    // A hand-made KB whose links chain (merge.ts stores final targets; the resolver does not rely on it).
    const chained = actorDirectory({ ...BASE, merged: { a: 'b', b: 'c', c: 'kyiv' } });
    assert.equal(resolveActor(chained, 'A', 'a').id, 'kyiv');
  });

  it('is safe on a cycle of merge links: the id is kept as unknown, nothing loops', () => {
    const dir = actorDirectory({ ...BASE, merged: { a: 'b', b: 'c', c: 'a' } });
    assert.deepEqual(resolveActor(dir, 'Somebody', 'b'), { state: 'unknown-id', id: 'b', label: 'Somebody', storedLabel: 'Somebody' });
    const self = actorDirectory({ ...BASE, merged: { x: 'x' } });
    assert.equal(resolveActor(self, 'X', 'x').state, 'unknown-id');
  });

  it('a merge link from an id that is still an entity is not followed (the merge was not applied)', () => {
    const dir = actorDirectory({ ...BASE, merged: { kyiv: 'dmitry-peskov' } });
    assert.equal(resolveActor(dir, 'Kyiv', 'kyiv').id, 'kyiv');
  });

  it('keeps an unknown id and its label as they are (a deleted workspace entity loses nothing)', () => {
    const r = resolveActor(actorDirectory(BASE), 'Budi Santoso', 'budi-santoso');
    assert.deepEqual(r, { state: 'unknown-id', id: 'budi-santoso', label: 'Budi Santoso', storedLabel: 'Budi Santoso' });
    assert.equal(resolveActor(emptyActorDirectory(), 'Peskov', 'dmitry-peskov').state, 'unknown-id');
  });

  it('leaves free text alone unless asked to match labels', () => {
    assert.deepEqual(resolveActor(actorDirectory(BASE), 'Peskov', undefined), { state: 'free', label: 'Peskov', storedLabel: 'Peskov' });
  });

  it('matches a label to the one entity with that name or alias; never an ambiguous one', () => {
    const dir = actorDirectory(BASE);
    const m = { matchLabels: true };
    assert.deepEqual(resolveActor(dir, 'Peskov', undefined, m), { state: 'matched', id: 'dmitry-peskov', label: 'Dmitry Peskov', storedLabel: 'Peskov' });
    assert.equal(resolveActor(dir, '  Dmitri   Peskov ', undefined, m).id, 'dmitry-peskov');
    assert.equal(resolveActor(dir, 'peskov', undefined, m).id, 'dmitry-peskov', 'case-insensitive when no exact spelling exists');
    assert.equal(resolveActor(dir, 'Ahmad', undefined, m).state, 'free', 'two entities share the alias');
    assert.equal(resolveActor(dir, 'Swasembada', undefined, m).state, 'free');
  });

  it('reads the actor of each kind from its own fields', () => {
    const dir = actorDirectory(BASE);
    assert.equal(resolveAnnotationActor(dir, claimBy('Peskov', 'dmitry-peskov')).label, 'Dmitry Peskov');
    const stance = { ...claimBy('x'), kind: 'stance', stance: { holder: 'Kiev', holderId: 'kyiv', target: 'NATO', polarity: 'against' } } as Annotation;
    assert.equal(resolveAnnotationActor(dir, stance).label, 'Kyiv');
    const source = { ...claimBy('x'), kind: 'source', source: { sourceName: 'Kiev', sourceType: 'official', relation: 'direct' } } as Annotation;
    assert.equal(resolveAnnotationActor(dir, source).state, 'free');
  });

  it('withCurrentActor shows the current canonical and surviving id, leaving the stored annotation untouched', () => {
    const { kb } = mergeWorkspaceKb(BASE, { version: 1, entities: [{ id: 'kiev-city', canonical: 'Kiev', type: 'GPE' }, { id: 'kiev-city', mergeInto: 'kyiv' }] });
    const stored = claimBy('Kiev', 'kiev-city');
    const before = serializeSidecar({ schemaVersion: 3, article: 'a.txt', annotations: [stored] });
    const shown = withCurrentActor(actorDirectory(kb), stored);
    assert.ok(shown.kind === 'claim');
    assert.equal(shown.claim.claimant, 'Kyiv');
    assert.equal(shown.claim.claimantId, 'kyiv');
    assert.equal(serializeSidecar({ schemaVersion: 3, article: 'a.txt', annotations: [stored] }), before);
    const free = claimBy('Kiev');
    assert.equal(withCurrentActor(actorDirectory(kb), free), free, 'free text is never given an id');
    const unknown = claimBy('Someone', 'someone');
    assert.equal(withCurrentActor(actorDirectory(kb), unknown), unknown);
  });

  it('sameActor: equal ids agree under different labels, different ids differ under one label', () => {
    const dir = actorDirectory(BASE);
    assert.ok(sameActor(resolveActor(dir, 'Peskov', 'dmitry-peskov'), resolveActor(dir, 'Dmitry Peskov', 'dmitry-peskov')));
    assert.ok(!sameActor(resolveActor(dir, 'Ahmad', 'ahmad-a'), resolveActor(dir, 'Ahmad', 'ahmad-b')));
    assert.ok(sameActor(resolveActor(dir, 'Swasembada', undefined), resolveActor(dir, 'Swasembada', undefined)));
    // One side identified, the other free: the labels as shown decide.
    assert.ok(sameActor(resolveActor(dir, 'Peskov', 'dmitry-peskov'), resolveActor(dir, 'Dmitry Peskov', undefined)));
    assert.ok(!sameActor(resolveActor(dir, 'Peskov', 'dmitry-peskov'), resolveActor(dir, 'Pesko', undefined)));
  });

  it('works on the built-in KB: every entity resolves to itself', () => {
    const kb = loadBuiltinKb();
    const dir = actorDirectory(kb);
    for (const e of kb.entities) {
      if (dir.entities.get(e.id) !== e) continue; // a later duplicate id: the first wins
      assert.equal(resolveActor(dir, 'x', e.id).label, e.canonical);
    }
  });
});
