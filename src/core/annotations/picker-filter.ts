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

/** The words of a text as the filter's match by initials reads them: runs of letters and
 *  digits, a capital inside a run starting a new word ("PersatuanBola"). */
function wordsOf(text: string): string[] {
  return (text.match(/\p{Lu}?[\p{Ll}\p{Lo}\p{M}\d]+|\p{Lu}+(?!\p{Ll})/gu) ?? []).map((w) => w.toLowerCase());
}

/** Whether `query` (lower case) can be spelt by the starts of `text`'s words, in order,
 *  each word giving a first letter or more or nothing ("pbb" by Persatuan Bola Basket). */
function spelledByWordStarts(text: string, query: string): boolean {
  const q = query.replace(/\s+/g, '');
  let reached = new Set([0]);
  for (const word of wordsOf(text)) {
    const next = new Set(reached);
    for (const from of reached) {
      for (let n = 0; n < word.length && q[from + n] === word[n]; n++) next.add(from + n + 1);
    }
    reached = next;
    if (reached.has(q.length)) return true;
  }
  return reached.has(q.length);
}

/** Whether VS Code's filter may match `query` in `text`: as a part of it (letter case
 *  aside), or by the starts of its words (its prefix and camel-case matches). A superset
 *  of its answers, so a text this says no to is certainly not matched. */
function mayMatch(text: string, query: string): boolean {
  return filterText(text).includes(query) || spelledByWordStarts(text.replace(/\$\([\w~-]+\)\s*/g, ''), query);
}

/** VS Code's order of two label matches for `query` (its `compareAnything`): labels that
 *  start with it first, the shorter of two such first; then those that end with it;
 *  then by name. */
function compareLabelMatches(a: string, b: string, query: string): number {
  const aStarts = a.startsWith(query);
  const bStarts = b.startsWith(query);
  if (aStarts !== bStarts) return aStarts ? -1 : 1;
  if (aStarts && a.length !== b.length) return a.length - b.length;
  const aEnds = a.endsWith(query);
  const bEnds = b.endsWith(query);
  if (aEnds !== bEnds) return aEnds ? -1 : 1;
  return a.localeCompare(b, undefined, { numeric: true });
}

/**
 * The items the window lists after `typed`, in its order: with nothing typed, all in their
 * order; else those whose label or description contains the text (letter case aside: the
 * first and most common way VS Code's `matchesFuzzy` matches, a regular expression of the
 * text) and those shown always; the ones matched in their label first, in VS Code's order
 * (compareLabelMatches), then the rest in their order. Matches by initials are left out:
 * see `mayBeListed` for the question "could the window list it".
 */
export function listedFor<I extends ListedItem>(items: readonly I[], typed: string): I[] {
  const query = typed.trim().toLowerCase();
  if (!query) return [...items];
  const byLabel: { item: I; label: string }[] = [];
  const rest: I[] = [];
  for (const item of items) {
    const label = filterText(item.label);
    if (label.includes(query)) byLabel.push({ item, label });
    else if (item.alwaysShow || filterText(item.description ?? '').includes(query)) rest.push(item);
  }
  byLabel.sort((a, b) => compareLabelMatches(a.label, b.label, query));
  return [...byLabel.map((m) => m.item), ...rest];
}

/** Whether the window may list `item` after `typed`: false only where none of its ways of
 *  matching can (mayMatch), so a highlight on it must be left over from an earlier text. */
export function mayBeListed(item: ListedItem, typed: string): boolean {
  const query = typed.trim().toLowerCase();
  return !query || item.alwaysShow === true || mayMatch(item.label, query) || mayMatch(item.description ?? '', query);
}

/**
 * The highlight of a fixed list of `items` follows the item whose choice the typed text
 * names exactly (NamedHighlight), and `enter` says what Enter takes with `highlighted` the
 * item the window reported and `text` the text in the box: that item; or the named one
 * when the Enter came before the window showed the highlight; or, when the highlight was
 * moved for an earlier text and the window's filter cannot list it for this one (it
 * arrived after later keystrokes: the window may report it, or nothing), what the
 * window lists first. `items` are what the window can list: no separators.
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
    // Nothing highlighted after Sorot moved the highlight for an earlier text: that
    // highlight reached the window once its filter hid the item, which leaves the window
    // focused on nothing; it may then report the hidden item with the Enter (below), or
    // nothing. What it lists first for this text is what Enter would have taken.
    if (!item) return this.named.leftBehind() ? listedFor(this.items, text)[0] : undefined;
    if (!this.named.outdated(this.choiceOf(item))) return item;
    return mayBeListed(item, text) ? item : listedFor(this.items, text)[0];
  }
}
