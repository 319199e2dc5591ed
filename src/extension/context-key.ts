import * as vscode from 'vscode';

/**
 * A context key for `when` clauses (package.json's menus, keybindings and view welcomes),
 * set through this one owner so that the value last set can be read back: VS Code has
 * no API to read a context key, and a test of "the key follows the state" needs one.
 */
export class ContextKey<T extends boolean | string = boolean> {
  private current: T;

  /** (`initial` does not decide the type: a key made `false` takes `true` too) */
  constructor(readonly name: string, initial: NoInfer<T>) {
    this.current = initial;
  }

  /** The value this owner set last (or the initial one, before any set). */
  get value(): T {
    return this.current;
  }

  /** Sets the key; the value reads back at once, the `when` clauses see it once this resolves. */
  set(value: T): Thenable<unknown> {
    this.current = value;
    return vscode.commands.executeCommand('setContext', this.name, value);
  }
}
