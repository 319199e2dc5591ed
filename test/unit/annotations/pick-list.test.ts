// What the annotation pickers offer and what Enter means (issue 11: 1, 2, 3), as the
// pure decision the QuickPick only displays.
import assert from 'node:assert/strict';
import { buildPickList, resolvePick, stanceTargetOptions, type Choice, type PickList } from '../../../src/core/annotations/pick-list';

const ACTORS: Choice[] = [
  { label: 'Dewan Perwakilan Rakyat', id: 'dewan-perwakilan-rakyat', type: 'ORG', mentions: 5 },
  { label: 'Prabowo Subianto', id: 'prabowo-subianto', type: 'PER', mentions: 3 },
  { label: 'Sri Mulyani Indrawati', id: 'sri-mulyani-indrawati', type: 'PER', mentions: 1 },
];
const TARGETS: Choice[] = ['Pajak / Taxation', 'Harga pangan / Food prices'].map((label) => ({ label }));

function labels(list: PickList): string[] {
  return list.entries.map((e) => (e.type === 'typed' ? '<typed>' : `${e.choice.label}${e.choice.id ? `#${e.choice.id}` : ''}:${e.role}`));
}

/** Enter with nothing typed: what the active entry stands for. */
function enter(list: PickList, freeText = true): Choice | undefined {
  const r = resolvePick(list, '', list.active, freeText);
  return r.ok ? r.choice : undefined;
}

describe('pick list of the annotation flows', () => {
  describe('editing: the current value is first and active, so Enter keeps it (issue 11: 1)', () => {
    it('keeps a typed stance target that is not in the list', () => {
      const list = buildPickList({ options: TARGETS, current: { label: 'Swasembada pangan' }, freeText: true });
      assert.deepEqual(labels(list), ['Swasembada pangan:current', 'Pajak / Taxation:listed', 'Harga pangan / Food prices:listed', '<typed>']);
      assert.deepEqual(enter(list), { label: 'Swasembada pangan' });
    });

    it('keeps a typed claimant, without giving it the id of a listed actor', () => {
      const list = buildPickList({ options: ACTORS, current: { label: 'Kelompok Tani Makmur' }, freeText: true });
      assert.equal(list.active, 0);
      assert.deepEqual(enter(list), { label: 'Kelompok Tani Makmur' });
    });

    it('keeps the KB id with the label, and lists that actor once (issue 11: 3)', () => {
      const list = buildPickList({ options: ACTORS, current: { label: 'Prabowo Subianto', id: 'prabowo-subianto' }, suggested: ACTORS[0], freeText: true });
      assert.deepEqual(labels(list), [
        'Prabowo Subianto#prabowo-subianto:current',
        'Dewan Perwakilan Rakyat#dewan-perwakilan-rakyat:listed',
        'Sri Mulyani Indrawati#sri-mulyani-indrawati:listed',
        '<typed>',
      ]);
      assert.deepEqual(enter(list), { label: 'Prabowo Subianto', id: 'prabowo-subianto', type: 'PER', mentions: 3 });
    });

    it('keeps the stored label of an actor the KB now names differently, with its id', () => {
      const list = buildPickList({ options: ACTORS, current: { label: 'Prabowo', id: 'prabowo-subianto' }, freeText: true });
      assert.equal(labels(list).filter((l) => l.includes('prabowo-subianto')).length, 1);
      assert.deepEqual(enter(list), { label: 'Prabowo', id: 'prabowo-subianto', type: 'PER', mentions: 3 });
    });

    it('leaves the KB actor of the same name pickable next to a free-text value of that name', () => {
      const list = buildPickList({ options: ACTORS, current: { label: 'Prabowo Subianto' }, freeText: true });
      assert.deepEqual(enter(list), { label: 'Prabowo Subianto' });
      assert.ok(labels(list).includes('Prabowo Subianto#prabowo-subianto:listed'));
    });
  });

  describe('creating', () => {
    it('starts on the suggested speaker, not on the first (most mentioned) actor (issue 11: 4)', () => {
      const list = buildPickList({ options: ACTORS, suggested: { label: 'Sri Mulyani Indrawati', id: 'sri-mulyani-indrawati' }, freeText: true });
      assert.equal(labels(list)[0], 'Sri Mulyani Indrawati#sri-mulyani-indrawati:suggested');
      assert.deepEqual(enter(list), { label: 'Sri Mulyani Indrawati', id: 'sri-mulyani-indrawati', type: 'PER', mentions: 1 });
    });

    it('starts on the first option without a suggestion, and has no typed entry for a closed list', () => {
      const list = buildPickList({ options: TARGETS, freeText: false });
      assert.deepEqual(labels(list), ['Pajak / Taxation:listed', 'Harga pangan / Food prices:listed']);
      assert.deepEqual(enter(list, false), { label: 'Pajak / Taxation' });
    });
  });

  describe('Enter with text typed (issue 11: 2)', () => {
    const list = buildPickList({ options: ACTORS, freeText: true });
    const typed = list.entries.length - 1;

    it('on a listed actor is that actor with its id', () => {
      assert.deepEqual(resolvePick(list, 'Prabowo Sub', 1, true), { ok: true, choice: ACTORS[1], typed: false });
    });

    it('on the typed-text entry, or with nothing left to choose, is the text as a new name without an id', () => {
      for (const chosen of [typed, undefined]) {
        assert.deepEqual(resolvePick(list, '  Prabowo Sub ', chosen, true), { ok: true, choice: { label: 'Prabowo Sub' }, typed: true });
      }
    });

    it('takes pasted text with its line break and double spaces folded', () => {
      assert.deepEqual(resolvePick(list, 'Kelompok  Tani\nMakmur\n', undefined, true), { ok: true, choice: { label: 'Kelompok Tani Makmur' }, typed: true });
    });

    it('is the listed actor (with its id) when the typed text is exactly its name', () => {
      assert.deepEqual(resolvePick(list, 'Sri Mulyani Indrawati', typed, true), { ok: true, choice: ACTORS[2], typed: true });
    });

    it('refuses empty text, and text outside a closed list, so the picker stays open', () => {
      assert.deepEqual(resolvePick(list, '   ', typed, true), { ok: false, why: 'nothing-typed', typed: '' });
      const closed = buildPickList({ options: TARGETS, freeText: false });
      assert.deepEqual(resolvePick(closed, 'Swasembada pangan', undefined, false), { ok: false, why: 'not-in-list', typed: 'Swasembada pangan' });
    });

    it('gives the same answer for the same text and choice, whatever came before', () => {
      const a = resolvePick(buildPickList({ options: ACTORS, freeText: true }), 'Prabowo Sub', typed, true);
      const b = resolvePick(list, 'Prabowo Sub', typed, true);
      assert.deepEqual(a, b);
    });
  });

  describe('stance targets: the actors of the article after the workspace list and the used targets', () => {
    const actors: Choice[] = [
      { label: 'NATO', id: 'nato', type: 'ORG', mentions: 4 },
      { label: 'Harga pangan', type: 'ORG', mentions: 1 },
      { label: 'Joe Biden', id: 'joe-biden', type: 'PER', mentions: 2 },
    ];

    it('offers each actor once, after the configured and used targets, with its type and without its KB id', () => {
      const options = stanceTargetOptions({ configured: ['Harga pangan', 'Pemilu'], used: ['Pemilu', 'Impor beras'], actors, freeText: true });
      assert.deepEqual(options, [
        { label: 'Harga pangan' },
        { label: 'Pemilu' },
        { label: 'Impor beras' },
        { label: 'NATO', type: 'ORG', mentions: 4 },
        { label: 'Joe Biden', type: 'PER', mentions: 2 },
      ]);
    });

    it('typing the name of an actor picks the actor, whose name becomes the target', () => {
      const list = buildPickList({ options: stanceTargetOptions({ configured: ['Pemilu'], used: [], actors, freeText: true }), freeText: true });
      const outcome = resolvePick(list, 'Joe Biden', undefined, true);
      assert.ok(outcome.ok);
      assert.equal(outcome.choice.label, 'Joe Biden');
      assert.equal(outcome.choice.type, 'PER', 'the listed actor, not a new name');
    });

    it('offers no actor where .sorot/schema.json closes the list of targets', () => {
      assert.deepEqual(stanceTargetOptions({ configured: ['Pemilu'], used: [], actors, freeText: false }), [{ label: 'Pemilu' }]);
    });
  });
});
