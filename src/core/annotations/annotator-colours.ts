/**
 * A stable colour per annotator. The colour is an index into a fixed palette (its
 * theme colours are contributed by the extension, one per light / dark / high-contrast
 * theme), chosen from the annotator's name alone, so it is the same in every session and
 * on every machine. Two names that hash to the same colour are told apart
 * deterministically: among the annotators present, in name order, each takes its own
 * colour when it is free, else the next free one. Pure: no `vscode`, no Node.
 */
import { fnv1a } from '../text/fnv1a';

/** Palette slots, named by their hue so a colour can also be said in words. None is
 *  red: red reads as an error in the editor. */
export const ANNOTATOR_PALETTE = ['blue', 'orange', 'green', 'pink', 'violet', 'olive', 'brown', 'cyan'] as const;
export type AnnotatorColour = (typeof ANNOTATOR_PALETTE)[number];

/** The palette slot a name takes when no other annotator present claims it first. */
export function preferredColour(name: string): number {
  return fnv1a(name) % ANNOTATOR_PALETTE.length;
}

/**
 * A palette slot for each of `names` (duplicates ignored). Names are handled in sorted
 * order (code units, so every machine and locale agrees); each takes its preferred slot
 * if no earlier name took it, else the next free slot. With more annotators than slots,
 * slots are shared again, still deterministically.
 */
export function assignColours(names: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const size = ANNOTATOR_PALETTE.length;
  const taken = new Set<number>();
  const out = new Map<string, number>();
  for (const name of sorted) {
    if (taken.size === size) taken.clear(); // every slot used: a new round of sharing
    let slot = preferredColour(name);
    while (taken.has(slot)) slot = (slot + 1) % size;
    taken.add(slot);
    out.set(name, slot);
  }
  return out;
}
