// The annotation commands: create (with a kind picker or straight to one kind), edit,
// delete, undo/redo, suggestions from recognised quotes, and the article's work status.
// Each works on the active editor's selection or cursor, or on an id passed by a hover
// link or a tree item.
import * as vscode from 'vscode';
import { clipLineInMarks } from '../../core/text/clip';
import {
  createAnnotation,
  defaultActors,
  decideSuggestions,
  makeTarget,
  reanchorAnnotation,
  sidecarPathFor,
  suggestSourceAnnotations,
  targetMatches,
  updateAnnotation,
  changesNothing,
  type Annotation,
  type AnnotationKind,
  type ArticleStatus,
  articleActorChoices,
  type KindFields,
  type SuggestionDecision,
  type SuggestionDecisionKind,
  ANNOTATION_KINDS,
  isAnnotationKind,
} from '../../core/annotations';
import type { AnalysisResult } from '../../core/recognize/types';
import { byCount } from '../../core/text/plural';
import type { AnnotationService } from '../services/annotations/annotation-service';
import { allAnnotations, ownAnnotationsAt, type AnnotationChange } from '../services/annotations/article-annotations';
import { writing } from '../services/write-guard';
import { configuredAnnotator, ensureAnnotator, perAnnotatorFiles } from '../services/annotations/annotator';
import { isAnnotatable } from './decorations';
import { excerpt, summary, type ActorNames } from '../services/annotations/describe';
import { pickKind, runFlow, type FlowContext } from './flows';
import { pick } from '../quick-input';
import { loadWorkspaceSchemaConfig } from './schema-config';
import { SelectionWatch, type WatchedRange } from './selection-watch';
import { snapToWords } from '../../core/text/snap-to-words';

export type AnalysisLookup = (doc: vscode.TextDocument) => AnalysisResult | undefined;
/** Characters read on each side of a selection to find the edges of the words it cuts. */
const WORD_REACH = 200;

/** `doc` as an article (language/register.ts asArticle), or undefined when it is none. */
export type ArticleOf = (doc: vscode.TextDocument) => Promise<vscode.TextDocument | undefined>;

export class AnnotationCommands {
  constructor(
    private readonly service: AnnotationService,
    private readonly analysisOf: AnalysisLookup,
    private readonly articleOf: ArticleOf = async (doc) => (isAnnotatable(doc) ? doc : undefined),
    /** The KB, for the aliases the actor pickers show and match besides the article's forms. */
    private readonly kb?: ActorNames,
  ) {}

  register(): vscode.Disposable[] {
    const reg = vscode.commands.registerCommand;
    // Commands that write the annotation file refuse in an untrusted workspace before
    // asking anything (services/write-guard.ts).
    const write = <A extends unknown[]>(id: string, handler: (...args: A) => unknown) =>
      reg(id, writing((...args: A) => annotationFileLeft(articleArg(args[0]) ?? this.activeArticle()), handler));
    return [
      // From the editor's context menu the first argument is the document's URI, not a kind.
      write('sorot.annotate', (kind?: unknown) => this.create(isAnnotationKind(kind) ? kind : undefined)),
      write('sorot.annotateClaim', () => this.create('claim')),
      write('sorot.annotateStance', () => this.create('stance')),
      write('sorot.annotateSource', () => this.create('source')),
      write('sorot.annotations.edit', (uri?: string, id?: string) => this.edit(uri, id)),
      write('sorot.annotations.delete', (uri?: string, id?: string) => this.remove(uri, id)),
      write('sorot.annotations.undo', () => this.history('undo')),
      write('sorot.annotations.redo', () => this.history('redo')),
      write('sorot.annotations.suggestSources', () => this.suggest()),
      write('sorot.annotations.reviewSuggestions', () => this.reviewSuggestions()),
      write('sorot.annotations.acceptSuggestion', (uri?: string, id?: string) => this.decide(uri, id, 'accepted')),
      write('sorot.annotations.rejectSuggestion', (uri?: string, id?: string) => this.decide(uri, id, 'rejected')),
      write('sorot.annotations.acceptAllSuggestions', () => this.decideAll('accepted')),
      write('sorot.annotations.rejectAllSuggestions', () => this.decideAll('rejected')),
      write('sorot.annotations.setArticleStatus', (arg?: unknown, status?: ArticleStatus) => this.setStatus(arg, status)),
      reg('sorot.annotations.openSidecar', () => this.openSidecar()),
      write('sorot.annotations.review', (uri?: string, id?: string) => this.review(uri, id)),
    ];
  }

