// Review mode: walk through an article's recognized actors and quotes in text order with
// single keys (a accept, x reject, c correct, n / p next and previous, Escape to stop),
// "c" offering what correcting the item offers (correct-choices.ts: identity and type of
// an actor, speaker and form of a quote, speaker of a statement, a selection as the span),
// with the progress in the status bar. The keys are bound only while the context key
// `sorot.reviewing` is set and an editor has focus (package.json keybindings); the
// article text is read-only meanwhile, so no key reaches the text.
import * as vscode from 'vscode';
import { ContextKey } from '../context-key';
import { nextUndecided, reviewProgress, reviewQueue, type CuratedAnalysis, type ReviewItem } from '../../core/curation';
import type { CurationCommands } from './commands';
import { correctChoices, type CorrectChoice } from './correct-choices';
import { itemAt, type CuratedItem } from './item-at';
import { excerpt } from '../services/annotations/describe';

export class ReviewMode implements vscode.Disposable {
  private article: vscode.Uri | undefined;
  /** The item being decided (its start; items are found again by position after changes). */
  private current: ReviewItem | undefined;
  private readonly status = vscode.window.createStatusBarItem('sorot.review', vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [];
  /** True while reviewing: binds the single review keys (a / x / c / n / p). */
  private readonly reviewingKey = new ContextKey('sorot.reviewing', false);
  // A box, not an underline: actors are underlined already, and the item being decided
  // must stand out from them; the overview ruler shows where it is in a long article.
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    borderWidth: '2px',
    borderStyle: 'solid',
    borderRadius: '3px',
    borderColor: new vscode.ThemeColor('focusBorder'),
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('focusBorder'),
    overviewRulerLane: vscode.OverviewRulerLane.Full,
  });

  constructor(
    private readonly commands: CurationCommands,
    private readonly curated: (doc: vscode.TextDocument) => CuratedAnalysis | undefined,
    onLayerChanged: vscode.Event<vscode.Uri>,
    /** Who decides; asked (once) before the single keys are live. */
    private readonly annotator: () => Promise<string | undefined>,
  ) {
    this.status.name = vscode.l10n.t('Sorot Review');
    this.status.command = 'sorot.curation.reviewStop';
    this.disposables.push(
      this.status,
      this.highlight,
      onLayerChanged((uri) => {
        if (this.article?.toString() === uri.toString()) this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.article && editor?.document.uri.toString() !== this.article.toString()) void this.stop();
      }),
    );
  }

  register(): vscode.Disposable[] {
    const cmd = (id: string, fn: () => unknown) => vscode.commands.registerCommand(id, fn);
    return [
      cmd('sorot.curation.review', () => this.start()),
      cmd('sorot.curation.reviewStop', () => this.stop()),
      cmd('sorot.curation.reviewNext', () => this.move(1)),
      cmd('sorot.curation.reviewPrevious', () => this.move(-1)),
      cmd('sorot.curation.reviewAccept', () => this.decide('accept')),
      cmd('sorot.curation.reviewReject', () => this.decide('reject')),
      cmd('sorot.curation.reviewCorrect', () => this.decide('correct')),
    ];
  }

  /** For tests: the article under review, the item being decided and the progress. */
  get state(): { article?: string; current?: ReviewItem; decided: number; total: number } {
    const queue = this.queue();
    const p = reviewProgress(queue ?? []);
    return { article: this.article?.toString(), current: this.current, decided: p.decided, total: p.total };
  }

  async start(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const curated = editor && this.curated(editor.document);
    if (!editor || !curated) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Sorot article to review what Sorot recognized in it.'));
      return;
    }
    // Every decision names its author. Asked here, before the single keys are bound: asked
    // at the first decision, the box opened while the researcher kept pressing review keys,
    // and the next key ("x") became the annotator's name.
    if (!(await this.annotator())) return;
    // The keys first: once `state` names the article, a / x / c / n / p must work.
    await this.reviewingKey.set(true);
    this.article = editor.document.uri;
    const queue = reviewQueue(curated);
    this.current = nextUndecided(queue, editor.document.offsetAt(editor.selection.active) - 1) ?? queue[0];
    this.show();
  }

  async stop(): Promise<void> {
    if (!this.article) return;
    for (const editor of vscode.window.visibleTextEditors) editor.setDecorations(this.highlight, []);
    this.article = undefined;
    this.current = undefined;
    this.status.hide();
    await this.reviewingKey.set(false);
  }

  private editor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.article?.toString());
  }

  private queue(): ReviewItem[] | undefined {
    const editor = this.editor();
    const curated = editor && this.curated(editor.document);
    return curated && reviewQueue(curated);
  }

  /** n / p: the next undecided item, or simply the previous item. */
  private move(step: 1 | -1): void {
    const queue = this.queue();
    if (!queue || queue.length === 0) return;
    const at = this.current ? queue.findIndex((i) => i.start === this.current!.start && i.layer === this.current!.layer) : -1;
    this.current = step === 1 ? nextUndecided(queue, this.current?.start ?? -1) ?? queue[Math.min(queue.length - 1, at + 1)] : queue[Math.max(0, at - 1)];
    this.show();
  }

  private async decide(how: 'accept' | 'reject' | 'correct'): Promise<void> {
    const editor = this.editor();
    const curated = editor && this.curated(editor.document);
    if (!editor || !curated || !this.current) return;
    const found = itemAt(curated, this.current.start, this.current.layer);
    if (!found || found.item.start !== this.current.start) {
      // A rejected item is no longer in the layer: accepting it again means restoring it.
      if (this.current.state === 'rejected' && how === 'accept') {
        editor.selection = new vscode.Selection(editor.document.positionAt(this.current.start), editor.document.positionAt(this.current.start));
        await this.commands.restore();
      }
      this.move(1);
      return;
    }
    const here = { doc: editor.document, at: found };
    if (how === 'correct') {
      // Pickers: the next item once the researcher has answered.
      if (await this.correct(here, editor)) this.move(1);
      return;
    }
    // On to the next item at once: a key pressed while this decision is being written
    // belongs to the next item (measured: fast a-a-a decided the same item twice).
    this.move(1);
    if (how === 'accept') await this.commands.accept(here);
    else await this.commands.reject(found.layer, here);
  }

  /** "c": what correcting the item offers (correct-choices.ts); with one choice, that
   *  choice at once; else asked, the one "c" alone used to make first. */
  private async correct(here: { doc: vscode.TextDocument; at: CuratedItem }, editor: vscode.TextEditor): Promise<boolean> {
    const selection = editor.selection.isEmpty ? undefined : { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
    const choices = correctChoices(here.at, selection);
    let choice: CorrectChoice | undefined = choices[0];
    if (choices.length > 1) {
      const picked = await vscode.window.showQuickPick(choices.map((c) => ({ label: choiceLabel(c, here.at), choice: c })), {
        title: vscode.l10n.t('Correct {0}', describeItem(this.current!)),
        placeHolder: vscode.l10n.t('What to correct'),
        ignoreFocusOut: true,
      });
      choice = picked?.choice;
    }
    switch (choice) {
      case 'link': return this.commands.link(here);
      case 'type': return this.commands.changeType(here);
      case 'speaker': return this.commands.setSpeaker(here);
      case 'form': return this.commands.toggleFragment(here);
      case 'span': return this.commands.useSelectionAsSpan(here);
      default: return false;
    }
  }

  private refresh(): void {
    if (this.article) this.show();
  }

  private show(): void {
    const editor = this.editor();
    const queue = this.queue();
    if (!editor || !queue) return;
    const p = reviewProgress(queue);
    const item = this.current;
    if (item) {
      const range = new vscode.Range(editor.document.positionAt(item.start), editor.document.positionAt(item.end));
      editor.selection = new vscode.Selection(range.start, range.start);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      editor.setDecorations(this.highlight, [range]);
    }
    // What a key decides, and the keys, in the text itself: in a tooltip only, a newcomer
    // saw a box around a word and nothing saying what "a" would accept (an actor's
    // identity? a quote's speaker?) or which keys there are.
    const progress = p.reviewed
      ? `$(pass-filled) ${vscode.l10n.t('Reviewed: {0} of {1}', p.decided, p.total)}`
      : `$(checklist) ${vscode.l10n.t('Review: {0} of {1} decided', p.decided, p.total)}`;
    // The keys before the item: VS Code cuts a status bar item at 40% of the window, and
    // a long name may be cut, the keys must not.
    const what = item ? [describeItem(item)] : [];
    this.status.text = [progress, vscode.l10n.t('a accept · x reject · c correct · n/p · Esc'), ...what].join(' · ');
    this.status.tooltip = [...what, vscode.l10n.t('a accept · x reject · c correct · n next · p previous · Escape stop')].join('\n');
    this.status.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A choice of "c" in words, as the hover and the light bulb name it. */
function choiceLabel(choice: CorrectChoice, at: CuratedItem): string {
  switch (choice) {
    case 'link': return vscode.l10n.t('Link to…');
    case 'type': return vscode.l10n.t('Change type…');
    case 'speaker': return vscode.l10n.t('Set speaker…');
    case 'form': return at.layer === 'quote' && at.item.form === 'fragment' ? vscode.l10n.t('Mark as direct quote') : vscode.l10n.t('Mark as fragment');
    case 'span': return vscode.l10n.t('Use the selection as the span');
  }
}

/** The item under review in words: its layer and what accepting it keeps (the actor's
 *  identity, the speaker). */
function describeItem(item: ReviewItem): string {
  if (item.state === 'rejected') return vscode.l10n.t('rejected: “{0}” (a restores it)', excerpt(item.text, 30));
  if (item.layer === 'actor') return item.value === null ? vscode.l10n.t('actor, no identity') : vscode.l10n.t('actor → {0}', item.value);
  if (item.value === null) return item.layer === 'quote' ? vscode.l10n.t('quote, no speaker') : vscode.l10n.t('reported statement, no speaker');
  return item.layer === 'quote' ? vscode.l10n.t('quote by {0}', item.value) : vscode.l10n.t('reported statement by {0}', item.value);
}
