// Small keyboard-first building blocks on top of QuickPick / InputBox: a picker that
// also accepts free text, and a step counter in the title, so each annotation is a
// few keystrokes: type to filter, Enter to choose, Escape to cancel the whole flow.
import * as vscode from 'vscode';

export interface PickItem<T> extends vscode.QuickPickItem {
  value: T;
}

export interface PickOptions<T> {
  title: string;
  placeholder: string;
  items: PickItem<T>[];
  /** Pre-selected value (edits start on the current one). */
  active?: T;
  /** Turn what the user typed into a value when no item fits. */
  freeText?: (typed: string) => T;
}

/** Resolves with the chosen value, or undefined when the user pressed Escape. */
export function pick<T>(options: PickOptions<T>): Promise<T | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<PickItem<T>>();
    qp.title = options.title;
    qp.placeholder = options.placeholder;
    qp.ignoreFocusOut = true;
    qp.matchOnDescription = true;
    const base = options.items;
    qp.items = base;
    const activeItem = options.active === undefined ? undefined : base.find((i) => i.value === options.active);
    if (activeItem) qp.activeItems = [activeItem];
    let done = false;
    const finish = (value: T | undefined): void => {
      if (done) return;
      done = true;
      resolve(value);
      qp.dispose();
    };
    if (options.freeText) {
      const toValue = options.freeText;
      qp.onDidChangeValue((typed) => {
        const t = typed.trim();
        const exact = base.some((i) => i.label.toLowerCase() === t.toLowerCase());
        qp.items = t && !exact
          ? [...base, { label: t, description: vscode.l10n.t('use what you typed'), alwaysShow: true, value: toValue(t) }]
          : base;
      });
    }
    qp.onDidAccept(() => finish(qp.selectedItems[0]?.value));
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}

/** A one-line text step; Enter on an empty box keeps `value` (or skips when optional). */
export async function input(title: string, prompt: string, value = ''): Promise<string | undefined> {
  return vscode.window.showInputBox({ title, prompt, value, ignoreFocusOut: true });
}

/** "New claim (2/3)". */
export function stepTitle(what: string, step: number, steps: number): string {
  return `${what} (${step}/${steps})`;
}