  private activeArticle(): vscode.Uri | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && isAnnotatable(doc) ? doc.uri : undefined;
  }

  // ---- create / edit / delete ---------------------------------------------------

  /** The article may change while the questions are answered (typing elsewhere, a file
   *  change, another extension): the selection is followed through every change and the
   *  annotation made on it in the text as it is when the last answer is given, or nothing
   *  is saved when the selected text itself changed. */
  async create(kind?: AnnotationKind): Promise<Annotation | undefined> {
    const editor = await this.articleEditor();
    if (!editor) return undefined;
    const doc = editor.document;
    const range = this.selectionRange(editor);
    if (!range) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the text to annotate first.'));
      return undefined;
    }
    const watch = new SelectionWatch(doc, doc.offsetAt(range.start), doc.offsetAt(range.end));
    try {
      const annotator = await ensureAnnotator();
      if (!annotator) return undefined;
      // Inside the titles' own quotation marks: a selected quote's marks are not doubled.
      const ex = clipLineInMarks(doc.getText(range), 40);
      const chosen = kind ?? (await pickKind(ex));
      const fields = chosen && (await runFlow(chosen, await this.flowContext(doc, ex, doc.offsetAt(range.start), doc.offsetAt(range.end))));
      if (!fields) {
        this.notSaved(doc.uri, doc.getText(range), 'create');
        return undefined;
      }
      const outcome: { annotation?: Annotation; refused?: WatchedRange } = {};
      const ok = await this.service.change(doc.uri, () => {
        const at = watch.now();
        if (!at.ok) {
          outcome.refused = at;
          return undefined;
        }
        outcome.annotation = createAnnotation({ text: at.text, start: at.start, end: at.end, annotator, fields });
        return { type: 'add', annotation: outcome.annotation };
      });
      if (outcome.refused) this.selectionLost(doc.uri, outcome.refused);
      return ok ? outcome.annotation : undefined;
    } finally {
      watch.dispose();
    }
  }

  async edit(uri?: string, id?: string): Promise<Annotation | undefined> {
    const found = await this.target(uri, id, vscode.l10n.t('Edit which annotation?'));
    if (!found) return undefined;
    const { articleUri, annotation: a, doc } = found;
    const field = await pick<'fields' | 'note' | 'tags' | 'kind'>({
      title: vscode.l10n.t('Edit {0}: {1}', a.kind, excerpt(summary(a), 50)),
      placeholder: vscode.l10n.t('What to change'),
      items: [
        { label: `$(edit) ${vscode.l10n.t('Fields')}`, description: summary(a), value: 'fields' },
        { label: `$(note) ${vscode.l10n.t('Note')}`, description: a.note ?? '', value: 'note' },
        { label: `$(tag) ${vscode.l10n.t('Tags')}`, description: a.tags.join(', '), value: 'tags' },
        { label: `$(symbol-enum) ${vscode.l10n.t('Kind')}`, description: a.kind, value: 'kind' },
      ],
    });
    const unchanged = (): undefined => {
      this.notSaved(articleUri, a.target.exact, 'edit');
      return undefined;
    };
    if (!field) return unchanged();
    // The answers are applied to the annotation as the service holds it when they are
    // saved: the text may have moved it meanwhile, and its place is not the flow's to set.
    let edit: (now: Annotation) => Annotation;
    const ctx = await this.flowContext(doc, clipLineInMarks(a.target.exact, 40), a.target.start, a.target.end);
    if (field === 'fields' || field === 'kind') {
      const kind = field === 'kind' ? await pickKind(clipLineInMarks(a.target.exact, 40)) : a.kind;
      if (!kind) return unchanged();
      const fields = await runFlow(kind, ctx, currentFields(a));
      if (!fields) return unchanged();
      edit = (now) => withFields(now, fields);
    } else if (field === 'note') {
      const note = await vscode.window.showInputBox({ title: vscode.l10n.t('Note'), value: a.note ?? '', ignoreFocusOut: true });
      if (note === undefined) return unchanged();
      edit = (now) => {
        const { note: _old, ...rest } = now;
        return updateAnnotation((note.trim() ? { ...rest, note: note.trim() } : rest) as Annotation, {});
      };
    } else {
      const tags = await this.pickTags(a.tags, ctx);
      if (!tags) return unchanged();
      edit = (now) => updateAnnotation(now, { tags });
    }
    return this.replaceCurrent(articleUri, a, edit);
  }

  async remove(uri?: string, id?: string): Promise<boolean> {
    const found = await this.target(uri, id, vscode.l10n.t('Delete which annotation?'));
    if (!found) return false;
    return this.removeCurrent(found.articleUri, found.annotation.id);
  }

  private async history(direction: 'undo' | 'redo'): Promise<string | undefined> {
    const editor = await this.articleEditor();
    if (!editor) return undefined;
    const what = direction === 'undo' ? await this.service.undo(editor.document.uri) : await this.service.redo(editor.document.uri);
    vscode.window.setStatusBarMessage(
      what
        ? direction === 'undo' ? vscode.l10n.t('Sorot: undid {0}', what) : vscode.l10n.t('Sorot: redid {0}', what)
        : direction === 'undo' ? vscode.l10n.t('Sorot: nothing to undo') : vscode.l10n.t('Sorot: nothing to redo'),
      3000,
    );
    return what;
  }

  // ---- suggestions ----------------------------------------------------------------

  async suggest(): Promise<number> {
    const editor = await this.articleEditor();
    if (!editor) return 0;
    const annotator = await ensureAnnotator();
    if (!annotator) return 0;
    const doc = editor.document;
    // Made from the text and the annotations as they are when the change is applied
    // (an earlier save may still be under way while the text changes).
    let suggestions: Annotation[] | undefined;
    await this.service.change(doc.uri, (state) => {
      const analysis = this.analysisOf(doc);
      if (!analysis) return undefined;
      suggestions = suggestSourceAnnotations(doc.getText(), analysis.quotes, state.own.annotations, { annotator }, analysis.reported);
      if (suggestions.length === 0) return undefined;
      return { type: 'batch', label: vscode.l10n.t('suggest sources'), changes: suggestions.map((annotation) => ({ type: 'add' as const, annotation })) };
    });
    if (suggestions === undefined) return 0; // not loaded, not writable, or not analysed
    if (suggestions.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No new source suggestions: every attributed quote already has a source annotation.'));
      return 0;
    }
    const added = suggestions.length;
    void vscode.window.showInformationMessage(
      byCount(added,
        () => vscode.l10n.t('1 source suggestion added from a recognized quote. Review it in its hover or with Review Suggestions.'),
        () => vscode.l10n.t('{0} source suggestions added from recognized quotes. Review them one by one (hover) or in bulk.', added)),
      vscode.l10n.t('Review Suggestions'),
    ).then((c) => (c ? this.reviewSuggestions() : undefined));
    return added;
  }

  /** Multi-select: ticked suggestions are accepted, the others rejected. */
  async reviewSuggestions(): Promise<void> {
    const editor = await this.articleEditor();
    if (!editor) return;
    const state = await this.service.get(editor.document.uri);
    if (!state) return;
    const pending = state.own.annotations.filter((a) => a.status === 'suggested');
    if (pending.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No suggestions to review in this article.'));
      return;
    }
    const items = pending.map((a) => ({ label: summary(a), detail: excerpt(a.target.exact, 100), picked: true, id: a.id }));
    const chosen = await vscode.window.showQuickPick(items, {
      canPickMany: true,
      ignoreFocusOut: true,
      title: byCount(pending.length, () => vscode.l10n.t('Review 1 suggestion'), () => vscode.l10n.t('Review {0} suggestions', pending.length)),
      placeHolder: vscode.l10n.t('Ticked suggestions are accepted, unticked ones rejected'),
    });
    if (!chosen) return;
    const accept = new Set(chosen.map((c) => c.id));
    // Only the suggestions shown are decided, each as it is when the decision is saved.
    await this.decideNow(editor.document.uri, pending.map((a) => [a.id, accept.has(a.id) ? 'accepted' : 'rejected'] as const), vscode.l10n.t('review suggestions'));
  }

  /** One suggestion, from a hover link, a tree item or the cursor. The hover may be
   *  stale (the suggestion decided since): the decision is checked when it is applied. */
  private async decide(uri: string | undefined, id: string | undefined, decision: SuggestionDecisionKind): Promise<boolean> {
    let found: { articleUri: vscode.Uri; id: string } | undefined;
    if (uri && id) {
      found = { articleUri: vscode.Uri.parse(uri, true), id };
    } else {
      const at = await this.target(uri, id, vscode.l10n.t('Which suggestion?'), (a) => a.status === 'suggested');
      found = at && { articleUri: at.articleUri, id: at.annotation.id };
    }
    if (!found) return false;
    const label = decision === 'accepted' ? vscode.l10n.t('accept suggestion') : vscode.l10n.t('reject suggestion');
    const d = await this.decideNow(found.articleUri, [[found.id, decision]], label);
    return d !== undefined && (d.decided.length > 0 || d.merged.length > 0);
  }

  private async decideAll(decision: SuggestionDecisionKind): Promise<number> {
    const editor = await this.articleEditor();
    if (!editor) return 0;
    const state = await this.service.get(editor.document.uri);
    if (!state) return 0;
    const pending = state.own.annotations.filter((a) => a.status === 'suggested');
    if (pending.length === 0) return 0;
    const label = decision === 'accepted' ? vscode.l10n.t('accept all suggestions') : vscode.l10n.t('reject all suggestions');
    const d = await this.decideNow(editor.document.uri, pending.map((a) => [a.id, decision] as const), label);
    return d ? d.decided.length + d.merged.length : 0;
  }

  /**
   * Applies the decisions to the suggestions as they are when the change is saved (one
   * undoable step): a suggestion decided meanwhile is left alone, and one accepted onto
   * an equal annotation is merged into it (core decideSuggestions). Says what it did
   * not do. Undefined when the article could not be changed.
   */
  private async decideNow(articleUri: vscode.Uri, decisions: ReadonlyArray<readonly [string, SuggestionDecisionKind]>, label: string): Promise<SuggestionDecision | undefined> {
    let outcome: SuggestionDecision | undefined;
    await this.service.change(articleUri, (state) => {
      outcome = decideSuggestions(state.own.annotations, decisions);
      const changes: AnnotationChange[] = [
        ...outcome.decided.map(({ before, after }) => ({ type: 'replace' as const, before, after })),
        ...outcome.merged.map(({ suggestion }) => ({ type: 'remove' as const, annotation: suggestion })),
      ];
      return changes.length === 0 ? undefined : changes.length === 1 ? changes[0] : { type: 'batch', label, changes };
    });
    if (!outcome) return undefined;
    const article = vscode.workspace.asRelativePath(articleUri);
    if (outcome.merged.length > 0) {
      const [first] = outcome.merged;
      void vscode.window.showInformationMessage(
        outcome.merged.length === 1
          ? vscode.l10n.t('“{0}” in {1} already has the same annotation ({2}); the suggestion was merged into it instead of adding it twice.', excerpt(first.into.target.exact, 40), article, summary(first.into))
          : vscode.l10n.t('{0} suggestions in {1} were the same as annotations already there; they were merged into those instead of being added twice.', outcome.merged.length, article),
      );
    }
    if (decisions.length === 1 && outcome.stale.length === 1) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This suggestion in {0} was already accepted, rejected or removed; nothing changed.', article));
    }
    return outcome;
  }

  // ---- needs review ---------------------------------------------------------------

  /** Settles an annotation flagged "needs review": move it to the place re-anchoring
   *  proposes, to the current selection, keep it on the text now under it, or delete it.
   *  The user decides; Sorot never re-attaches an annotation to other words by itself. */
  async review(uri?: string, id?: string): Promise<Annotation | undefined> {
    const found = await this.target(uri, id, vscode.l10n.t('Review which annotation?'), (a) => a.needsReview === true);
    if (!found) return undefined;
    const { articleUri, annotation: a, doc } = found;
    const text = doc.getText();
    const state = await this.service.get(articleUri);
    // Offline re-anchoring stored a candidate when the file was loaded; it holds only while
    // the text under it is unchanged (live edits do not move it). Otherwise look for one now.
    const stored = state?.anchors.get(a.id)?.candidate;
    const candidate = stored && targetMatches(text, stored) ? stored : reanchorAnnotation(text, a).candidate;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === articleUri.toString());
    const sel = editor && !editor.selection.isEmpty ? editor.selection : undefined;
    // The places offered are followed while the user chooses, like a selection being
    // annotated: the text may change meanwhile.
    const watches = {
      candidate: candidate && new SelectionWatch(doc, candidate.start, candidate.end),
      selection: sel && new SelectionWatch(doc, doc.offsetAt(sel.start), doc.offsetAt(sel.end)),
    };
    try {
      type Choice = 'candidate' | 'selection' | 'here' | 'delete';
      const items: Array<{ label: string; detail?: string; value: Choice }> = [];
      if (candidate) items.push({ label: `$(arrow-right) ${vscode.l10n.t('Move to the closest match')}`, detail: `“${excerpt(candidate.exact, 90)}”`, value: 'candidate' });
      if (sel) items.push({ label: `$(selection) ${vscode.l10n.t('Attach to the current selection')}`, detail: `“${excerpt(doc.getText(sel), 90)}”`, value: 'selection' });
      if (a.target.end > a.target.start) items.push({ label: `$(check) ${vscode.l10n.t('Keep it on the text now under it')}`, detail: `“${excerpt(text.slice(a.target.start, a.target.end), 90)}”`, value: 'here' });
      items.push({ label: `$(trash) ${vscode.l10n.t('Delete the annotation')}`, value: 'delete' });
      const choice = await pick<Choice>({
        title: vscode.l10n.t('Needs review: the text it was made on changed. It was on “{0}”', excerpt(a.target.exact, 60)),
        placeholder: vscode.l10n.t('What should happen to this annotation?'),
        items,
      });
      if (!choice) return undefined;
      if (choice === 'delete') {
        await this.removeCurrent(articleUri, a.id);
        return undefined;
      }
      let refused: WatchedRange | undefined;
      const after = await this.replaceCurrent(articleUri, a, (now) => {
        let place: { start: number; end: number };
        if (choice === 'here') {
          place = now.target; // where live edits moved it
        } else {
          const at = watches[choice]!.now();
          if (!at.ok) {
            refused = at;
            return undefined;
          }
          place = at;
        }
        const { needsReview: _flag, ...rest } = now;
        return updateAnnotation({ ...rest, target: makeTarget(doc.getText(), place.start, place.end) } as Annotation, {});
      });
      if (refused) this.selectionLost(articleUri, refused);
      return after;
    } finally {
      watches.candidate?.dispose();
      watches.selection?.dispose();
    }
  }

  // ---- article status -------------------------------------------------------------

  private async setStatus(arg: unknown, status?: ArticleStatus): Promise<boolean> {
    const uri = uriFromArg(arg) ?? (await this.articleEditor())?.document.uri;
    if (!uri) return false;
    const chosen = status ?? (await pick<ArticleStatus>({
      title: vscode.l10n.t('Status of {0}', vscode.workspace.asRelativePath(uri)),
      placeholder: vscode.l10n.t('How far is the annotation of this article?'),
      items: [
        { label: `$(circle-large-outline) ${vscode.l10n.t('not started')}`, value: 'not-started' },
        { label: `$(circle-large-filled) ${vscode.l10n.t('in progress')}`, value: 'in-progress' },
        { label: `$(pass-filled) ${vscode.l10n.t('done')}`, value: 'done' },
      ],
      active: (await this.service.get(uri))?.own.articleStatus,
    }));
    if (!chosen) return false;
    return this.service.setArticleStatus(uri, chosen);
  }

  private async openSidecar(): Promise<void> {
    const editor = await this.articleEditor();
    if (!editor) return;
    const state = await this.service.get(editor.document.uri);
    if (!state) return;
    const uri = vscode.Uri.parse(state.ownPath, true);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      void vscode.window.showInformationMessage(vscode.l10n.t('This article has no annotation file yet: it is created with the first annotation.'));
      return;
    }
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside });
  }

  // ---- helpers --------------------------------------------------------------------

  private async articleEditor(): Promise<vscode.TextEditor | undefined> {
    const before = vscode.window.activeTextEditor;
    const doc = before && (await this.articleOf(before.document));
    // Giving a document its language reopens it: the editor showing it is a new object.
    const editor = vscode.window.activeTextEditor;
    if (!doc || !editor || editor.document.uri.toString() !== doc.uri.toString() || !isAnnotatable(editor.document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an article (a .txt file) to annotate it.'));
      return undefined;
    }
    return editor;
  }

  /**
   * Replaces the own annotation `a` by `edit` of it as the service holds it when the
   * change is applied (moved by edits of the text while the user answered): a flow never
   * writes back a target it captured before its questions. Resolves with the new
   * annotation; with the annotation as it is when `edit` changed nothing (nothing is
   * saved, the status bar says so); undefined when `edit` declined or `a` is gone.
   */
  private async replaceCurrent(articleUri: vscode.Uri, a: Annotation, edit: (now: Annotation) => Annotation | undefined): Promise<Annotation | undefined> {
    const outcome: { after?: Annotation; gone?: boolean; same?: boolean } = {};
    await this.service.change(articleUri, (state) => {
      const now = state.own.annotations.find((x) => x.id === a.id);
      if (!now) {
        outcome.gone = true;
        return undefined;
      }
      const after = edit(now);
      if (after && changesNothing(now, after)) {
        outcome.after = now;
        outcome.same = true;
        return undefined;
      }
      outcome.after = after;
      return after && { type: 'replace', before: now, after };
    });
    if (outcome.same) vscode.window.setStatusBarMessage(vscode.l10n.t('Sorot: nothing changed'), 3000);
    if (outcome.gone) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('The annotation on “{0}” in {1} was removed while you were editing it; nothing was saved.', excerpt(a.target.exact, 40), vscode.workspace.asRelativePath(articleUri)),
      );
    }
    return outcome.after;
  }

  /** Removes an own annotation, recorded as it is when removed (undo puts it back there). */
  private removeCurrent(articleUri: vscode.Uri, id: string): Promise<boolean> {
    return this.service.change(articleUri, (state) => {
      const now = state.own.annotations.find((x) => x.id === id);
      return now && { type: 'remove', annotation: now };
    });
  }

  /** Says that a flow closed before its last answer saved nothing, naming the annotation
   *  and the article, so an Escape (or a picker closed by accident) is never mistaken for
   *  a saved answer. */
  private notSaved(articleUri: vscode.Uri, exact: string, what: 'create' | 'edit'): void {
    const article = vscode.workspace.asRelativePath(articleUri);
    void vscode.window.showInformationMessage(
      what === 'create'
        ? vscode.l10n.t('Nothing was saved: no annotation was made on “{0}” in {1}.', excerpt(exact, 40), article)
        : vscode.l10n.t('Nothing was changed: the annotation on “{0}” in {1} keeps its values.', excerpt(exact, 40), article),
    );
  }

  /** Says why a flow saved nothing: the text it was to annotate did not stay put. */
  private selectionLost(articleUri: vscode.Uri, why: WatchedRange): void {
    const article = vscode.workspace.asRelativePath(articleUri);
    void vscode.window.showWarningMessage(
      !why.ok && why.reason === 'closed'
        ? vscode.l10n.t('{0} was closed while you were annotating; nothing was saved.', article)
        : vscode.l10n.t('The selected text in {0} changed while you were annotating; nothing was saved. Select it again.', article),
    );
  }

  /** The selection, or the word/line under the cursor is NOT guessed: an empty selection
   *  is refused, so an annotation never covers text the user did not choose. Whitespace
   *  around the selection is trimmed, and an end that cuts a word is moved to the word's
   *  edge (sorot.annotations.snapToWords, on by default; the flow's title shows the words
   *  taken). */
  private selectionRange(editor: vscode.TextEditor): vscode.Range | undefined {
    const sel = editor.selection;
    if (sel.isEmpty) return undefined;
    const doc = editor.document;
    const text = doc.getText(sel);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (lead === text.length) return undefined;
    let start = doc.offsetAt(sel.start) + lead;
    let end = doc.offsetAt(sel.end) - trail;
    if (vscode.workspace.getConfiguration('sorot.annotations', doc.uri).get<boolean>('snapToWords', true)) {
      // Only the words around the ends are read, not the whole article.
      const from = Math.max(0, start - WORD_REACH);
      const around = doc.getText(new vscode.Range(doc.positionAt(from), doc.positionAt(end + WORD_REACH)));
      const snapped = snapToWords(around, start - from, end - from);
      start = snapped.start + from;
      end = snapped.end + from;
    }
    return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  }

  /** What the flow offers for the words at [start, end): the article's actors with their
   *  KB ids, the speaker of those words, and the stance targets already used here. */
  private async flowContext(doc: vscode.TextDocument, ex: string, start: number, end: number): Promise<FlowContext> {
    const analysis = this.analysisOf(doc);
    // With the forms the article writes them in and a few KB aliases, so typing "Rusia"
    // (or "Federasi Rusia") finds Russia.
    const actors = articleActorChoices(analysis?.actors ?? [], (id) => this.kb?.actors.entities.get(id)?.aliases ?? []);
    // Read once for the three kinds (the kind is picked later): one rule, except that a
    // claim in the writer's narration starts on the outlet's own voice.
    const suggestedActors: FlowContext['suggestedActors'] = {};
    const defaults = analysis ? defaultActors(doc.getText(), start, end, analysis) : {};
    for (const kind of ANNOTATION_KINDS) {
      const suggested = defaults[kind];
      if (suggested) suggestedActors[kind] = { label: suggested.label, ...(suggested.id ? { id: suggested.id } : {}), reason: suggested.reason };
    }
    const state = await this.service.get(doc.uri);
    const usedTargets = [...new Set((state ? allAnnotations(state) : [])
      .flatMap(({ annotation: x }) => (x.kind === 'stance' && x.status !== 'rejected' ? [x.stance.target] : [])))];
    return {
      config: await loadWorkspaceSchemaConfig(),
      actors,
      suggestedActors,
      usedTargets,
      excerpt: ex,
    };
  }

  private async pickTags(current: string[], ctx: FlowContext): Promise<string[] | undefined> {
    const all = [...new Set([...ctx.config.labels, ...current])];
    const chosen = await vscode.window.showQuickPick(all.map((l) => ({ label: l, picked: current.includes(l) })), {
      canPickMany: true,
      title: vscode.l10n.t('Tags'),
      placeHolder: vscode.l10n.t('Tick the labels that apply'),
      ignoreFocusOut: true,
    });
    return chosen?.map((c) => c.label);
  }

  /** The own annotation addressed by (uri, id), or the one under the cursor (asking when several). */
  private async target(
    uri: string | undefined,
    id: string | undefined,
    question: string,
    filter: (a: Annotation) => boolean = () => true,
  ): Promise<{ articleUri: vscode.Uri; annotation: Annotation; doc: vscode.TextDocument } | undefined> {
    let articleUri: vscode.Uri;
    let candidates: Annotation[];
    if (uri && id) {
      articleUri = vscode.Uri.parse(uri, true);
      const state = await this.service.get(articleUri);
      candidates = state?.own.annotations.filter((a) => a.id === id && filter(a)) ?? [];
    } else {
      const editor = await this.articleEditor();
      if (!editor) return undefined;
      articleUri = editor.document.uri;
      const state = await this.service.get(articleUri);
      const from = editor.document.offsetAt(editor.selection.start);
      const to = editor.document.offsetAt(editor.selection.end);
      candidates = state ? ownAnnotationsAt(state, from, to).filter(filter) : [];
    }
    if (candidates.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No annotation of yours here. (Annotations of other annotators are read-only.)'));
      return undefined;
    }
    let annotation = candidates[0];
    if (candidates.length > 1) {
      const chosen = await pick({
        title: question,
        placeholder: question,
        items: candidates.map((a) => ({ label: summary(a), description: a.kind, detail: excerpt(a.target.exact, 90), value: a })),
      });
      if (!chosen) return undefined;
      annotation = chosen;
    }
    const doc = await vscode.workspace.openTextDocument(articleUri);
    return { articleUri, annotation, doc };
  }
}

