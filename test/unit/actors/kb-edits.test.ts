// KB edit commands as pure functions, checked end to end through the KB helper's own
// merge (mergeWorkspaceKb), so an edit is judged by the KB it produces.
import assert from 'node:assert/strict';
import { mergeWorkspaceKb } from '../../../src/core/kb/merge';
import type { Kb, KbEntity } from '../../../src/core/kb/types';
import {
  type ActorRef, KbEditError, addActor, addAlias, mergeActors, parseForEdit, renameCanonical, serialize, suppressSurface,
} from '../../../src/extension/actors/kb-edits';

const builtin: Kb = {
  entities: [
    { id: 'kyiv', canonical: 'Kyiv', type: 'GPE', aliases: ['Kyiv', 'Kiev'], description: { en: 'capital of Ukraine', id: 'ibu kota Ukraina' } },
    { id: 'dmitry-peskov', canonical: 'Dmitry Peskov', type: 'PER', aliases: ['Dmitry Peskov', 'Peskov'], description: { en: '', id: '' } },
  ],
  suppress: [],
};
const taken = (id: string): boolean => builtin.entities.some((e) => e.id === id);
const kbOf = (file: object): Kb => {
  const r = mergeWorkspaceKb(builtin, JSON.parse(serialize(file as never)));
  assert.deepEqual(r.problems.filter((p) => p.severity === 'error'), []);
  return r.kb;
};
const entity = (kb: Kb, canonical: string): KbEntity | undefined => kb.entities.find((e) => e.canonical === canonical);

const raka: ActorRef = { canonical: 'Raka Wicaksana', type: 'PER', surfaces: ['Raka Wicaksana', 'Raka'] };
const peskov: ActorRef = { canonical: 'Dmitry Peskov', type: 'PER', entityId: 'dmitry-peskov', surfaces: ['Peskov'] };

describe('KB edits (.sorot/actors.json)', () => {
  it('parseForEdit refuses what it cannot understand and keeps unknown properties', () => {
    assert.throws(() => parseForEdit('{ "version": 1, "entities": [ '), KbEditError);
    assert.throws(() => parseForEdit('[]'), KbEditError);
    assert.throws(() => parseForEdit('{"version": 2, "entities": []}'), /unsupported version/);
    assert.throws(() => parseForEdit('{"entities": {}}'), KbEditError);
    const f = parseForEdit('\uFEFF{"version":1,"entities":[],"note":"mine"}\r\n');
    assert.equal(f.note, 'mine');
    assert.deepEqual(parseForEdit(undefined), { version: 1, entities: [] });
  });

  it('rename: a KB entity gets the new canonical and keeps the old name as an alias', () => {
    const kb = kbOf(renameCanonical(parseForEdit(undefined), peskov, 'Dmitri Peskov', taken));
    const e = entity(kb, 'Dmitri Peskov');
    assert.ok(e);
    assert.equal(e.id, 'dmitry-peskov');
    assert.ok(e.aliases.includes('Dmitry Peskov') && e.aliases.includes('Peskov'));
  });

  it('rename: a text-only name becomes an entity, with only unambiguous aliases', () => {
    const kb = kbOf(renameCanonical(parseForEdit(undefined), raka, 'Raka A. Wicaksana', taken));
    const e = entity(kb, 'Raka A. Wicaksana');
    assert.ok(e);
    assert.equal(e.type, 'PER');
    assert.deepEqual([...e.aliases].sort(), ['Raka A. Wicaksana', 'Raka Wicaksana']);
  });

  it('alias: adds to the entity and lifts an earlier suppression of that form', () => {
    let f = suppressSurface(parseForEdit(undefined), 'Kiyv');
    f = addAlias(f, { canonical: 'Kyiv', type: 'GPE', entityId: 'kyiv', surfaces: ['Kyiv'] }, ' Kiyv ', taken);
    const kb = kbOf(f);
    assert.ok(entity(kb, 'Kyiv')?.aliases.includes('Kiyv'));
    assert.ok(!kb.suppress.includes('Kiyv'));
    assert.throws(() => addAlias(f, raka, 'a\nb', taken), KbEditError);
  });

  it('merge: a KB entity is redirected; a text-only name lends its forms to the target', () => {
    const kiev: ActorRef = { canonical: 'Kiev', type: 'GPE', entityId: 'kiev-city', surfaces: ['Kiev'] };
    let f = addActor(parseForEdit(undefined), 'Kijev', 'Kiev', 'GPE', taken);
    f = { ...f, entities: f.entities.map((e) => (e.canonical === 'Kiev' ? { ...e, id: 'kiev-city' } : e)) };
    f = mergeActors(f, kiev, { canonical: 'Kyiv', type: 'GPE', entityId: 'kyiv', surfaces: [] }, taken);
    let kb = kbOf(f);
    assert.equal(entity(kb, 'Kiev'), undefined);
    assert.ok(entity(kb, 'Kyiv')?.aliases.includes('Kijev'));

    f = mergeActors(parseForEdit(undefined), raka, peskov, taken);
    kb = kbOf(f);
    assert.ok(entity(kb, 'Dmitry Peskov')?.aliases.includes('Raka'));
    assert.throws(() => mergeActors(f, peskov, peskov, taken), /itself/);
  });

  it('not an actor / add selection: suppress list and new entities, ids never collide', () => {
    let f = suppressSurface(parseForEdit(undefined), 'Salam Metal');
    f = suppressSurface(f, 'Salam Metal');
    assert.deepEqual(f.suppress, ['Salam Metal']);
    f = addActor(f, 'Kyiv Post', 'Kyiv Post', 'ORG', (id) => id === 'kyiv-post');
    assert.equal(f.entities.at(-1)?.id, 'kyiv-post-2');
    f = addActor(f, 'Kyjiw', 'Kyiv', 'GPE', taken, 'kyiv');
    const kb = kbOf(f);
    assert.ok(entity(kb, 'Kyiv')?.aliases.includes('Kyjiw'));
    assert.equal(entity(kb, 'Kyiv Post')?.type, 'ORG');
    assert.ok(kb.suppress.includes('Salam Metal'));
  });
});
