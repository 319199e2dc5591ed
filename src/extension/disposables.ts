// The one way a Sorot object owns what it must release (event subscriptions, watchers,
// emitters): add each as it is made, dispose them all once, newest first, so a listener
// goes before the emitter it listens to. Something added after disposal is released at
// once instead of leaking.
import type * as vscode from 'vscode';

export class DisposableStore implements vscode.Disposable {
  private items: vscode.Disposable[] = [];
  private disposed = false;

  /** Owns `item` and returns it, so it can be made and owned in one expression. */
  add<T extends vscode.Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.items.push(item);
    return item;
  }

  push(...items: vscode.Disposable[]): void {
    for (const item of items) this.add(item);
  }

  /** Releases what is owned now; the store stays usable (e.g. watchers made anew). */
  clear(): void {
    const items = this.items.reverse();
    this.items = [];
    for (const item of items) {
      try {
        item.dispose();
      } catch (e) {
        // one failing release must not keep the others alive
        console.error('Sorot: a dispose failed', e);
      }
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clear();
  }
}
