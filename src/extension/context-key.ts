import * as vscode from 'vscode';

/**
 * A context key for `when` clauses (package.json's menus, keybindings and view welcomes),
 * set through this one owner so that the value last set can be read back: VS Code has
 * no API to read a context key, and a test of "the key follows the state" needs one.
 */
export class ContextKey {
  private current: boolean;

  constructor(readonly name: string, initial: boolean) {
    this.current = initial;
  }

  /** The value this owner set last (or the initial one, before any set). */
  get value(): boolean {
    return this.current;
  }

  /** Sets the key; the value reads back at once, the `when` clauses see it once this resolves. */
  set(value: boolean): Thenable<unknown> {
    this.current = value;
    return vscode.commands.executeCommand('setContext', this.name, value);
  }
}
