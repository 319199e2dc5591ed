import assert from 'node:assert/strict';
import { BUILTIN_KB_FILES, loadBuiltinKb, slugify, validateBuiltinKbFile, validateWorkspaceKbFile } from '../../../src/core/kb';
import type { KbEntity } from '../../../src/core/kb';

/** Aliases deliberately shared by two entities. Keep this list empty unless a shared
 *  alias is truly unavoidable; the index keeps the first entity for it. */
const DELIBERATE_SHARED_ALIASES = new Set<string>([]);

describe('built-in KB data (data/kb/*.json)', () => {
  const kb = loadBuiltinKb();

  for (const [name, file] of Object.entries(BUILTIN_KB_FILES)) {
    it(`${name} validates against #/definitions/builtinFile`, () => {
      assert.deepEqual(validateBuiltinKbFile(file), []);
    });
    it(`${name} also validates as a workspace file (the root schema)`, () => {
      assert.deepEqual(validateWorkspaceKbFile(file), []);
    });
  }

  it('has at least 450 entities, with people, organisations and places all represented', () => {
    assert.ok(kb.entities.length >= 450, `only ${kb.entities.length} entities`);
    const countries = BUILTIN_KB_FILES['gpe-countries.json'].entities.length;
    assert.ok(countries >= 120, `only ${countries} countries`);
    for (const type of ['PER', 'ORG', 'GPE'] as const) {
      assert.ok(kb.entities.filter((e) => e.type === type).length >= 100, type);
    }
  });

  it('keeps every entity of a file in that file\'s category', () => {
    for (const [name, file] of Object.entries(BUILTIN_KB_FILES)) {
      const expected = name.startsWith('people-') ? 'PER' : name.startsWith('gpe-') ? 'GPE' : name === 'not-actors.json' ? undefined : 'ORG';
      for (const e of file.entities) assert.equal(e.type, expected, `${name}: ${e.id}`);
    }
  });

  it('has unique ids that are the slug of the canonical name, or of the alias a city had as canonical', () => {
    const seen = new Set<string>();
    for (const e of kb.entities) {
      assert.ok(!seen.has(e.id), `duplicate id ${e.id}`);
      seen.add(e.id);
      // Ids are stored in corrections, so a city whose canonical became its official
      // spelling keeps the id of the gazetteer's (regions.ts): Palangka Raya is palangkaraya.
      const ofAlias = e.id !== slugify(e.canonical) && e.aliases.some((a) => slugify(a) === e.id);
      if (!ofAlias) assert.equal(e.id, slugify(e.canonical), `id of "${e.canonical}"`);
    }
  });

  it('has unique canonical names per type', () => {
    const seen = new Set<string>();
    for (const e of kb.entities) {
      const key = `${e.type}:${e.canonical}`;
      assert.ok(!seen.has(key), `duplicate canonical ${key}`);
      seen.add(key);
    }
  });

  it('maps every alias to one entity only', () => {
    const owner = new Map<string, KbEntity>();
    const clashes: string[] = [];
    for (const e of kb.entities) {
      for (const a of e.aliases) {
        const other = owner.get(a);
        if (other && other !== e && !DELIBERATE_SHARED_ALIASES.has(a)) clashes.push(`"${a}": ${other.id} / ${e.id}`);
        owner.set(a, e);
      }
    }
    assert.deepEqual(clashes, []);
  });

  it('has trimmed, single-line aliases that start with a letter or digit', () => {
    for (const e of kb.entities) {
      for (const a of e.aliases) {
        assert.equal(a, a.trim(), `${e.id}: "${a}"`);
        assert.match(a, /^[\p{L}\p{N}]/u, `${e.id}: "${a}"`);
        assert.doesNotMatch(a, /[\r\n\t]/, `${e.id}: "${a}"`);
        assert.equal(a, a.normalize('NFC'), `${e.id}: "${a}" is not NFC`);
      }
    }
  });

  it('has one-line descriptions in English and Indonesian that differ', () => {
    for (const e of kb.entities) {
      assert.ok(e.description.en.length > 3 && e.description.id.length > 3, e.id);
      assert.notEqual(e.description.en, e.description.id, `${e.id}: the description is not translated`);
    }
  });

  it('never lists a suppressed phrase as an alias', () => {
    const suppressed = new Set(kb.suppress);
    for (const e of kb.entities) for (const a of e.aliases) assert.ok(!suppressed.has(a), `${e.id}: "${a}"`);
  });
});
