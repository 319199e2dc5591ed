import assert from 'node:assert/strict';
import { ANNOTATOR_PALETTE, assignColours, preferredColour } from '../../../src/core/annotations/annotator-colours';

describe('annotator colours', () => {
  it('gives a name the same colour every time, from the name alone', () => {
    // Fixed expectations: a change of hash or palette would recolour every workspace.
    assert.deepEqual(['budi', 'rina', 'ani', 'tester'].map(preferredColour), [7, 5, 5, 6]);
    assert.equal(assignColours(['rina', 'budi']).get('budi'), assignColours(['budi', 'rina', 'budi']).get('budi'));
  });

  it('gives two annotators present together different colours, whatever order they are listed in', () => {
    for (const pair of [['budi', 'rina'], ['ani', 'budi'], ['tester', 'budi']]) {
      const colours = assignColours(pair);
      assert.notEqual(colours.get(pair[0]), colours.get(pair[1]), pair.join(' / '));
      assert.deepEqual(assignColours([...pair].reverse()), colours);
    }
  });

  it('resolves a collision by name order: the earlier name keeps its colour, the later takes the next free one', () => {
    // Find two names that hash to the same slot.
    const names = Array.from({ length: 200 }, (_, i) => `annotator${i}`);
    const first = names[0];
    const twin = names.find((n) => n !== first && preferredColour(n) === preferredColour(first))!;
    assert.ok(twin, 'some name shares the first one’s slot');
    const [early, late] = [first, twin].sort();
    const colours = assignColours([late, early]);
    assert.equal(colours.get(early), preferredColour(early));
    assert.equal(colours.get(late), (preferredColour(late) + 1) % ANNOTATOR_PALETTE.length);
  });

  it('uses every slot before sharing one, and never more slots than the palette has', () => {
    const names = Array.from({ length: ANNOTATOR_PALETTE.length * 2 + 3 }, (_, i) => `n${i}`);
    const colours = assignColours(names);
    const firstRound = [...names].sort().slice(0, ANNOTATOR_PALETTE.length).map((n) => colours.get(n));
    assert.equal(new Set(firstRound).size, ANNOTATOR_PALETTE.length);
    assert.ok([...colours.values()].every((c) => c >= 0 && c < ANNOTATOR_PALETTE.length));
  });

  it('has no red in the palette (red reads as an error)', () => {
    assert.ok(!ANNOTATOR_PALETTE.some((c) => /red/i.test(c)));
  });
});
