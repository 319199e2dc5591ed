// Loads, keeps current and saves the annotations of the articles the user works on.
//  - Loading re-anchors the annotations against the article text as it is now (the text
//    may have changed outside VS Code); what cannot be placed with confidence is flagged
//    "needs review", never silently moved.
//  - Edits in the editor move the annotations live (core reanchor-live). The sidecar on
//    disk always counts in the article FILE's text (its textHash says which): while the
//    document has unsaved edits, what is written is placed on the file's text (core
//    unsaved-text); the buffer's own offsets are written once the article is saved.
//  - Re-anchored offsets are written back to the user's own sidecar when the article is
//    loaded or reloaded without unsaved edits, so the file is true for every other reader.
//  - Every change the user makes is written at once, atomically, through the core store,
//    which merges with changes made on disk in the meantime and refuses to write over a
//    file it cannot read.
//  - A watcher reloads sidecars changed on disk (git pull, another window, a colleague);
//    it is the workspace's one watcher of annotation files (sidecar-files.ts).
import * as vscode from 'vscode';
import {
  moveAnchored,
  type Correction,
  SidecarStore,
  applyEditsToAnnotations,
  articleTextHash,
  emptySidecar,
  anchoredKey,
  parseSidecarBytes,
  parseSidecarText,
  placeSidecar,
  reanchorAll,
  serializeSidecar,
  sidecarPathFor,
  statusAfterAnnotating,
  toBufferText,
  toFileText,
  type Annotation,
  type ReanchorResult,
  type Sidecar,
  type ArticleMetadata,
  type ArticleStatus,
  type SidecarError,
} from '../../../core/annotations';
import { basename, dirname } from '../../../core/fs';
import { decodeText } from '../../../core/text/decode';
import { configuredAnnotator, perAnnotatorFiles } from './annotator';
import {
  applyChange,
  invertChange,
  ownFileBroken,
  type AnnotationChange,
  type ArticleAnnotations,
} from './article-annotations';
import { moveRecorded, rebaseChange } from './history';
import { workspaceWritable } from '../write-guard';
import { VscodeFileSystem } from '../vscode-fs';
import type { SidecarChange, SidecarFiles } from '../sidecar-files';
import { byCount } from '../../../core/text/plural';

const MAX_HISTORY = 200;
/** Reads of an article's sidecars tried again while its text keeps changing under them. */
const MAX_READ_ATTEMPTS = 3;

