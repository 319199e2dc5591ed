// When Sorot makes an article's text read-only, as plain data (no vscode import) so the
// rules are unit-tested. VS Code keeps the read-only state per file for the window's
// session; Sorot only asks it to change that state, and remembers per file what it did
// or what the user chose, so it never fights the user: an article is locked the first
// time it is shown, and once the user unlocked it, it stays editable until they lock it.

/** What Sorot knows about one article in this window session. */
export type LockRecord =
  /** Sorot locked it because `sorot.articles.readOnly` is on. */
  | 'auto-locked'
  /** The user locked it with "Lock Article Text". */
  | 'user-locked'
  /** The user unlocked it, or is writing it (New Article, unsaved edits when first seen). */
  | 'user-unlocked';

export interface LockInput {
  /** `sorot.articles.readOnly` for this file. */
  enabled: boolean;
  /** The document is a corpus article (services/corpus-scope.ts isCorpusArticle). */
  article: boolean;
  /** The document has unsaved edits. */
  dirty: boolean;
  record: LockRecord | undefined;
}

export interface LockDecision {
  /** What to ask VS Code for the active editor: make it read-only, or drop Sorot's
   *  session override (back to whatever files.readonlyInclude etc. say). */
  command: 'lock' | 'reset' | undefined;
  /** The record to keep afterwards (undefined: forget the file). */
  record: LockRecord | undefined;
}

/** Decides what to do when an article becomes the active editor (or the setting changes). */
export function decideLock({ enabled, article, dirty, record }: LockInput): LockDecision {
  if (!article) return { command: undefined, record };
  if (enabled) {
    if (record !== undefined) return { command: undefined, record };
    // Unsaved edits (restored after a restart, or typed before Sorot started) are work
    // in progress: locking would only make saving them ask for confirmation.
    if (dirty) return { command: undefined, record: 'user-unlocked' };
    return { command: 'lock', record: 'auto-locked' };
  }
  // The feature was turned off: undo only what Sorot did by itself.
  if (record === 'auto-locked') return { command: 'reset', record: undefined };
  return { command: undefined, record };
}