function currentFields(a: Annotation): KindFields {
  switch (a.kind) {
    case 'claim':
      return { kind: 'claim', claim: a.claim };
    case 'stance':
      return { kind: 'stance', stance: a.stance };
    case 'source':
      return { kind: 'source', source: a.source };
  }
}

/** Replaces the kind-specific fields (possibly changing the kind) and bumps `modified`. */
function withFields(a: Annotation, fields: KindFields): Annotation {
  const { claim: _c, stance: _s, source: _o, ...base } = a as Annotation & { claim?: unknown; stance?: unknown; source?: unknown };
  return { ...base, ...fields, modified: new Date().toISOString() } as Annotation;
}

/** The article a command was given (a URI, its string, a tree row); not a kind such as 'claim'. */
function articleArg(arg: unknown): vscode.Uri | undefined {
  return typeof arg === 'string' && !/^[a-z][\w+.-]*:/i.test(arg) ? undefined : uriFromArg(arg);
}

/** What an untrusted workspace leaves unchanged: the article's annotation file. */
function annotationFileLeft(uri: vscode.Uri | undefined): string {
  if (!uri) return vscode.l10n.t('no annotation file is written');
  const file = vscode.Uri.parse(sidecarPathFor(uri.toString(), perAnnotatorFiles() ? configuredAnnotator() : undefined), true);
  return vscode.l10n.t('{0} is left as it is', vscode.workspace.asRelativePath(file, false));
}

function uriFromArg(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg, true);
  const maybe = arg as { uri?: unknown; article?: { uri?: unknown } } | undefined;
  if (maybe?.uri instanceof vscode.Uri) return maybe.uri;
  if (maybe?.article?.uri instanceof vscode.Uri) return maybe.article.uri;
  return undefined;
}
