import { strict as assert } from 'node:assert';
import { listedFor, mayBeListed, PickerHighlight, type ListedItem } from '../../../src/core/annotations/picker-filter';
import { withForms } from '../../../src/core/annotations/written-forms';
import type { Choice } from '../../../src/core/annotations/pick-list';

type Item = ListedItem & { choice?: Choice };

/** The curation "Link to…" picker's shape: identities, then "Other name…" always shown. */
const identity = (label: string, aliases: string[] = []): Item => {
  const choice = withForms({ label }, [], aliases, Infinity);
  return { label, description: aliases.length ? `also: ${aliases.join(', ')}` : undefined, choice };
};
const governor = identity('Ahmad Luthfi', ['Luthfi']);
const minister = identity('Budi Santoso Ahmad');
const agency = identity('Badan Penanggulangan Bencana Daerah', ['BPBD']);
const other: Item = { label: '$(edit) Other name…', alwaysShow: true };
const items = [minister, governor, agency, other];
const choiceOf = (item: Item | undefined) => item?.choice;

describe('what a picker over a fixed list lists and highlights as the researcher types', () => {
  describe('listedFor: the window\'s filter', () => {
    it('lists everything, in order, while nothing is typed', () => {
      assert.deepEqual(listedFor(items, '  '), items);
    });

    it('lists label matches first in VS Code\'s order (labels starting with the text, the shorter first; then ending with it; then by name), then description matches and the items shown always, in their order', () => {
      assert.deepEqual(listedFor(items, 'ahmad'), [governor, minister, other], '"Ahmad" starts one label and ends the other');
      const dahlan = identity('Ahmad Dahlan');
      const longer = identity('Ahmad Luthfi (Gubernur)');
      assert.deepEqual(listedFor([longer, dahlan], 'ahmad'), [dahlan, longer], 'both start with it: the shorter first');
      const middle = identity('Siti Ahmad Rahma');
      assert.deepEqual(listedFor([middle, minister], 'ahmad'), [minister, middle], 'neither starts with it: the one ending with it first');
      assert.deepEqual(listedFor(items, 'BPBD'), [agency, other], 'by the alias in the description');
      assert.deepEqual(listedFor(items, 'Ahmad Luthfi (Gubernur)'), [other], 'a new name: only what is always shown');
    });

    it('reads a label without its icon', () => {
      assert.deepEqual(listedFor(items, 'edit'), [other], 'shown always, not matched by the icon name');
      assert.deepEqual(listedFor([{ label: '$(edit) Other name…' }], 'edit'), []);
      assert.deepEqual(listedFor([{ label: '$(edit) Other name…' }], 'other'), [{ label: '$(edit) Other name…' }]);
    });
  });

  describe('mayBeListed: whether the window may list an item, matches by initials included', () => {
    it('says yes to a part of the label or description and to the starts of its words in order', () => {
      assert.ok(mayBeListed(governor, 'luthfi'));
      assert.ok(mayBeListed(governor, 'al'), 'A(hmad) L(uthfi)');
      assert.ok(mayBeListed(governor, 'ahlu'), 'Ah(mad) Lu(thfi)');
      assert.ok(mayBeListed(agency, 'bpbd'), 'B(adan) P(enanggulangan) B(encana) D(aerah), and its alias');
      assert.ok(mayBeListed(other, 'anything'), 'shown always');
      assert.ok(mayBeListed(governor, ''), 'nothing typed');
    });

    it('says no where no way of matching can: letters in order but not at word starts, or text past the label', () => {
      assert.ok(!mayBeListed(governor, 'Ahmad Luthfi (Gubernur)'));
      assert.ok(!mayBeListed(governor, 'hmt'), 'h, m, t occur in order but start no word');
      assert.ok(!mayBeListed(minister, 'budi santoso x'), 'a word past the name');
    });
  });

  describe('PickerHighlight: what Enter takes', () => {
    it('typing past a name and Enter at once takes what the window lists for the whole text, though the highlight set for the name arrived after it', () => {
      const highlight = new PickerHighlight(items, choiceOf);
      assert.equal(highlight.typed('Ahmad Luthfi'), governor, 'the text names the governor: the highlight moves to him');
      highlight.typed('Ahmad Luthfi (Gubernur)');
      // The window filtered for the whole text, then the late highlight arrived and it
      // reported it with the Enter, though its filter no longer lists him.
      highlight.shown(governor);
      assert.equal(highlight.enter(governor, 'Ahmad Luthfi (Gubernur)'), other);
    });

    it('typing past a name on a busy host: the highlight set for the name reaches the window once its filter hides him, so it highlights nothing; Enter takes what it lists for the whole text', () => {
      const highlight = new PickerHighlight(items, choiceOf);
      highlight.typed('Ahmad Luthfi');
      highlight.typed('Ahmad Luthfi (Gubernur)');
      highlight.shown(undefined); // the window focused the hidden governor: nothing
      assert.equal(highlight.enter(undefined, 'Ahmad Luthfi (Gubernur)'), other);
    });

    it('nothing highlighted with no highlight of Sorot\'s left behind: the named item if the text names one, else nothing, as VS Code does', () => {
      const named = new PickerHighlight(items, choiceOf);
      named.typed('BPBD');
      assert.equal(named.enter(undefined, 'BPBD'), agency, 'the text names the agency (Enter before the highlight arrived)');
      const part = new PickerHighlight(items, choiceOf);
      part.typed('santoso');
      assert.equal(part.enter(undefined, 'santoso'), undefined, 'Sorot moved nothing: the window\'s nothing stands');
      const back = new PickerHighlight(items, choiceOf);
      back.typed('Ahmad Luthfi');
      back.typed('Ahmad Luthfi (Gubernur)');
      back.typed('Ahmad Luthfi');
      assert.equal(back.enter(undefined, 'Ahmad Luthfi'), governor, 'the text names him again: nothing is left behind');
    });

    it('keeps the moved highlight while the text still names it, or the filter still lists it where an arrow key brought it back', () => {
      const named = new PickerHighlight(items, choiceOf);
      named.typed('Ahmad Luthfi');
      named.shown(governor);
      assert.equal(named.enter(governor, 'Ahmad Luthfi'), governor);
      named.typed('ahmad');
      named.shown(minister); // the window's first match for "ahmad"…
      named.shown(governor); // …and ArrowDown
      assert.equal(named.enter(governor, 'ahmad'), governor, 'listed for "ahmad", chosen by the arrow key');
    });

    it('keeps a moved highlight the window may list by initials: typing "al" after the name was cleared', () => {
      const highlight = new PickerHighlight(items, choiceOf);
      highlight.typed('Ahmad Luthfi');
      highlight.shown(governor);
      highlight.typed('');
      highlight.typed('al');
      highlight.shown(governor); // VS Code lists him first, by A(hmad) L(uthfi)
      assert.equal(highlight.enter(governor, 'al'), governor);
    });

    it('takes the window\'s highlight when Sorot never moved it, even if the model of the filter would not list it', () => {
      const highlight = new PickerHighlight(items, choiceOf);
      highlight.typed('abpbd'); // no match by the model; the window may match by initials
      highlight.shown(agency);
      assert.equal(highlight.enter(agency, 'abpbd'), agency);
    });

    it('takes the named item when Enter came before the window showed the highlight', () => {
      const highlight = new PickerHighlight(items, choiceOf);
      highlight.typed('ahmad luthfi');
      assert.equal(highlight.enter(minister, 'ahmad luthfi'), governor, 'the window still had its own first match highlighted');
    });

    it('nothing highlighted and nothing listed: nothing taken', () => {
      const highlight = new PickerHighlight([minister, governor], choiceOf);
      highlight.typed('Ahmad Luthfi');
      highlight.typed('Ahmad Luthfi (Gubernur)');
      assert.equal(highlight.enter(governor, 'Ahmad Luthfi (Gubernur)'), undefined);
    });
  });
});
