import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KbIndex, loadBuiltinKb, mergeWorkspaceKb, mergeWorkspaceKbText } from '../../../src/core/kb';
import type { Kb, KbEntity } from '../../../src/core/kb';

function entity(id: string, canonical: string, type: KbEntity['type'], aliases: string[]): KbEntity {
  return { id, canonical, type, aliases, description: { en: `${canonical} (test)`, id: `${canonical} (uji)` } };
}

const base = (): Kb => ({
  entities: [
    entity('kyiv', 'Kyiv', 'GPE', ['Kyiv', 'Kiev']),
    entity('russia', 'Russia', 'GPE', ['Rusia']),
    entity('dmitry-peskov', 'Dmitry Peskov', 'PER', ['Dmitry Peskov', 'Peskov']),
  ],
  suppress: [],
});

describe('mergeWorkspaceKb', () => {
  it('patches a built-in entity: overrides given fields, adds aliases, keeps the rest', () => {
    const builtin = base();
    const { kb, problems } = mergeWorkspaceKb(builtin, {
      version: 1,
      entities: [{ id: 'kyiv', aliases: ['Kiyv'], description: { id: 'Ibu kota Ukraina' } }],
    });
    assert.deepEqual(problems, []);
    const kyiv = kb.entities.find((e) => e.id === 'kyiv') as KbEntity;
    assert.deepEqual(kyiv.aliases, ['Kyiv', 'Kiev', 'Kiyv']);
    assert.deepEqual(kyiv.description, { en: 'Kyiv (test)', id: 'Ibu kota Ukraina' });
    assert.equal(kyiv.canonical, 'Kyiv');
    assert.deepEqual(builtin.entities[0].aliases, ['Kyiv', 'Kiev'], 'the built-in KB is not mutated');
  });

  it('adds a new entity, with its canonical as the default alias', () => {
    const { kb, problems } = mergeWorkspaceKb(base(), {
      version: 1,
      entities: [{ id: 'andi-wijaya', canonical: 'Andi Wijaya', type: 'PER' }],
    });
    assert.deepEqual(problems, []);
    assert.equal(kb.entities[0].id, 'andi-wijaya', 'workspace entities come first');
    assert.deepEqual(kb.entities[0].aliases, ['Andi Wijaya']);
    assert.equal(new KbIndex(kb).lookup('Andi Wijaya')?.type, 'PER');
  });

  it('merges an entity into another (mergeInto), following chains', () => {
    const { kb, problems } = mergeWorkspaceKb(base(), {
      version: 1,
      entities: [
        { id: 'kremlin-spokesman', canonical: 'Kremlin spokesman', type: 'PER', aliases: ['Jubir Kremlin'] },
        { id: 'kremlin-spokesman', mergeInto: 'peskov-alias' },
        { id: 'peskov-alias', mergeInto: 'dmitry-peskov', aliases: ['Dmitriy Peskov'] },
      ],
    });
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const index = new KbIndex(kb);
    assert.equal(index.byId.get('kremlin-spokesman'), undefined);
    assert.equal(index.lookup('Jubir Kremlin')?.id, 'dmitry-peskov');
    assert.equal(index.lookup('Kremlin spokesman')?.id, 'dmitry-peskov');
    assert.equal(index.lookup('Dmitriy Peskov')?.id, 'dmitry-peskov');
  });

  it('merges a built-in entity into another one', () => {
    const { kb } = mergeWorkspaceKb(base(), { version: 1, entities: [{ id: 'kyiv', mergeInto: 'russia' }] });
    const index = new KbIndex(kb);
    assert.equal(index.byId.get('kyiv'), undefined);
    assert.equal(index.lookup('Kiev')?.id, 'russia');
  });

  it('reports a missing mergeInto target and a cycle, and applies the rest', () => {
    const { kb, problems } = mergeWorkspaceKb(base(), {
      version: 1,
      entities: [
        { id: 'a', mergeInto: 'nowhere', aliases: ['A'] },
        { id: 'b', mergeInto: 'c', aliases: ['B'] },
        { id: 'c', mergeInto: 'b', aliases: ['C'] },
        { id: 'russia', aliases: ['RF'] },
      ],
    });
    assert.equal(problems.filter((p) => p.severity === 'error').length, 3);
    assert.match(problems[0].message, /target "nowhere" does not exist/);
    assert.ok(problems.some((p) => /cycle/.test(p.message)));
    assert.equal(new KbIndex(kb).lookup('RF')?.id, 'russia');
  });

  it('suppresses surface forms everywhere', () => {
    const { kb } = mergeWorkspaceKb(base(), { version: 1, entities: [], suppress: ['Peskov'] });
    const index = new KbIndex(kb);
    assert.equal(index.lookup('Peskov'), undefined);
    assert.equal(index.lookup('Dmitry Peskov')?.id, 'dmitry-peskov');
    assert.ok(index.isSuppressed('Peskov'));
    assert.deepEqual(index.scan('kata Peskov').length, 0);
  });

  it('moves an alias a workspace entity claims away from the built-in entity', () => {
    const { kb, problems } = mergeWorkspaceKb(base(), {
      version: 1,
      entities: [{ id: 'kiev-oblast', canonical: 'Kyiv Oblast', type: 'GPE', aliases: ['Kiev'] }],
    });
    assert.equal(new KbIndex(kb).lookup('Kiev')?.id, 'kiev-oblast');
    assert.deepEqual(problems.map((p) => p.severity), ['info']);
  });

  it('skips invalid entries with a message naming the path, keeps valid ones', () => {
    const { kb, problems } = mergeWorkspaceKb(base(), {
      version: 1,
      entities: [
        { id: 'Bad Id', canonical: 'X', type: 'PER' },
        { id: 'x', canonical: 'X', type: 'PERSON' },
        { id: 'y', aliases: [' padded '] },
        { id: 'z', canonical: 'Zed' },
        'not an object',
        { id: 'russia', aliases: ['Rusiya'], colour: 'red' },
        { id: 'ok', canonical: 'Okay Person', type: 'PER' },
      ],
    });
    const errors = problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => p.path), ['entities[0]', 'entities[1]', 'entities[2]', 'entities[4]', 'entities[5]', 'entities[3]']);
    assert.match(errors[0].message, /entities\[0\]\.id/);
    assert.match(errors[1].message, /must be one of \["PER","ORG","GPE"\]/);
    assert.match(errors[4].message, /unknown property "colour"/);
    assert.match(errors[5].message, /needs "canonical" and "type"/);
    assert.ok(kb.entities.some((e) => e.id === 'ok'));
  });

  it('never throws on malformed files and returns the built-in KB unchanged', () => {
    const builtin = base();
    for (const bad of [null, 42, 'text', [], { version: 2, entities: [] }, { version: 1, entities: {} }, { version: 1, entities: [], suppress: 'x' }]) {
      const { kb, problems } = mergeWorkspaceKb(builtin, bad);
      assert.ok(problems.length > 0, JSON.stringify(bad));
      assert.deepEqual(kb.entities.map((e) => e.id), builtin.entities.map((e) => e.id));
    }
  });

  it('parses text with a BOM and CRLF, and reports invalid JSON without throwing', () => {
    const text = '\uFEFF{\r\n  "version": 1,\r\n  "entities": [{ "id": "russia", "aliases": ["Rossiya"] }]\r\n}\r\n';
    const ok = mergeWorkspaceKbText(base(), text);
    assert.deepEqual(ok.problems, []);
    assert.equal(new KbIndex(ok.kb).lookup('Rossiya')?.id, 'russia');

    const broken = mergeWorkspaceKbText(base(), '{ "version": 1, "entities": [ { "id": "x", } ] }');
    assert.equal(broken.problems.length, 1);
    assert.match(broken.problems[0].message, /not valid JSON/);
    assert.equal(mergeWorkspaceKbText(base(), '').problems[0].severity, 'warning');
  });

  it('warns about an entity whose id is reserved for an annotation actor, and keeps it readable', () => {
    // "outlet" and "unnamed-source" are the pickers' fixed actors (core/annotations/reserved-actors.ts):
    // an annotation with that id means the outlet's own voice / an unnamed source, never this entity.
    const { kb, problems } = mergeWorkspaceKb(base(), {
      version: 1,
      entities: [
        { id: 'andi-wijaya', canonical: 'Andi Wijaya', type: 'PER' },
        { id: 'outlet', canonical: 'Harian Pagi', type: 'ORG' },
        { id: 'unnamed-source', canonical: 'Sumber Rahasia', type: 'PER' },
      ],
    });
    assert.deepEqual(problems.map((p) => [p.severity, p.path]), [['warning', 'entities[1]'], ['warning', 'entities[2]']]);
    assert.match(problems[0].message, /"outlet" is reserved for the outlet's own voice/);
    assert.match(problems[1].message, /"unnamed-source" is reserved for an unnamed source/);
    assert.match(problems[0].message, /another id/);
    assert.deepEqual(kb.entities.slice(0, 3).map((e) => [e.id, e.canonical]), [['andi-wijaya', 'Andi Wijaya'], ['outlet', 'Harian Pagi'], ['unnamed-source', 'Sumber Rahasia']], 'the entities are kept');
    // Guard: an id that merely contains a reserved one is any entity.
    assert.deepEqual(mergeWorkspaceKb(base(), { version: 1, entities: [{ id: 'outlet-tv', canonical: 'Outlet TV', type: 'ORG' }] }).problems, []);
  });

  it('reads the reserved ids from a module of the KB that depends on nothing; no KB file imports annotations', () => {
    // Annotations depend on the KB (actor identity); the reverse would make a cycle and pull
    // the pickers' code into every KB reader.
    const dir = join(__dirname, '..', '..', '..', 'src', 'core', 'kb');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      assert.doesNotMatch(source, /from '\.\.\/annotations/, file);
      if (file === 'reserved-ids.ts') assert.doesNotMatch(source, /^import /m, 'reserved-ids.ts imports nothing');
    }
  });

  it('works on the real built-in KB', () => {
    const builtin = loadBuiltinKb();
    const { kb, problems } = mergeWorkspaceKb(builtin, { version: 1, entities: [{ id: 'russia', aliases: ['Negeri Beruang Merah'] }] });
    assert.deepEqual(problems, []);
    assert.equal(kb.entities.length, builtin.entities.length);
    assert.equal(new KbIndex(kb).lookup('Negeri Beruang Merah')?.canonical, 'Russia');
  });
});