export class AnnotationService implements vscode.Disposable {
  private readonly fs = new VscodeFileSystem();
  private readonly store = new SidecarStore(this.fs);
  private readonly states = new Map<string, ArticleAnnotations>();
  private readonly loading = new Map<string, Promise<ArticleAnnotations | undefined>>();
  /** One chain of operations per article: changes, saves and reloads never interleave. */
  private readonly chains = new Map<string, Promise<unknown>>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires with the article URI whenever its annotations changed (loaded, edited, moved). */
  readonly onDidChange = this.emitter.event;
  /** `files`: the workspace's one watcher of annotation files (sidecar-files.ts), made
   *  at activation; the service listens, the activation disposes of it. */
  constructor(readonly files: SidecarFiles) {
    this.disposables.push(
      this.emitter,
      this.files.onDidChange((batch) => this.onSidecarsChangedOnDisk(batch)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onTextChanged(e)),
      vscode.workspace.onDidSaveTextDocument((doc) => void this.onArticleSaved(doc)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sorot.annotator') || e.affectsConfiguration('sorot.annotations.perAnnotatorFiles')) {
          this.reloadAll();
        }
      }),
    );
  }

  /** The loaded state, if any, without loading. */
  peek(articleUri: vscode.Uri): ArticleAnnotations | undefined {
    return this.states.get(articleUri.toString());
  }

  /** Loads (once) and returns the article's annotations; undefined if the article is unreadable. */
  async get(articleUri: vscode.Uri): Promise<ArticleAnnotations | undefined> {
    const key = articleUri.toString();
    const state = this.states.get(key);
    if (state) return state;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(articleUri).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  /** Records a user change (undoable) and writes it. A flow that ran while the text could
   *  change passes a function instead: it is called when the change is applied, with the
   *  annotations where they are then, and returns the change (undefined: none). */
  async change(articleUri: vscode.Uri, changeOrBuild: AnnotationChange | ((state: ArticleAnnotations) => AnnotationChange | undefined)): Promise<boolean> {
    return this.serialized(articleUri, async () => {
      const state = await this.get(articleUri);
      if (!state || !this.writable(state)) return false;
      const change = typeof changeOrBuild === 'function' ? changeOrBuild(state) : changeOrBuild;
      if (!change) return false;
      const changed = applyChange(state.own, change);
      // The one place annotating moves the article's status on (core/annotations/article-status.ts).
      const articleStatus = statusAfterAnnotating(state.own.articleStatus, state.own.annotations, changed.annotations) ?? state.own.articleStatus;
      state.own = { ...changed, ...(articleStatus ? { articleStatus } : {}) };
      state.undo.push(change);
      if (state.undo.length > MAX_HISTORY) state.undo.shift();
      state.redo = [];
      this.emitter.fire(articleUri);
      return this.save(articleUri, state);
    });
  }

  async undo(articleUri: vscode.Uri): Promise<string | undefined> {
    return this.serialized(articleUri, () => this.replay(articleUri, 'undo'));
  }

  async redo(articleUri: vscode.Uri): Promise<string | undefined> {
    return this.serialized(articleUri, () => this.replay(articleUri, 'redo'));
  }

  async setArticleStatus(articleUri: vscode.Uri, status: ArticleStatus): Promise<boolean> {
    return this.serialized(articleUri, async () => {
      const state = await this.get(articleUri);
      if (!state || !this.writable(state)) return false;
      state.own = { ...state.own, articleStatus: status };
      this.emitter.fire(articleUri);
      return this.save(articleUri, state);
    });
  }

  /** The researcher's outlet and date for the article, in their own annotation file
   *  (undefined: none, the table's or the text's count). Refused, like every write, when
   *  that file could not be parsed. */
  async setArticleMetadata(articleUri: vscode.Uri, metadata: ArticleMetadata | undefined): Promise<boolean> {
    return this.serialized(articleUri, async () => {
      const state = await this.get(articleUri);
      if (!state || !this.writable(state)) return false;
      const { metadata: _old, ...rest } = state.own;
      state.own = metadata ? { ...rest, metadata } : rest;
      this.emitter.fire(articleUri);
      return this.save(articleUri, state);
    });
  }

  /** Runs `op` after every earlier operation on the same article has finished. */
  private serialized<T>(articleUri: vscode.Uri, op: () => Promise<T>): Promise<T> {
    const key = articleUri.toString();
    const previous = this.chains.get(key) ?? Promise.resolve();
    const next = previous.then(op, op);
    const settled = next.then(() => undefined, () => undefined);
    this.chains.set(key, settled);
    void settled.then(() => {
      if (this.chains.get(key) === settled) this.chains.delete(key);
    });
    return next;
  }

  /** Reads the status and annotation count of an article without keeping it loaded
   *  for editing (for the Articles view over a large corpus). */
  async summary(articleUri: vscode.Uri): Promise<{ status?: ArticleStatus; count: number; needsReview: number } | undefined> {
    const state = this.states.get(articleUri.toString()) ?? (await this.get(articleUri));
    if (!state) return undefined;
    const all = [...state.own.annotations, ...state.others.flatMap((o) => o.sidecar.annotations)];
    return {
      status: state.own.articleStatus,
      count: all.filter((a) => a.status !== 'rejected').length,
      needsReview: all.filter((a) => a.needsReview).length,
    };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  // ---- loading ------------------------------------------------------------------

  private async load(articleUri: vscode.Uri): Promise<ArticleAnnotations | undefined> {
    const state = await this.read(articleUri);
    if (!state) return undefined;
    this.states.set(articleUri.toString(), state);
    for (const b of state.broken) this.reportBroken(b.path, b.error);
    this.emitter.fire(articleUri);
    this.writeBackIfNeeded(articleUri, state);
    return state;
  }

  /**
   * Reads every sidecar of the article and places it on the article's text (without
   * registering the result). `previous`: the state being refreshed, whose own annotations
   * keep their places in an unsaved buffer where the file still has them unchanged.
   */
  private async read(articleUri: vscode.Uri, previous?: ArticleAnnotations): Promise<ArticleAnnotations | undefined> {
    // Reading takes several awaits; text typed meanwhile would leave the result placed on
    // a text that is gone. Read again then; under continuous typing, place the last read
    // on the text as it is by quote (live edits move it exactly from there on).
    for (let attempt = 1; ; attempt++) {
      const version = this.documentVersion(articleUri);
      const state = await this.readOnce(articleUri, previous);
      if (!state || this.documentVersion(articleUri) === version) return state;
      if (attempt < MAX_READ_ATTEMPTS) continue;
      const now = this.openDocument(articleUri)!.getText();
      const place = <T extends Annotation | Correction>(list: readonly T[]) => reanchorAll(now, list).map((r) => r.annotation);
      state.own = moveAnchored(state.own, place);
      state.others = state.others.map((o) => ({ ...o, sidecar: moveAnchored(o.sidecar, place) }));
      return state;
    }
  }

  private openDocument(articleUri: vscode.Uri): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === articleUri.toString());
  }

  /** The open document's version, -1 when the article is not open. */
  private documentVersion(articleUri: vscode.Uri): number {
    return this.openDocument(articleUri)?.version ?? -1;
  }

  private async readOnce(articleUri: vscode.Uri, previous?: ArticleAnnotations): Promise<ArticleAnnotations | undefined> {
    const texts = await this.texts(articleUri);
    if (!texts) return undefined;
    const annotator = perAnnotatorFiles() ? configuredAnnotator() : undefined;
    const articlePath = articleUri.toString();
    const ownPath = sidecarPathFor(articlePath, annotator);
    const state: ArticleAnnotations = {
      articleUri: articlePath,
      ownPath,
      own: emptySidecar(basename(articlePath), annotator),
      savedText: undefined,
      others: [],
      broken: [],
      anchors: new Map(),
      undo: [],
      redo: [],
    };
    let refs: Awaited<ReturnType<SidecarStore['list']>>;
    try {
      refs = await this.store.list(articlePath);
    } catch {
      // The folder cannot be listed (virtual file systems may refuse): the own file alone.
      refs = [{ path: ownPath }];
    }
    if (!refs.some((r) => r.path === ownPath)) refs.push({ path: ownPath });
    for (const ref of refs) {
      const loaded = await this.store.load(ref.path);
      if (loaded.status === 'missing') continue;
      if (loaded.status === 'error') {
        state.broken.push({ path: ref.path, error: loaded.error });
        continue;
      }
      const own = ref.path === ownPath;
      const onFile = placeSidecar(loaded.sidecar, texts.file);
      for (const r of onFile.results) state.anchors.set(r.annotation.id, r);
      let sidecar = onFile.sidecar;
      if (texts.shown !== texts.file) {
        // Annotations the file still has as before keep their places in the buffer.
        const before = own ? previous?.own : previous?.others.find((o) => o.path === ref.path)?.sidecar;
        const written = own ? (previous?.savedText !== undefined ? writtenSidecar(previous.savedText) : undefined) : previous?.others.find((o) => o.path === ref.path)?.onFile;
        sidecar = moveAnchored(sidecar, (list, shownBefore, writtenBefore) => toBufferText(list, shownBefore, writtenBefore, texts.shown), before, written);
      }
      if (own) {
        state.own = sidecar;
        state.savedText = serializeSidecar(loaded.sidecar);
        // Offsets found again on the file's text are written back to the user's own file,
        // so it is true for every other reader; never while the buffer has unsaved edits.
        state.writeBack = onFile.stale && texts.shown === texts.file && onFile.results.some((r) => r.state !== 'exact');
      } else {
        state.others.push({ path: ref.path, sidecar, onFile: onFile.sidecar });
      }
    }
    return state;
  }

  /**
   * `shown`: the text the annotations on screen count in (the open document, maybe with
   * unsaved edits); `file`: the article file's text, which the sidecar on disk counts in.
   */
  private async texts(articleUri: vscode.Uri): Promise<{ shown: string; file: string } | undefined> {
    const open = this.openDocument(articleUri);
    let file: string | undefined;
    try {
      const decoded = decodeText(await vscode.workspace.fs.readFile(articleUri));
      if (decoded.ok) file = decoded.text;
    } catch {
      file = undefined;
    }
    if (file === undefined) {
      // Not on disk (yet) or unreadable: an open document is all there is.
      return open ? { shown: open.getText(), file: open.getText() } : undefined;
    }
    return { shown: open ? open.getText() : file, file };
  }

  private reloadAll(): void {
    const uris = [...this.states.keys()];
    this.states.clear();
    for (const u of uris) {
      const uri = vscode.Uri.parse(u, true);
      void this.get(uri);
    }
  }

  // ---- saving -------------------------------------------------------------------

  private writable(state: ArticleAnnotations): boolean {
    if (!workspaceWritable()) return false; // the commands told the user (services/write-guard.ts)
    const broken = ownFileBroken(state);
    if (!broken) return true;
    this.reportBroken(broken.path, broken.error);
    return false;
  }

  /** Writes the user's own sidecar, counting in the article file's text (see the top). */
  private async save(articleUri: vscode.Uri, state: ArticleAnnotations): Promise<boolean> {
    if (!workspaceWritable()) return false; // untrusted: nothing is written, the annotations stay in memory
    const texts = await this.texts(articleUri);
    if (!texts) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Sorot could not read {0}, so its annotations were not saved. They are kept in memory; try again.', basename(articleUri.path)));
      return false;
    }
    const unsavedText = texts.shown !== texts.file;
    const onFile = unsavedText ? moveAnchored(state.own, (list) => toFileText(list, texts.file)) : state.own;
    if (serializeSidecar({ ...onFile, textHash: articleTextHash(texts.file) }) === state.savedText) return true;
    let result;
    try {
      result = await this.store.save(state.ownPath, onFile, texts.file);
    } catch (err) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Sorot could not save {0}: {1}. Your annotations are kept in memory; try again.', basename(state.ownPath), err instanceof Error ? err.message : String(err)),
      );
      return false;
    }
    if (result.status === 'refused') {
      state.broken = [...state.broken.filter((b) => b.path !== state.ownPath), { path: state.ownPath, error: result.error }];
      this.reportBroken(state.ownPath, result.error);
      return false;
    }
    // The buffer may have changed while the file was written (live edits kept moving
    // state.own meanwhile): the written annotations go back onto the buffer as it is now.
    // (A document that went away meanwhile, e.g. renamed, keeps the text it had.)
    const shownNow = this.openDocument(articleUri)?.getText() ?? texts.shown;
    state.own = shownNow === texts.file
      ? result.sidecar
      : moveAnchored(result.sidecar, (list, shown, written) => toBufferText(list, shown, written, shownNow), state.own, onFile);
    state.savedText = serializeSidecar(result.sidecar);
    state.writeBack = false;
    if (result.merged) this.emitter.fire(articleUri);
    if (result.conflicts.length > 0) {
      void vscode.window.showWarningMessage(
        byCount(
          result.conflicts.length,
          () => vscode.l10n.t('{0} was changed on disk while you annotated. Sorot merged both versions; 1 annotation changed on both sides is kept twice and tagged "conflict".', basename(state.ownPath)),
          () => vscode.l10n.t('{0} was changed on disk while you annotated. Sorot merged both versions; {1} annotations changed on both sides are kept twice and tagged "conflict".', basename(state.ownPath), result.conflicts.length),
        ),
      );
    }
    return true;
  }

  private reportBroken(path: string, error: SidecarError): void {
    const open = vscode.l10n.t('Open File');
    void vscode.window
      .showErrorMessage(
        vscode.l10n.t('Sorot cannot read {0} ({1}): {2}. The file is left untouched and no annotation is written to it until it is fixed.', basename(path), error.kind, error.message),
        open,
      )
      .then(async (choice) => {
        if (choice !== open) return;
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(path, true));
        const editor = await vscode.window.showTextDocument(doc);
        if (error.line) {
          const pos = new vscode.Position(error.line - 1, Math.max(0, (error.column ?? 1) - 1));
          editor.selection = new vscode.Selection(pos, pos);
          editor.revealRange(new vscode.Range(pos, pos));
        }
      });
  }

  // ---- undo / redo --------------------------------------------------------------

  private async replay(articleUri: vscode.Uri, direction: 'undo' | 'redo'): Promise<string | undefined> {
    const state = await this.get(articleUri);
    if (!state || !this.writable(state)) return undefined;
    const from = direction === 'undo' ? state.undo : state.redo;
    const to = direction === 'undo' ? state.redo : state.undo;
    const change = from.pop();
    if (!change) return undefined;
    const step = direction === 'undo' ? invertChange(change) : change;
    // Read after the last await, so the text and the annotations' places are of one moment.
    const fileText = this.openDocument(articleUri) ? undefined : (await this.texts(articleUri))?.file;
    const text = this.openDocument(articleUri)?.getText() ?? fileText ?? '';
    state.own = applyChange(state.own, rebaseChange(step, state.own.annotations, text));
    to.push(change);
    this.emitter.fire(articleUri);
    await this.save(articleUri, state);
    return describe(change);
  }

  // ---- the article renamed or moved (follow-renames.ts) ----------------------------

  /** The articles whose annotations are loaded. */
  loadedArticles(): vscode.Uri[] {
    return [...this.states.keys()].map((k) => vscode.Uri.parse(k, true));
  }

  /**
   * The article moved from `oldUri` to `newUri`. Once every pending operation on either
   * name is done, `moveSidecars` moves its sidecars and returns the new path of each old
   * one (undefined: they stayed). The loaded annotations then follow the article, unsaved
   * offsets and undo history included; otherwise the new name loads from disk.
   */
  async rekey(oldUri: vscode.Uri, newUri: vscode.Uri, moveSidecars: () => Promise<((path: string) => string) | undefined>): Promise<void> {
    const [oldKey, newKey] = [oldUri.toString(), newUri.toString()];
    if (oldKey === newKey) return;
    await this.serialized(newUri, () => this.serialized(oldUri, async () => {
      await this.loading.get(oldKey);
      const newPath = await moveSidecars();
      const state = this.states.get(oldKey);
      if (state) this.store.forget(state.ownPath);
      const ownPath = state && newPath ? newPath(state.ownPath) : undefined;
      const onDisk = ownPath ? await this.store.load(ownPath) : undefined; // also the merge base of the next save
      // A load under the new name that began before the files moved is stale: let it
      // finish, then replace it; from here on nothing awaits, so no load slips in between.
      while (this.loading.has(newKey)) await this.loading.get(newKey);
      this.states.delete(oldKey);
      this.states.delete(newKey);
      if (state && ownPath && onDisk && newPath) {
        const article = basename(newKey);
        Object.assign(state, {
          articleUri: newKey,
          ownPath,
          own: { ...state.own, article },
          savedText: onDisk.status === 'loaded' ? serializeSidecar(onDisk.sidecar) : onDisk.status === 'missing' ? undefined : state.savedText,
          others: state.others.map((o) => ({ ...o, path: newPath(o.path), sidecar: { ...o.sidecar, article } })),
          broken: state.broken.map((b) => ({ ...b, path: newPath(b.path) })),
        });
        this.states.set(newKey, state);
      }
      this.emitter.fire(newUri);
    }));
  }

  // ---- the text and the sidecars changing ---------------------------------------

  private onTextChanged(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return;
    const state = this.states.get(e.document.uri.toString());
    if (!state) return;
    // VS Code lists the changes of one event against the text before the event, from
    // the end of the document backwards, so applying them in order is exact.
    const edits = e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text }));
    const text = e.document.getText();
    // A reload from disk (git pull, another program) arrives as one replacement of the
    // whole text: nothing can be shifted, so the annotations are found again by quote.
    const c = e.contentChanges[0];
    const wholeText = e.contentChanges.length === 1 && c.rangeOffset === 0 && c.rangeLength === text.length - c.text.length + c.rangeLength && c.rangeLength > 0;
    const move = wholeText
      ? <T extends Annotation | Correction>(list: readonly T[]) => reanchorAll(text, list).map((r) => (state.anchors.set(r.annotation.id, r as ReanchorResult), r.annotation))
      : <T extends Annotation | Correction>(list: readonly T[]) => applyEditsToAnnotations(list, edits, text);
    state.own = moveAnchored(state.own, move);
    state.others = state.others.map((o) => ({ ...o, sidecar: moveAnchored(o.sidecar, move) }));
    // What undo / redo would put back follows the text too (leaving the anchors alone).
    const follow = wholeText ? <T extends Annotation | Correction>(list: readonly T[]) => reanchorAll(text, list).map((r) => r.annotation) : move;
    state.undo = moveRecorded(state.undo, follow);
    state.redo = moveRecorded(state.redo, follow);
    this.emitter.fire(e.document.uri);
    // Back to the file's text (reloaded from disk, or edits undone): the moved offsets
    // count in the file again, so they are written (save() skips a write that changes nothing).
    if (!e.document.isDirty) this.writeBackIfNeeded(e.document.uri, state, true);
  }

  /** Offsets moved by live edits are written when the text itself is saved. */
  private async onArticleSaved(doc: vscode.TextDocument): Promise<void> {
    const state = this.states.get(doc.uri.toString());
    if (state) this.writeBackIfNeeded(doc.uri, state, true);
  }

  /** Writes the user's own annotations when they moved on the article file's text. */
  private writeBackIfNeeded(articleUri: vscode.Uri, state: ArticleAnnotations, moved = false): void {
    if (!moved && !state.writeBack) return;
    void this.serialized(articleUri, async () => {
      if (this.states.get(articleUri.toString()) !== state || ownFileBroken(state)) return;
      if (state.own.annotations.length === 0 && state.savedText === undefined) return;
      await this.save(articleUri, state);
    });
  }

  /** A batch of files changed (thousands after a `git pull`): each is compared with the
   *  loaded articles of its folder only, not with every loaded article. */
  private onSidecarsChangedOnDisk(batch: readonly SidecarChange[]): void {
    if (this.states.size === 0) return;
    const byFolder = new Map<string, Array<[string, ArticleAnnotations]>>();
    for (const entry of this.states) {
      const folder = dirname(entry[0]);
      (byFolder.get(folder) ?? byFolder.set(folder, []).get(folder)!).push(entry);
    }
    for (const { uri } of batch) {
      const path = uri.toString();
      for (const [articleKey, state] of byFolder.get(dirname(path)) ?? []) {
        const concerned = state.ownPath === path || state.others.some((o) => o.path === path) || state.broken.some((b) => b.path === path) ||
          sameFolder(articleKey, path);
        if (!concerned) continue;
        const articleUri = vscode.Uri.parse(articleKey, true);
        void this.serialized(articleUri, () => this.refreshFromDisk(articleUri, state, path));
      }
    }
  }

  /**
   * True when the changed file holds what the state already has: our own write coming
   * back, or a file moved along with a renamed article (only its `article` field differs).
   * Re-reading then would gain nothing, and while the article's document is between two
   * names it could only place the annotations on the file's text instead of the buffer.
   */
  private async unchangedOnDisk(state: ArticleAnnotations, changedPath: string): Promise<boolean> {
    const own = changedPath === state.ownPath;
    const other = state.others.find((o) => o.path === changedPath);
    if ((!own && !other) || (own && ownFileBroken(state))) return false;
    const bytes = await this.fs.readFile(changedPath).catch(() => undefined);
    const parsed = bytes ? parseSidecarBytes(bytes) : undefined;
    if (!parsed?.ok) return false;
    const keys = (s: Sidecar) => [...s.annotations, ...(s.corrections ?? [])].map(anchoredKey).sort().join('\n');
    if (own) {
      const saved = state.savedText === undefined ? undefined : parseSidecarText(state.savedText);
      return saved?.ok === true && serializeSidecar({ ...parsed.sidecar, article: saved.sidecar.article }) === serializeSidecar(saved.sidecar);
    }
    return other?.onFile !== undefined && keys(parsed.sidecar) === keys(other.onFile);
  }

  private async refreshFromDisk(articleUri: vscode.Uri, state: ArticleAnnotations, changedPath: string): Promise<void> {
    // The article itself is gone (moved: follow-renames.ts carries its state, or
    // deleted): re-reading under its old name would empty what the editor holds.
    if (!(await this.articleOnDisk(articleUri))) return;
    if (await this.unchangedOnDisk(state, changedPath)) return;
    // Every change the user makes is written at once (and merged with the file by the
    // store), so nothing of theirs is only in memory: read the article's sidecars afresh,
    // in place (whoever holds this state sees the new content), keeping the undo history
    // and, in an unsaved buffer, the places of annotations the change did not touch.
    const fresh = await this.read(articleUri, state);
    if (!fresh || !(await this.articleOnDisk(articleUri))) return; // moved away while being read: stale
    const { undo, redo } = state;
    Object.assign(state, fresh, { undo, redo });
    for (const b of state.broken) this.reportBroken(b.path, b.error);
    this.emitter.fire(articleUri);
    this.writeBackIfNeeded(articleUri, state);
  }

  private async articleOnDisk(articleUri: vscode.Uri): Promise<boolean> {
    return (await this.fs.stat(articleUri.toString()).catch(() => undefined)) !== undefined;
  }
}

function sameFolder(articleUri: string, sidecarUri: string): boolean {
  return dirname(articleUri) === dirname(sidecarUri) && basename(sidecarUri).startsWith(basename(articleUri).replace(/\.txt$/i, '.'));
}

function describe(change: AnnotationChange): string {
  switch (change.type) {
    case 'add':
      return vscode.l10n.t('add {0}', change.annotation.kind);
    case 'remove':
      return vscode.l10n.t('delete {0}', change.annotation.kind);
    case 'replace':
      return vscode.l10n.t('edit {0}', change.after.kind);
    case 'batch':
    case 'corrections':
      return change.label;
  }
}

/** The user's annotations as last written (on the file's text). */
function writtenSidecar(savedText: string): Sidecar | undefined {
  const parsed = parseSidecarText(savedText);
  return parsed.ok ? parsed.sidecar : undefined;
}
