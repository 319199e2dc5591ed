// Which open articles the corpus index may summarise from the editor's text (a live
// summary). VS Code keeps a document a while after its last editor closed: isClosed
// stays false and onDidCloseTextDocument comes much later (minutes, for one an extension
// opened). A live summary put in that while (the editor's analysis publishes late under
// load) hid the file on disk until then, also over a rebuild's summary of the file.
// So a live summary is for a document shown in a tab or with unsaved text, and an
// article whose last tab closed goes back to its file at once.
import type * as vscode from 'vscode';

/** What is read of vscode.window.tabGroups. */
export interface EditorTabs {
  readonly all: readonly { readonly tabs: readonly { readonly input: unknown }[] }[];
}

type LiveDocument = Pick<vscode.TextDocument, 'uri' | 'isClosed' | 'isDirty'>;

/** The URIs (as strings) of the documents a tab shows: a text editor's, both sides of a diff. */
export function shownInTabs(groups: EditorTabs): Set<string> {
  const shown = new Set<string>();
  for (const group of groups.all) {
    for (const tab of group.tabs) {
      const input = tab.input as { uri?: unknown; original?: unknown; modified?: unknown } | undefined;
      for (const uri of [input?.uri, input?.original, input?.modified]) if (uri) shown.add(String(uri));
    }
  }
  return shown;
}

export class LiveEditors {
  /** Articles given a live summary, until their last tab closes (`unshown`). */
  private readonly live = new Set<string>();

  constructor(private readonly tabs: () => EditorTabs) {}

  /** Whether a live summary of `doc` may go into the index now. */
  mayPut(doc: LiveDocument): boolean {
    return !doc.isClosed && (doc.isDirty || shownInTabs(this.tabs()).has(doc.uri.toString()));
  }

  /** A live summary of `id` went into the index. */
  put(id: string): void {
    this.live.add(id);
  }

  /** The articles given a live summary that no tab shows any more (forgotten here): to be
   *  indexed from their files. Called when tabs change; few are live at a time. */
  unshown(): string[] {
    if (this.live.size === 0) return [];
    const shown = shownInTabs(this.tabs());
    const gone = [...this.live].filter((id) => !shown.has(id));
    for (const id of gone) this.live.delete(id);
    return gone;
  }
}
