// Small keyboard-first building blocks on top of QuickPick / InputBox: a picker of fixed
// values, a picker of values that also takes typed text, and a step counter in the
// title, so each annotation is a few keystrokes: type to filter, Enter to choose,
// Escape to cancel the whole flow.
//
// Neither picker changes its items while it is open. Items sent to the window while the
// user types arrive late: the window then re-sorts, moves the highlight back to the top,
// and an Enter pressed meanwhile is matched by position against the new list. So what
// Enter took depended on typing speed (issue 11: 2). With a fixed list, VS Code filters
// in the window itself as each key is pressed, and Enter takes what was highlighted then.
import * as vscode from 'vscode';
import { PickerHighlight, resolvePick, type Choice, type PickEntry, type PickList } from '../core/annotations';

export interface PickItem<T> extends vscode.QuickPickItem {
  value: T;
}

export interface PickOptions<T> {
  title: string;
  placeholder: string;
  items: PickItem<T>[];
  /** Pre-selected value (edits start on the current one). */
  active?: T;
}

/** Resolves with the chosen value, or undefined when the user pressed Escape. Enter
 *  with nothing matching what was typed keeps the picker open. */
export function pick<T>(options: PickOptions<T>): Promise<T | undefined> {
  const activeItem = options.active === undefined ? undefined : options.items.find((i) => i.value === options.active);
  return openPicker(options, options.items, activeItem, (qp, finish) => {
    const chosen = qp.selectedItems[0];
    if (chosen) finish(chosen.value);
  });
}

/**
 * Shows a fixed list of `items` with `active` highlighted and resolves with what
 * `accept` finishes with (Enter), or undefined when the picker is hidden (Escape, focus
 * lost). The shape both pickers share: one answer, then the picker is gone.
 */
function openPicker<I extends vscode.QuickPickItem, V>(
  heading: { title: string; placeholder: string },
  items: I[],
  active: I | undefined,
  accept: (qp: vscode.QuickPick<I>, finish: (value: V) => void) => void,
  /** Listens to the picker before it shows (followNamed: the text and the highlight). */
  watch?: (qp: vscode.QuickPick<I>) => void,
): Promise<V | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<I>();
    qp.title = heading.title;
    qp.placeholder = heading.placeholder;
    qp.ignoreFocusOut = true;
    qp.matchOnDescription = true;
    qp.items = items;
    if (active) qp.activeItems = [active];
    let done = false;
    const finish = (value: V | undefined): void => {
      if (done) return;
      done = true;
      resolve(value);
      qp.dispose();
    };
    qp.onDidAccept(() => accept(qp, finish));
    qp.onDidHide(() => finish(undefined));
    watch?.(qp);
    qp.show();
  });
}

export interface ListPickOptions {
  title: string;
  placeholder: string;
  list: PickList;
  /** Whether typed text that is no listed value is accepted (else it is refused with `notListed`). */
  freeText: boolean;
  /** How each listed value looks in the picker. */
  render: (entry: Extract<PickEntry, { type: 'choice' }>) => vscode.QuickPickItem;
  /** Label of the typed-text entry, e.g. "Use what you typed as a new name". */
  typedLabel: string;
  /** Said when Enter is pressed on text that is not in a closed list. */
  notListed?: (typed: string) => string;
}

type EntryItem = vscode.QuickPickItem & { index: number };

/** A picker over `list` (core/annotations/pick-list.ts): resolves with the chosen or typed
 *  value, or undefined when the user pressed Escape. Text that names a listed value
 *  exactly ("Rusia", written form of Russia) highlights it, as in chooseNamed. */
export function pickFromList(options: ListPickOptions): Promise<Choice | undefined> {
  const items: EntryItem[] = options.list.entries.map((entry, index) =>
    entry.type === 'typed'
      ? { label: `$(edit) ${options.typedLabel}`, description: vscode.l10n.t('the text in the box above'), alwaysShow: true, index }
      : { ...options.render(entry), index },
  );
  const choiceOf = (item: EntryItem | undefined): Choice | undefined => {
    const entry = item && options.list.entries[item.index];
    return entry?.type === 'choice' ? entry.choice : undefined;
  };
  const named = followNamed(items, choiceOf);
  return openPicker<EntryItem, Choice>(options, items, items[options.list.active], (qp, finish) => {
    // The value box and the selection arrive in the order they happened, before this.
    const outcome = resolvePick(options.list, qp.value, named.enter(qp.selectedItems[0], qp.value)?.index, options.freeText);
    if (outcome.ok) finish(outcome.choice);
    else if (outcome.why === 'not-in-list' && options.notListed) void vscode.window.showInformationMessage(options.notListed(outcome.typed));
  }, named.watch);
}

