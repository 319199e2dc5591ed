// The knowledge base in force for this workspace: the built-in KB merged with the
// workspace file .sorot/actors.json, reloaded when that file changes. In an untrusted
// workspace the file is not read (see capabilities.untrustedWorkspaces).
import * as vscode from 'vscode';
import { actorDirectory, actorDirectorySteps, type ActorDirectory } from '../../../core/annotations/actor-identity';
import { KbIndex, loadBuiltinKb, loadBuiltinKbInSlices, mergeWorkspaceKbText } from '../../../core/kb';
import type { Kb, KbProblem } from '../../../core/kb/types';
import { decodeText } from '../../../core/text/decode';
import { serialRerun } from '../../../core/async/serial-rerun';
import { runStepsInSlices } from '../../../core/incremental/time-slices';
import { hostSlices } from '../../event-loop';
import { watchSorotFile } from '../../sorot-file-watch';

export const KB_FILE = '.sorot/actors.json';

export class WorkspaceKb implements vscode.Disposable {
  /** The built-in KB until the workspace file is read; undefined while the built-in KB is
   *  being built in slices (begun by the constructor: activation must not pay its 46-107 ms
   *  in one task, issue 19) and not asked for yet. */
  private currentKb: Kb | undefined;
  /** Built in slices after activation (prepareInSlices), or on first use where asked for
   *  before: in one go, indexing the KB was a task of 100-400 ms. */
  private currentIndex: KbIndex | undefined;
  private currentActors: ActorDirectory | undefined;
  private problemList: KbProblem[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('sorot-kb');
  private lastText: string | undefined;
  private loaded = false;
  readonly onDidChange = this.emitter.event;
  /** Reads the workspace file again; fires onDidChange only when its text changed. Asked
   *  for at start, by the watcher and by the commands that write the file: one read at a
   *  time, so a slower earlier read never puts back what the file was before. */
  readonly reload: () => Promise<void> = serialRerun(() => this.readOnce());

  constructor() {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      this.disposables.push(watchSorotFile(new vscode.RelativePattern(folder, KB_FILE), new vscode.RelativePattern(folder, '.sorot'), this.reload));
    }
    this.disposables.push(
      this.emitter,
      this.diagnostics,
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.reload()),
    );
    void this.prepareInSlices();
  }

  /** The built-in KB and its index, built in slices after activation (issue 19: in one go,
   *  46-107 ms and 100-400 ms), so that the first analysis finds them ready. */
  private async prepareInSlices(): Promise<void> {
    const kb = await loadBuiltinKbInSlices(hostSlices());
    if (this.currentIndex || (this.currentKb ?? kb) !== kb) return;
    const index = await runStepsInSlices(KbIndex.inSteps(kb), hostSlices());
    // Kept unless the workspace file or a first analysis came first.
    if (!this.currentIndex && (this.currentKb ?? kb) === kb) this.currentIndex = index;
  }

  /** The KB in force. Asked for before its slices are done, it finishes them in one go. */
  get kb(): Kb {
    return (this.currentKb ??= loadBuiltinKb());
  }

  get index(): KbIndex {
    if (!this.currentIndex) this.currentIndex = new KbIndex(this.kb);
    return this.currentIndex;
  }

  /** Annotation actors resolve against this: ids, merges, names (built on first use). */
  get actors(): ActorDirectory {
    if (!this.currentActors) this.currentActors = actorDirectory(this.kb);
    return this.currentActors;
  }

  /** `actors`, built in slices where it is not built yet: for long work on the host (an
   *  export, "Compare Annotators"), where building it in one go (5-40 ms for the built-in
   *  KB) was the longest task (issue 19). A KB reloaded meanwhile is built anew. */
  async actorsInSlices(): Promise<ActorDirectory> {
    while (!this.currentActors) {
      const kb = this.kb;
      const built = await runStepsInSlices(actorDirectorySteps(kb), hostSlices());
      if (kb === this.currentKb) this.currentActors ??= built;
    }
    return this.currentActors;
  }

  get problems(): readonly KbProblem[] {
    return this.problemList;
  }

  /** Where the workspace file lives (whether or not it exists), or undefined without a folder. */
  get fileUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, KB_FILE) : undefined;
  }

  private async readOnce(): Promise<void> {
    const uri = this.fileUri;
    let text: string | undefined;
    /** Why the file's bytes are not text (Sorot's one decoder refused them). */
    let refused: string | undefined;
    if (uri && vscode.workspace.isTrusted) {
      try {
        const decoded = decodeText(await vscode.workspace.fs.readFile(uri));
        if (decoded.ok) text = decoded.text;
        else refused = decoded.message;
      } catch {
        text = undefined; // no file: the built-in KB alone
      }
    }
    // Unchanged text, or still no file at all on the first load: nothing to re-analyse.
    if (refused === undefined && text === this.lastText && (this.loaded || text === undefined)) {
      this.loaded = true;
      return;
    }
    this.loaded = true;
    this.lastText = text;
    const builtin = await loadBuiltinKbInSlices(hostSlices());
    const merged = refused !== undefined
      ? { kb: builtin, problems: [{ severity: 'error' as const, path: '', message: `${refused}; nothing was applied` }] }
      : text === undefined ? { kb: builtin, problems: [] } : mergeWorkspaceKbText(builtin, text);
    this.currentKb = merged.kb;
    this.currentIndex = undefined;
    this.currentActors = undefined;
    this.problemList = merged.problems;
    this.publishProblems(uri, merged.problems);
    this.emitter.fire();
  }

  private publishProblems(uri: vscode.Uri | undefined, problems: KbProblem[]): void {
    if (!uri) return;
    const severity = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, info: vscode.DiagnosticSeverity.Information };
    this.diagnostics.set(
      uri,
      problems.map((p) => {
        const d = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), p.path ? `${p.path}: ${p.message}` : p.message, severity[p.severity]);
        d.source = 'Sorot';
        return d;
      }),
    );
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
