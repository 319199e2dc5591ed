// The highlight of a picker over a fixed list, and what Enter takes there, decided in the
// extension host from what the window reports (quick-input.ts wires it to a QuickPick):
// PickerHighlight. With it, a model of what VS Code's quick pick lists once the researcher
// has typed (matchOnDescription on, sortByLabel on, as every Sorot picker is), to tell what
// the window highlights for the text at an Enter.
import type { Choice } from './pick-list';
import { NamedHighlight } from './written-forms';

/** What the filter reads of a picker item. */
export interface ListedItem {
  label: string;
  description?: string;
  alwaysShow?: boolean;
}

/** Text as the filter reads it: icons ("$(edit) Other name…") left out, letter case aside. */
function filterText(text: string): string {
  return text.replace(/\$\([\w~-]+\)\s*/g, '').toLowerCase();
}

/**
 * The items the window lists after `typed`, in its order: with nothing typed, all in their
 * order; else those whose label or description contains the text (letter case aside: the
 * first and most common way VS Code's `matchesFuzzy` matches, a regular expression of the
 * text) and those shown always, the ones matched in their label first (the earlier the
 * match, the higher), then the rest in their order. A subset of what the window lists:
 * matches by initials ("pbb" in "Persatuan Bola Basket") are left out.
 */
export function listedFor<I extends ListedItem>(items: readonly I[], typed: string): I[] {
  const query = typed.trim().toLowerCase();
  if (!query) return [...items];
  const byLabel: { item: I; at: number; order: number }[] = [];
  const rest: I[] = [];
  items.forEach((item, order) => {
    const at = filterText(item.label).indexOf(query);
    if (at >= 0) byLabel.push({ item, at, order });
    else if (item.alwaysShow || filterText(item.description ?? '').includes(query)) rest.push(item);
  });
  byLabel.sort((a, b) => a.at - b.at || a.order - b.order);
  return [...byLabel.map((m) => m.item), ...rest];
}

/**
 * The highlight of a fixed list of `items` follows the item whose choice the typed text
 * names exactly (NamedHighlight), and `enter` says what Enter takes with `highlighted` the
 * item the window reported and `text` the text in the box: that item; or the named one
 * when the Enter came before the window showed the highlight; or, when the highlight was
 * moved for an earlier text and the window's filter does not list it for this one (it
 * arrived after later keystrokes), what the window lists first.
 */
export class PickerHighlight<I extends ListedItem> {
  private readonly byChoice = new Map<Choice, I>();
  private readonly named: NamedHighlight<Choice>;

  constructor(private readonly items: readonly I[], private readonly choiceOf: (item: I | undefined) => Choice | undefined) {
    for (const item of items) {
      const choice = choiceOf(item);
      if (choice && !this.byChoice.has(choice)) this.byChoice.set(choice, item);
    }
    this.named = new NamedHighlight([...this.byChoice.keys()]);
  }

  /** The text in the box is now `text`: the item to highlight, if it names one exactly. */
  typed(text: string): I | undefined {
    const named = this.named.typed(text);
    return named && this.byChoice.get(named);
  }

  /** The window reports `highlighted` as its highlight. */
  shown(highlighted: I | undefined): void {
    this.named.shown(this.choiceOf(highlighted));
  }

  /** What Enter takes. */
  enter(highlighted: I | undefined, text: string): I | undefined {
    const taken = this.named.enter(this.choiceOf(highlighted));
    const item = (taken && this.byChoice.get(taken)) ?? highlighted;
    if (!item || !this.named.outdated(this.choiceOf(item))) return item;
    const listed = listedFor(this.items, text);
    return listed.includes(item) ? item : listed[0];
  }
}
