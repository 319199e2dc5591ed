// The one watcher of the workspace's annotation files (*.sorot.json), for every reader of
// them: the annotation service, the Articles view's counts, the corrections that curate
// the index, the researcher's metadata. Its events come in batches: a `git pull` of a
// colleague's files is thousands of creations that the workbench hands over in one
// message, and four watchers of the same pattern each doing their work per file made
// blocks of 20-170 ms on the extension host (editor bench, issue 19). Here each file
// costs a map entry (core/async/event-batch.ts); the readers hear once per batch.
// Made once, at activation (extension.ts), and handed to each reader: no feature makes
// its own or reaches it through another feature.
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../core/annotations/sidecar-paths';
import { EventBatch } from '../../core/async/event-batch';

export interface SidecarChange {
  uri: vscode.Uri;
  /** False: the file was deleted. A file written anew may be reported as changed. */
  exists: boolean;
}

export class SidecarFiles implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<readonly SidecarChange[]>();
  /** The files created, changed or deleted since the last batch, each once (its last
   *  event), in the order they first came. */
  readonly onDidChange = this.emitter.event;
  private readonly batch = new EventBatch<string, SidecarChange>((changes) => this.emitter.fire(changes));
  private readonly disposables: vscode.Disposable[];

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const note = (uri: vscode.Uri, exists: boolean): void => this.batch.add(uri.toString(), { uri, exists });
    this.disposables = [
      this.batch,
      this.emitter,
      watcher,
      watcher.onDidCreate((uri) => note(uri, true)),
      watcher.onDidChange((uri) => note(uri, true)),
      watcher.onDidDelete((uri) => note(uri, false)),
    ];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
