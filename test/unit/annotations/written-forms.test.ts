// The annotation pickers find an actor by the forms the article writes it in, not only by
// its canonical name: a researcher types "Rusia" and gets the actor Russia with its id.
import assert from 'node:assert/strict';
import { buildPickList, resolvePick, stanceTargetOptions, type Choice } from '../../../src/core/annotations/pick-list';
import { ALIASES_SHOWN, articleActorChoices, foldForPick, NamedHighlight, namesChoice, withForms, WRITTEN_FORMS_SHOWN, type WrittenMention } from '../../../src/core/annotations/written-forms';

const MENTIONS: WrittenMention[] = [
  { text: 'Rusia', type: 'GPE', canonical: 'Russia', entityId: 'russia' },
  { text: 'Amerika Serikat', type: 'GPE', canonical: 'United States', entityId: 'united-states' },
  { text: 'Rusia', type: 'GPE', canonical: 'Russia', entityId: 'russia' },
  { text: 'AS', type: 'GPE', canonical: 'United States', entityId: 'united-states' },
  { text: 'Moskwa', type: 'GPE', canonical: 'Russia', entityId: 'russia' },
  { text: 'AS', type: 'GPE', canonical: 'United States', entityId: 'united-states' },
  { text: 'Menlu Retno', type: 'PER', canonical: 'Retno Marsudi', entityId: 'retno-marsudi' },
  { text: 'RUSIA', type: 'GPE', canonical: 'Russia', entityId: 'russia' },
  { text: 'Retno Marsudi', type: 'PER', canonical: 'Retno Marsudi', entityId: 'retno-marsudi' },
  { text: 'Retno', type: 'PER', canonical: 'Retno Marsudi', entityId: 'retno-marsudi' },
];