/** The picker's highlight follows the item the typed text names exactly, and Enter takes
 *  what core picker-filter.ts PickerHighlight says: the one owner of this for both pickers
 *  (chooseNamed, pickFromList). */
function followNamed<I extends vscode.QuickPickItem>(items: readonly I[], choiceOf: (item: I | undefined) => Choice | undefined): {
  watch: (qp: vscode.QuickPick<I>) => void;
  enter: (highlighted: I | undefined, text: string) => I | undefined;
} {
  // Separators are no items to take: the window never lists them as such.
  const highlight = new PickerHighlight(items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator), choiceOf);
  return {
    watch: (qp) => {
      qp.onDidChangeValue((typed) => {
        const named = highlight.typed(typed);
        if (named) qp.activeItems = [named];
      });
      qp.onDidChangeActive((active) => highlight.shown(active[0]));
    },
    enter: (highlighted, text) => highlight.enter(highlighted, text),
  };
}

/** "written: Rusia, Moskwa · also: Federasi Rusia": the forms an actor is written in,
 *  then KB aliases (core written-forms.ts withForms), shown in a picker item's
 *  description so the window's filter (matchOnDescription) finds the actor by what the
 *  researcher reads, not only by its canonical name. */
export function formsText(c: Pick<Choice, 'written' | 'aliases'>): string | undefined {
  const parts = [
    c.written?.length ? vscode.l10n.t('written: {0}', c.written.join(', ')) : undefined,
    c.aliases?.length ? vscode.l10n.t('also: {0}', c.aliases.join(', ')) : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}

/** A picker item that may stand for a named choice: with the forms it can be matched by
 *  (core written-forms.ts withForms), for chooseNamed's Enter. */
export interface NamedItem extends vscode.QuickPickItem {
  choice?: Choice;
}

/**
 * One choice from a fixed list. The list never changes while the picker is open (VS Code
 * filters it as the researcher types), so Enter takes what is highlighted, whatever the
 * typing speed; what was typed is returned as well (for an "Other name…" item). Where the
 * text is exactly an identity's name, written form or alias, the highlight moves to that
 * identity (core written-forms.ts NamedHighlight): the window's filter ranks its own
 * matches first ("PBB" highlights Persatuan Bola Basket Seluruh Indonesia, by its
 * initials, above United Nations, whose alias it is). An arrow key then moves the
 * highlight away and Enter takes the item moved to.
 *
 * Why not reorder the items so the named identity comes first: the extension host
 * numbers items by their place in the list it last sent, and the window answers with
 * those numbers. Items sent while the researcher types arrive late, and an Enter pressed
 * meanwhile is read against the new order: another item than the one highlighted
 * (issue 11, the header of this file). Moving the highlight sends no items.
 */
export function chooseNamed<I extends NamedItem>(title: string, placeholder: string, items: I[]): Promise<{ item: I; typed: string } | undefined> {
  const named = followNamed(items, (item) => item?.choice);
  return openPicker<I, { item: I; typed: string }>({ title, placeholder }, items, undefined, (qp, finish) => {
    const item = named.enter(qp.selectedItems[0] ?? qp.activeItems[0], qp.value);
    if (item) finish({ item, typed: qp.value.trim() });
  }, named.watch);
}

/** A one-line text step; Enter on an empty box keeps `value` (or skips when optional). */
export async function input(title: string, prompt: string, value = ''): Promise<string | undefined> {
  return vscode.window.showInputBox({ title, prompt, value, ignoreFocusOut: true });
}

/** "New claim (2/3)". */
export function stepTitle(what: string, step: number, steps: number): string {
  return `${what} (${step}/${steps})`;
}
