import assert from 'node:assert/strict';
import { KbIndex } from '../../../src/core/kb';
import type { Kb, KbEntity } from '../../../src/core/kb';

function entity(id: string, canonical: string, type: KbEntity['type'], aliases: string[]): KbEntity {
  return { id, canonical, type, aliases, description: { en: `${canonical} (test)`, id: `${canonical} (uji)` } };
}

const kb: Kb = {
  entities: [
    entity('dmitry-peskov', 'Dmitry Peskov', 'PER', ['Dmitry Peskov', 'Dmitri Peskov', 'Dmitri S. Peskov', 'Peskov']),
    entity('russia', 'Russia', 'GPE', ['Rusia', 'Federasi Rusia']),
    entity('ministry-of-defence-russia', 'Ministry of Defence (Russia)', 'ORG', ['Kementerian Pertahanan Rusia']),
    entity('united-states', 'United States', 'GPE', ['Amerika Serikat', 'AS', 'Amerika']),
    entity('recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'PER', ['Recep Tayyip Erdoğan', 'Erdoğan']),
    entity('washington-d-c', 'Washington, D.C.', 'GPE', ['Washington', 'Washington, D.C.']),
    entity('maruf-amin', "Ma'ruf Amin", 'PER', ["Ma'ruf Amin", "Ma'ruf"]),
    entity('ban-ki-moon', 'Ban Ki-moon', 'PER', ['Ban Ki-moon']),
    entity('vladimir-putin', 'Vladimir Putin', 'PER', ['Vladimir Putin', 'Putin']),
    entity('ukraine', 'Ukraine', 'GPE', ['Ukraina']),
  ],
  suppress: ['Amerika Latin'],
};
const index = new KbIndex(kb);
const spans = (text: string) => index.scan(text).map((m) => [text.slice(m.start, m.end), m.entity.id, m.kind]);

describe('KbIndex', () => {
  it('tells a suppressed span in place exactly as isSuppressed tells its slice', () => {
    const text = 'Di Amerika Latin, Amerika Lati dan Amerika Latinx; amerika latin';
    for (let s = 0; s < text.length; s++) {
      for (let e = s; e <= text.length; e++) assert.equal(index.isSuppressedAt(text, s, e), index.isSuppressed(text.slice(s, e)), `${s}-${e}`);
    }
    assert.ok(index.isSuppressedAt(text, 3, 16));
  });

  it('looks up exact aliases, their all-caps variants and accent-free spellings', () => {
    assert.equal(index.lookup('Peskov')?.id, 'dmitry-peskov');
    assert.equal(index.lookup('RUSIA')?.id, 'russia');
    assert.equal(index.lookup('Erdogan')?.id, 'recep-tayyip-erdogan');
    assert.equal(index.lookup('rusia'), undefined, 'aliases are case-sensitive apart from all caps');
    assert.equal(index.lookup('Amerika Latin'), undefined);
    assert.equal(index.byId.get('russia')?.canonical, 'Russia');
    assert.equal(index.byCanonical.get('Dmitry Peskov')?.id, 'dmitry-peskov');
    assert.equal(index.description(index.byId.get('russia') as KbEntity, 'id'), 'Russia (uji)');
  });

  it('finds the longest alias at each position', () => {
    assert.deepEqual(spans('Juru bicara Kremlin, Dmitri S. Peskov, mengatakan'), [['Dmitri S. Peskov', 'dmitry-peskov', 'exact']]);
    assert.deepEqual(spans('Kementerian Pertahanan Rusia menyatakan'), [['Kementerian Pertahanan Rusia', 'ministry-of-defence-russia', 'exact']]);
    assert.deepEqual(spans('di Washington, D.C. dan Washington'), [
      ['Washington, D.C.', 'washington-d-c', 'exact'],
      ['Washington', 'washington-d-c', 'exact'],
    ]);
  });

  it('splits hyphenated pairs, keeps apostrophes and hyphens inside names', () => {
    assert.deepEqual(spans('konflik Rusia-Ukraina'), [['Rusia', 'russia', 'exact'], ['Ukraina', 'ukraine', 'exact']]);
    assert.deepEqual(spans("Wapres Ma'ruf Amin bertemu Ban Ki-moon"), [
      ["Ma'ruf Amin", 'maruf-amin', 'exact'],
      ['Ban Ki-moon', 'ban-ki-moon', 'exact'],
    ]);
  });

  it('leaves clitics outside the span and refuses matches inside words', () => {
    assert.deepEqual(spans('Putinlah yang memutuskan'), [['Putin', 'vladimir-putin', 'exact']]);
    assert.deepEqual(spans('Putinisme dan ASEAN bukan AS'), [['AS', 'united-states', 'exact']]);
    assert.deepEqual(index.scan('Putinlah', { clitics: [] }), []);
    assert.equal(index.matchAt('Rusian', 0), undefined);
    assert.equal(index.matchAt('xRusia', 1), undefined, 'pos must start a word');
  });

  it('matches all-caps headlines and accent-free spellings', () => {
    assert.deepEqual(spans('PUTIN DAN AMERIKA SERIKAT'), [
      ['PUTIN', 'vladimir-putin', 'caps'],
      ['AMERIKA SERIKAT', 'united-states', 'caps'],
    ]);
    assert.deepEqual(spans('Presiden Recep Tayyip Erdogan'), [['Recep Tayyip Erdogan', 'recep-tayyip-erdogan', 'folded']]);
  });

  it('skips suppressed phrases instead of matching an alias inside them', () => {
    assert.deepEqual(spans('negara Amerika Latin dan Amerika'), [['Amerika', 'united-states', 'exact']]);
    assert.equal(index.suppressedEndAt('Amerika Latin', 0), 'Amerika Latin'.length);
    assert.equal(index.matchAt('Amerika Latin', 0), undefined);
    assert.equal(index.suppressedEndAt('Amerika Serikat', 0), undefined);
  });

  it('handles empty text, emoji and offsets after astral characters', () => {
    assert.deepEqual(index.scan(''), []);
    const text = '🇷🇺 Rusia 😀Peskov';
    const found = index.scan(text);
    assert.deepEqual(found.map((m) => text.slice(m.start, m.end)), ['Rusia', 'Peskov']);
  });

  it('finds the longest alias among the many aliases of one first token', () => {
    // Forty regencies share "Kabupaten": the index splits such a list by what follows the
    // first token, and must still find the longest alias, short ones, caps variants and
    // suppressed phrases, also where the text ends right after the first token.
    const names = Array.from({ length: 40 }, (_, i) => `Ba${String.fromCharCode(97 + (i % 26))}${i}`);
    const many = new KbIndex({
      entities: [
        ...names.map((n) => entity(`kab-${n}`, `Kabupaten ${n}`, 'GPE', [`Kabupaten ${n}`])),
        entity('kab-bogor', 'Kabupaten Bogor', 'GPE', ['Kabupaten Bogor']),
        entity('kab-bogor-barat', 'Kabupaten Bogor Barat', 'GPE', ['Kabupaten Bogor Barat']),
        entity('kab-a', 'Kabupaten A', 'GPE', ['Kabupaten A']),
        entity('kab', 'Kabupaten', 'GPE', ['Kabupaten']),
      ],
      suppress: ['Kabupaten Bogor Timur'],
    });
    const found = (text: string) => many.scan(text).map((m) => [text.slice(m.start, m.end), m.entity.id, m.kind]);
    assert.deepEqual(found(`di Kabupaten ${names[7]} dan Kabupaten ${names[33]}lah`), [
      [`Kabupaten ${names[7]}`, `kab-${names[7]}`, 'exact'],
      [`Kabupaten ${names[33]}`, `kab-${names[33]}`, 'exact'],
    ]);
    assert.deepEqual(found('Kabupaten Bogor Barat, Kabupaten Bogor, KABUPATEN BOGOR'), [
      ['Kabupaten Bogor Barat', 'kab-bogor-barat', 'exact'],
      ['Kabupaten Bogor', 'kab-bogor', 'exact'],
      ['KABUPATEN BOGOR', 'kab-bogor', 'caps'],
    ]);
    assert.deepEqual(found('Kabupaten Bogor Timur'), [], 'a suppressed phrase in a long list still blocks');
    assert.deepEqual(found('Kabupaten A, Kabupaten Batu, Kabupaten Xy dan Kabupaten'), [
      ['Kabupaten A', 'kab-a', 'exact'],
      ['Kabupaten', 'kab', 'exact'],
      ['Kabupaten', 'kab', 'exact'],
      ['Kabupaten', 'kab', 'exact'],
    ]);
    assert.deepEqual(found('Kabupaten A'), [['Kabupaten A', 'kab-a', 'exact']], 'text ends before two characters follow');
  });

  it('reports an alias claimed by two entities and keeps the first', () => {
    const clash = new KbIndex({
      entities: [entity('a', 'A', 'PER', ['Kim']), entity('b', 'B', 'PER', ['Kim'])],
      suppress: [],
    });
    assert.equal(clash.lookup('Kim')?.id, 'a');
    assert.deepEqual(clash.collisions, [{ alias: 'Kim', kept: 'a', dropped: 'b' }]);
  });
});