describe('written forms of the actors an annotation picker offers', () => {
  const actors = articleActorChoices(MENTIONS);

  it('lists each actor once, most mentioned first (then by name), with its id, count and the forms the article writes it in', () => {
    assert.deepEqual(actors, [
      { label: 'Russia', type: 'GPE', mentions: 4, id: 'russia', written: ['Rusia', 'Moskwa'] },
      { label: 'Retno Marsudi', type: 'PER', mentions: 3, id: 'retno-marsudi', written: ['Menlu Retno'] },
      { label: 'United States', type: 'GPE', mentions: 3, id: 'united-states', written: ['AS', 'Amerika Serikat'] },
    ]);
  });

  it('keeps a few written forms, most frequent first, and none that the name already contains', () => {
    const many: WrittenMention[] = ['Joko Widodo', 'Jokowi', 'Jokowi', 'Widodo', 'Presiden Jokowi', 'Presiden Joko Widodo', 'Pak Jokowi', 'joko widodo']
      .map((text) => ({ text, type: 'PER', canonical: 'Joko Widodo' }));
    assert.deepEqual(articleActorChoices(many)[0].written, ['Jokowi', 'Presiden Jokowi', 'Presiden Joko Widodo']);
  });

  it('adds a few KB aliases the article does not use, and finds the actor by them', () => {
    const kb: Record<string, string[]> = {
      russia: ['Russia', 'Rusia', 'Federasi Rusia', 'Russian Federation', 'federasi  rusia', 'Rusia Federasi', 'Negeri Beruang Merah', 'RF'],
      'retno-marsudi': ['Retno Marsudi', 'Retno'],
    };
    const withAliases = articleActorChoices(MENTIONS, (id) => kb[id] ?? []);
    assert.deepEqual(withAliases[0], {
      label: 'Russia', type: 'GPE', mentions: 4, id: 'russia', written: ['Rusia', 'Moskwa'],
      aliases: ['Federasi Rusia', 'Russian Federation', 'Rusia Federasi', 'Negeri Beruang Merah'],
    });
    assert.equal(withAliases[1].aliases, undefined, 'no alias the name or the article already gives');
    const list = buildPickList({ options: withAliases, freeText: true });
    const outcome = resolvePick(list, 'federasi rusia', undefined, true);
    assert.ok(outcome.ok);
    assert.equal(outcome.choice.id, 'russia');
  });

  it('offers every KB alias when told (the curation pickers), so each one names the actor', () => {
    const kb: Record<string, string[]> = { russia: ['Federasi Rusia', 'Russian Federation', 'Rusia Federasi', 'Negeri Beruang Merah', 'RF', 'Moskwa'] };
    const all = articleActorChoices(MENTIONS, (id) => kb[id] ?? [], Infinity)[0];
    assert.ok(kb.russia.length - 1 > ALIASES_SHOWN);
    assert.deepEqual(all.aliases, ['Federasi Rusia', 'Russian Federation', 'Rusia Federasi', 'Negeri Beruang Merah', 'RF'], 'Moskwa is written in the article, so listed once, as written');
    assert.ok(namesChoice(all, 'rf'));
  });

  describe('an actor named outside the article (the KB entities and the corpus actors of the curation and merge pickers)', () => {
    it('is found by each KB alias the name does not already contain, letter case and accents aside', () => {
      const un = withForms({ label: 'United Nations', id: 'united-nations' }, [], ['United Nations', 'PBB', 'Perserikatan Bangsa-Bangsa', 'pbb', 'UN', 'U.N.'], Infinity);
      assert.deepEqual(un, { label: 'United Nations', id: 'united-nations', aliases: ['PBB', 'Perserikatan Bangsa-Bangsa', 'UN', 'U.N.'] });
      assert.ok(namesChoice(un, 'pbb'));
      assert.ok(namesChoice(un, 'perserikatan bangsa-bangsa'));
      assert.ok(namesChoice(un, 'un'), 'letters inside the name, but not one of its words: kept, so typed alone it names the actor');
      assert.ok(!namesChoice(un, 'Bangsa'), 'a part of an alias is no match');
    });

    it('is found by the forms it is written in, a few, before its aliases, each once', () => {
      const peskov = withForms({ label: 'Dmitry Peskov' }, ['Peskov', 'Jubir Kremlin Peskov', 'Dmitri Peskov', 'Juru bicara Kremlin', 'peskov'], ['Dmitri Peskov', 'Dmitriy Peskov'], Infinity);
      assert.equal(peskov.written?.length, WRITTEN_FORMS_SHOWN);
      assert.deepEqual(peskov.written, ['Jubir Kremlin Peskov', 'Dmitri Peskov', 'Juru bicara Kremlin'], '"Peskov" is a word of the name, which the filter already finds');
      assert.deepEqual(peskov.aliases, ['Dmitriy Peskov'], 'an alias already written is not repeated');
      assert.ok(namesChoice(peskov, 'jubir kremlin peskov'));
    });

    describe('Enter in a picker whose filter finds them by any part of a form', () => {
      // In the KB's order: the window highlights the first that contains what was typed.
      const listed = [
        withForms({ label: 'Department of Foreign Affairs (Philippines)', id: 'dfa-ph' }, [], ['DFA', 'Kemlu Filipina'], Infinity),
        withForms({ label: 'United Nations Security Council', id: 'unsc' }, [], ['Dewan Keamanan PBB', 'DK PBB'], Infinity),
        withForms({ label: 'Kementerian Luar Negeri Republik Indonesia', id: 'kemlu' }, [], ['Kemlu', 'Kemenlu', 'Deplu'], Infinity),
        withForms({ label: 'United Nations', id: 'un' }, [], ['PBB', 'Perserikatan Bangsa-Bangsa'], Infinity),
      ];
      const id = (c: Choice | undefined) => c?.id;

      /** A picker on `listed` after `text` was typed, its highlight shown by the window. */
      const shownAfter = (text: string, choices: readonly Choice[] = listed) => {
        const highlight = new NamedHighlight(choices);
        highlight.shown(highlight.typed(text));
        return highlight;
      };

      it('highlights the one the typed text names exactly, not the first whose longer alias or name contains it', () => {
        const highlight = new NamedHighlight(listed);
        assert.equal(id(highlight.typed('Kemlu')), 'kemlu');
        assert.equal(id(highlight.typed('pbb')), 'un');
        assert.equal(id(highlight.typed(' deplu ')), 'kemlu', 'white space, letter case aside');
        assert.equal(id(highlight.typed('Kemlu Filipina')), 'dfa-ph');
        assert.equal(id(highlight.typed('United Nations')), 'un', 'the name itself');
        const unicef = withForms({ label: 'UNICEF', id: 'unicef' }, [], [], Infinity);
        const un = withForms({ label: 'United Nations', id: 'un' }, [], ['UN'], Infinity);
        assert.equal(id(new NamedHighlight([unicef, un]).typed('UN')), 'un', 'the window ranks the short name that starts with it first');
      });

      it('moves the highlight nowhere when the text names nothing exactly', () => {
        const highlight = new NamedHighlight(listed);
        assert.equal(highlight.typed('Filipina'), undefined, 'part of a form');
        assert.equal(highlight.typed('Kementerian Agama'), undefined, 'a new name');
        assert.equal(highlight.typed(''), undefined);
      });

      it('the first listed, when the text names several', () => {
        const twin = withForms({ label: 'Kementerian Luar Negeri Malaysia', id: 'wisma-putra' }, [], ['Kemlu'], Infinity);
        assert.equal(id(new NamedHighlight([...listed, twin]).typed('kemlu')), 'kemlu');
        assert.equal(id(new NamedHighlight([twin, ...listed]).typed('kemlu')), 'wisma-putra');
      });

      it('Enter takes what is highlighted once the highlight is shown: the named one, or where an arrow key moved it', () => {
        const highlight = shownAfter('PBB');
        assert.equal(id(highlight.enter(listed[3])), 'un');
        highlight.shown(listed[1]); // ArrowDown
        assert.equal(id(highlight.enter(listed[1])), 'unsc', 'the item moved to, though the text still names United Nations');
        assert.equal(id(shownAfter('Filipina').enter(listed[0])), 'dfa-ph', 'no exact form: the highlight');
        assert.equal(id(shownAfter('').enter(listed[1])), 'unsc', 'nothing typed: the highlight');
        assert.equal(shownAfter('Kementerian Agama').enter(undefined), undefined, 'nothing highlighted, nothing named');
      });

      it('Enter pressed before the window showed the highlight takes the named one, not the window\'s first item', () => {
        const highlight = new NamedHighlight(listed);
        highlight.typed('Kemlu');
        highlight.shown(listed[0]); // the window's own first match, before Sorot's highlight arrived
        assert.equal(id(highlight.enter(listed[0])), 'kemlu');
        highlight.shown(listed[2]); // Sorot's highlight arrived
        highlight.shown(listed[0]); // ArrowUp
        assert.equal(id(highlight.enter(listed[0])), 'dfa-ph');
      });

      it('a later text that names nothing ends the wait for the highlight', () => {
        const highlight = new NamedHighlight(listed);
        highlight.typed('Kemlu');
        highlight.typed('Kemlu F');
        assert.equal(id(highlight.enter(listed[0])), 'dfa-ph');
      });
    });

    it('replaces the forms a choice already had instead of adding to them', () => {
      const again = withForms({ label: 'Kementerian Luar Negeri', written: ['Kemlu'], aliases: ['Deplu'] }, ['Kemenlu'], []);
      assert.deepEqual(again, { label: 'Kementerian Luar Negeri', written: ['Kemenlu'] });
    });
  });

  it('compares letter case, accents and white space aside', () => {
    assert.equal(foldForPick('  Recep Tayyip\nErdoğan '), 'recep tayyip erdogan');
    assert.ok(namesChoice({ label: 'Recep Tayyip Erdoğan', written: ['Erdoğan'] }, 'erdogan'));
    assert.ok(!namesChoice({ label: 'Russia', written: ['Rusia'] }, 'Rus'), 'a part of a form is no match');
    assert.ok(!namesChoice({ label: 'Russia' }, '   '));
  });

  describe('the holder / claimant / source picker', () => {
    const list = buildPickList({ options: actors, suggested: { label: 'Retno Marsudi', id: 'retno-marsudi' }, freeText: true });
    const typedEntry = list.entries.length - 1;

    it('shows the written forms on the suggested actor as on the listed ones', () => {
      const first = list.entries[0];
      assert.ok(first.type === 'choice' && first.role === 'suggested');
      assert.deepEqual(first.choice.written, ['Menlu Retno']);
    });

    for (const typed of ['Rusia', 'rusia', 'RUSIA', ' Moskwa ']) {
      it(`takes "${typed}" as the actor Russia with its id, not as a new name`, () => {
        for (const chosen of [typedEntry, undefined]) {
          const outcome = resolvePick(list, typed, chosen, true);
          assert.ok(outcome.ok);
          assert.equal(outcome.choice.label, 'Russia');
          assert.equal(outcome.choice.id, 'russia');
        }
      });
    }

    it('takes "AS", "amerika serikat" and "menlu retno" as their actors', () => {
      assert.deepEqual([
        resolvePick(list, 'AS', typedEntry, true),
        resolvePick(list, 'amerika serikat', typedEntry, true),
        resolvePick(list, 'menlu retno', typedEntry, true),
      ].map((o) => (o.ok ? o.choice.id : o.why)), ['united-states', 'united-states', 'retno-marsudi']);
    });

    it('takes an unknown word as a new name without an id', () => {
      assert.deepEqual(resolvePick(list, 'Kremlin', typedEntry, true), { ok: true, choice: { label: 'Kremlin' }, typed: true });
    });

    it('prefers a value labelled exactly as typed over an actor written so', () => {
      const withLabel = buildPickList({ options: [...actors, { label: 'Rusia' }], freeText: true });
      assert.deepEqual(resolvePick(withLabel, 'Rusia', undefined, true), { ok: true, choice: { label: 'Rusia' }, typed: true });
    });
  });

  describe('the stance target picker', () => {
    it('finds the actor Russia by "Rusia" and "rusia" where free targets are allowed', () => {
      const options = stanceTargetOptions({ configured: ['Pemilu'], used: [], actors, freeText: true });
      assert.deepEqual(options[1], { label: 'Russia', type: 'GPE', mentions: 4, written: ['Rusia', 'Moskwa'] });
      const list = buildPickList({ options, freeText: true });
      for (const typed of ['Rusia', 'rusia']) {
        const outcome = resolvePick(list, typed, list.entries.length - 1, true);
        assert.ok(outcome.ok);
        assert.equal(outcome.choice.label, 'Russia');
      }
    });

    it('takes an unknown word as a new target', () => {
      const list = buildPickList({ options: stanceTargetOptions({ configured: ['Pemilu'], used: [], actors, freeText: true }), freeText: true });
      assert.deepEqual(resolvePick(list, 'Sanksi ekonomi', undefined, true), { ok: true, choice: { label: 'Sanksi ekonomi' }, typed: true });
    });

    it('still refuses text outside a closed list of targets, the written form of an actor too', () => {
      const list = buildPickList({ options: stanceTargetOptions({ configured: ['Pemilu'], used: [], actors, freeText: false }), freeText: false });
      assert.deepEqual(resolvePick(list, 'Sanksi ekonomi', undefined, false), { ok: false, why: 'not-in-list', typed: 'Sanksi ekonomi' });
      assert.deepEqual(resolvePick(list, 'Rusia', undefined, false), { ok: false, why: 'not-in-list', typed: 'Rusia' });
      const pemilu: Choice = { label: 'Pemilu' };
      assert.deepEqual(resolvePick(list, 'pemilu', undefined, false), { ok: true, choice: pemilu, typed: true }, 'a listed target, letter case aside');
    });
  });
});
