// Corrections of the recognized layer at the cursor: accept, "not an actor / not a quote
// here", change type, link to another identity, set the speaker, mark a missed actor or
// quote, use the selection as the span. Each decision becomes one correction in the
// researcher's annotation file (core/curation/decide.ts), undoable like an annotation.
import * as vscode from 'vscode';
import type { Correction } from '../../core/annotations/corrections';
import { articleActorChoices } from '../../core/annotations/written-forms';
import { rankForMention } from '../../core/curation/rank-identities';
import { decide, typeOfOverlap, type CuratedAnalysis, type DecisionValues } from '../../core/curation';
import type { CorrectionDecision } from '../../core/annotations/corrections';
import type { ActorType, AnalysisResult } from '../../core/recognize/types';
import { snapToStatementSpan, snapToWordSpan } from '../../core/text/snap-to-words';
import { itemAt, itemForSelection, speakerItemAt, type CuratedItem, type CuratedLayer } from './item-at';
import { pickIdentity, pickSpeaker, pickType, type Identity } from './pickers';
import { excerpt } from '../services/annotations/describe';

/** What the feature needs from the rest of the extension (wired in extension.ts). */
export interface CurationDeps {
  /** The curated layer of an open article (undefined: not a Sorot article). */
  curated(doc: vscode.TextDocument): CuratedAnalysis | undefined;
  /** The machine's own analysis, for what "back to the machine" would show. */
  machine(doc: vscode.TextDocument): AnalysisResult | undefined;
  /** Records a change of the user's corrections (undoable, written at once). `build`
   *  runs when the change is applied, with the user's corrections as they are then. */
  record(article: vscode.Uri, label: string, build: (own: readonly Correction[]) => { before: Correction[]; after: Correction[] } | undefined): Promise<boolean>;
  /** Every identity the knowledge bases know (built-in and workspace), with its aliases. */
  knownIdentities(): Identity[];
  /** The KB aliases of an entity id (none for an unknown id). */
  aliasesOf(id: string): readonly string[];
  /** The annotator id, asked once when unset. */
  annotator(): Promise<string | undefined>;
}

export interface Span {
  start: number;
  end: number;
  exact: string;
}

export class CurationCommands {
  constructor(private readonly deps: CurationDeps) {}

  register(): vscode.Disposable[] {
    // Hover links pass [articleUri, offset]; the palette, keys and light bulb pass nothing
    // (the cursor). A decision made from a hover closes it: the hover still described the
    // item as it was ("not reviewed", the links to decide it) and would stay on screen so.
    const cmd = (id: string, fn: (...args: unknown[]) => Promise<unknown>) => vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      const decided = await fn(...args);
      if (decided === true && args.length > 0) await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
      return decided;
    });
    return [
      cmd('sorot.curation.accept', (...a) => this.accept(this.here(undefined, a))),
      cmd('sorot.curation.notAnActor', (...a) => this.reject('actor', this.here('actor', a))),
      cmd('sorot.curation.notAQuote', (...a) => this.reject('quote', this.here('quote', a))),
      cmd('sorot.curation.changeType', (...a) => this.changeType(this.here('actor', a))),
      cmd('sorot.curation.linkActor', (...a) => this.link(this.here('actor', a))),
      cmd('sorot.curation.setSpeaker', (...a) => this.setSpeaker(this.hereSpeaker(a))),
      cmd('sorot.curation.acceptStatement', (...a) => this.accept(this.here('reported', a))),
      cmd('sorot.curation.notAStatement', (...a) => this.reject('reported', this.here('reported', a))),
      cmd('sorot.curation.setStatementSpeaker', (...a) => this.setSpeaker(this.here('reported', a))),
      cmd('sorot.curation.markActor', () => this.markActor()),
      cmd('sorot.curation.markQuote', () => this.markQuote()),
      cmd('sorot.curation.useSelectionAsSpan', () => this.useSelectionAsSpan()),
      cmd('sorot.curation.toggleFragment', () => this.toggleFragment()),
      cmd('sorot.curation.restoreMachine', (...a) => this.restore(a)),
    ];
  }

  // ---- the commands -------------------------------------------------------------

  async accept(found = this.here()): Promise<boolean> {
    if (!found) return this.nothingHere();
    const { doc, at } = found;
    // A speaker or identity that followed a correction of something else is not the
    // recognizer's: keeping it is a correction of the recognizer's item, not an acceptance.
    const decision = at.item.provenance === 'followed' ? 'set' : 'accept';
    return this.apply(doc, spanOf(at.item), decision, valuesOf(at), vscode.l10n.t('accept'));
  }

  async reject(layer: CuratedLayer, found = this.here(layer)): Promise<boolean> {
    if (!found || found.at.layer !== layer) return this.nothingHere(layer);
    const label = layer === 'actor' ? vscode.l10n.t('not an actor') : layer === 'quote' ? vscode.l10n.t('not a quote') : vscode.l10n.t('not a reported statement');
    return this.apply(found.doc, spanOf(found.at.item), 'reject', { layer }, label);
  }

  async changeType(found = this.here('actor')): Promise<boolean> {
    if (!found || found.at.layer !== 'actor') return this.nothingHere('actor');
    const m = found.at.item;
    const type = await pickType(vscode.l10n.t('Type of “{0}”', m.text), m.type, true);
    if (!type) return false;
    return this.apply(found.doc, spanOf(m), 'set', { layer: 'actor', type, canonical: m.canonical, ...(m.entityId ? { entityId: m.entityId } : {}) }, vscode.l10n.t('change type'));
  }

  async link(found = this.here('actor')): Promise<boolean> {
    if (!found || found.at.layer !== 'actor') return this.nothingHere('actor');
    const m = found.at.item;
    const identity = await this.askIdentity(found.doc, vscode.l10n.t('Who is “{0}”?', m.text), m.text, m);
    if (!identity) return false;
    return this.apply(found.doc, spanOf(m), 'set', identity, vscode.l10n.t('link actor'));
  }

  /** The speaker of the quote (or, when `found` is one, the reported statement). */
  async setSpeaker(found = this.hereSpeaker()): Promise<boolean> {
    if (!found || found.at.layer === 'actor') return this.nothingHere('speaker');
    const at = found.at;
    const answer = await pickSpeaker(vscode.l10n.t('Speaker of {0}', excerpt(at.item.text)), this.articleIdentities(found.doc), this.deps.knownIdentities(), at.item.speaker);
    if (!answer) return false;
    const values: DecisionValues = at.layer === 'reported' ? { layer: 'reported', ...answer } : { layer: 'quote', ...answer, ...(at.item.form ? { form: at.item.form } : {}) };
    return this.apply(found.doc, spanOf(at.item), 'set', values, vscode.l10n.t('set speaker'));
  }

  async markActor(): Promise<boolean> {
    const sel = this.selection();
    if (!sel) return this.needSelection();
    const overlapped = typeOfOverlap(this.deps.curated(sel.doc)?.actors ?? [], sel.span.start, sel.span.end);
    const identity = await this.askIdentity(sel.doc, vscode.l10n.t('Mark “{0}” as an actor', sel.span.exact), sel.span.exact, undefined, overlapped);
    if (!identity) return false;
    return this.apply(sel.doc, sel.span, 'set', identity, vscode.l10n.t('mark actor'));
  }

  async markQuote(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty || !this.deps.curated(editor.document)) return this.needSelection();
    const doc = editor.document;
    // A quote keeps its marks and punctuation: only surrounding spaces are trimmed.
    const raw = doc.getText(editor.selection);
    const start = doc.offsetAt(editor.selection.start) + (raw.length - raw.trimStart().length);
    const exact = raw.trim();
    if (!exact) return this.needSelection();
    const span = { start, end: start + exact.length, exact };
    const answer = await pickSpeaker(vscode.l10n.t('Speaker of {0}', excerpt(exact)), this.articleIdentities(doc), this.deps.knownIdentities(), null);
    if (!answer) return false;
    return this.apply(doc, span, 'set', { layer: 'quote', ...answer }, vscode.l10n.t('mark quote'));
  }

  /** The selection as the span of `target` (review mode's item under review), else of the
   *  item the selection matches best. */
  async useSelectionAsSpan(target?: { doc: vscode.TextDocument; at: CuratedItem }): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const curated = editor && this.deps.curated(editor.document);
    if (!editor || !curated || editor.selection.isEmpty || (target && target.doc !== editor.document)) return this.needSelection();
    const doc = editor.document;
    const from = doc.offsetAt(editor.selection.start);
    const to = doc.offsetAt(editor.selection.end);
    const best = target?.at ?? itemForSelection(curated, from, to);
    if (!best) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The selection overlaps no recognized actor, quote or reported statement. To add one, use “Mark Selection as Actor Here” or “Mark Selection as Quote”.'));
      return false;
    }
    const text = doc.getText();
    const snapped = best.layer === 'actor' ? snapToWordSpan(text, from, to) : best.layer === 'reported' ? snapToStatementSpan(text, from, to) : { start: from, end: to };
    if (!snapped) return this.needSelection();
    const span = { ...snapped, exact: doc.getText().slice(snapped.start, snapped.end) };
    return this.apply(doc, span, 'set', valuesOf(best), vscode.l10n.t('change span'));
  }

  async toggleFragment(found = this.here('quote')): Promise<boolean> {
    if (!found || found.at.layer !== 'quote') return this.nothingHere('quote');
    const q = found.at.item;
    const form = q.form === 'fragment' ? 'direct' : 'fragment';
    return this.apply(found.doc, spanOf(q), 'set', { layer: 'quote', speaker: q.speaker, form }, form === 'fragment' ? vscode.l10n.t('mark as fragment') : vscode.l10n.t('mark as direct quote'));
  }

  /** Removes the user's own decisions at the cursor: the machine's item shows again. */
  async restore(args: unknown[] = []): Promise<boolean> {
    const [uri, at] = args;
    const editor = vscode.window.activeTextEditor;
    const doc = typeof uri === 'string' ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) : editor?.document;
    if (!doc || !this.deps.curated(doc)) return this.nothingHere();
    const offset = typeof at === 'number' ? at : doc.offsetAt(editor!.selection.active);
    const annotator = await this.deps.annotator();
    if (!annotator) return false;
    const ok = await this.deps.record(doc.uri, vscode.l10n.t('restore the recognizer’s version'), (own) => {
      const mine = own.filter((c) => c.annotator === annotator && c.target.start <= offset && offset <= c.target.end);
      return mine.length > 0 ? { before: mine, after: [] } : undefined;
    });
    if (!ok) void vscode.window.showInformationMessage(vscode.l10n.t('You have no correction at the cursor.'));
    return ok;
  }

  // ---- shared steps ---------------------------------------------------------------

  /** Records one decision about `span`, if the text still holds it when applied. */
  async apply(doc: vscode.TextDocument, span: Span, decision: CorrectionDecision, values: DecisionValues | { layer: CuratedLayer }, label: string): Promise<boolean> {
    const annotator = await this.deps.annotator();
    if (!annotator) return false;
    let moved = false;
    const ok = await this.deps.record(doc.uri, label, (own) => {
      const text = doc.getText();
      if (text.slice(span.start, span.end) !== span.exact) {
        moved = true;
        return undefined;
      }
      const { correction, replaces } = decide({ text, start: span.start, end: span.end, annotator, decision, values }, own);
      return { before: replaces, after: [correction] };
    });
    if (moved) void vscode.window.showWarningMessage(vscode.l10n.t('The text of {0} changed while you chose, so the correction was not saved. Try again.', basename(doc.uri)));
    return ok;
  }

  /** The curated item at [articleUri, offset] when given, else at the cursor of the active article. */
  here(layer?: CuratedLayer, args: unknown[] = []): { doc: vscode.TextDocument; at: CuratedItem } | undefined {
    return this.findAt(args, (curated, at) => itemAt(curated, at, layer));
  }

  /** The quote at [articleUri, offset] or the cursor, else the reported statement there. */
  hereSpeaker(args: unknown[] = []): { doc: vscode.TextDocument; at: CuratedItem } | undefined {
    return this.findAt(args, speakerItemAt);
  }

  private findAt(args: unknown[], find: (curated: CuratedAnalysis, offset: number) => CuratedItem | undefined): { doc: vscode.TextDocument; at: CuratedItem } | undefined {
    const [uri, offset] = args;
    let doc: vscode.TextDocument | undefined;
    let at: number | undefined;
    if (typeof uri === 'string' && typeof offset === 'number') {
      doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      at = offset;
    } else {
      const editor = vscode.window.activeTextEditor;
      doc = editor?.document;
      at = editor && editor.document.offsetAt(editor.selection.active);
    }
    const curated = doc && this.deps.curated(doc);
    if (!doc || !curated || at === undefined) return undefined;
    const item = find(curated, at);
    return item && { doc, at: item };
  }

  private selection(): { doc: vscode.TextDocument; span: Span } | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.deps.curated(editor.document)) return undefined;
    const doc = editor.document;
    const text = doc.getText();
    const from = doc.offsetAt(editor.selection.start);
    const to = doc.offsetAt(editor.selection.end);
    // An empty selection means the word at the cursor.
    const snapped = snapToWordSpan(text, from === to ? Math.max(0, from - 1) : from, from === to ? from + 1 : to);
    return snapped && { doc, span: { ...snapped, exact: text.slice(snapped.start, snapped.end) } };
  }

  /** `current`: relinking a recognized mention (Enter keeps its identity); otherwise the
   *  span's words are offered first as a new name. A new name's type question starts on
   *  `current`'s type, else on `typeHint` (the recognized mention the span overlaps). */
  private async askIdentity(doc: vscode.TextDocument, title: string, surface: string, current?: { canonical: string; type: ActorType }, typeHint?: ActorType): Promise<DecisionValues | undefined> {
    const question = current ? { current: current.canonical } : { suggestion: surface };
    // Names containing the mention's words first ("Arif" → "Arif Nasution"), then by mentions.
    const chosen = await pickIdentity(title, rankForMention(this.articleIdentities(doc), surface), rankForMention(this.deps.knownIdentities(), surface), question);
    if (!chosen) return undefined;
    if (!('typed' in chosen)) return { layer: 'actor', type: chosen.type, canonical: chosen.canonical, ...(chosen.entityId ? { entityId: chosen.entityId } : {}) };
    const type = await pickType(vscode.l10n.t('Type of “{0}”', chosen.typed), current?.type ?? typeHint);
    return type && { layer: 'actor', type, canonical: chosen.typed };
  }

  /** The article's actors, most mentioned first, for pickers: with the forms the article
   *  writes them in and their KB aliases, so typing "Peskov" or "Kemlu" finds them. */
  articleIdentities(doc: vscode.TextDocument): Identity[] {
    const curated = this.deps.curated(doc);
    return articleActorChoices(curated?.actors ?? [], (id) => this.deps.aliasesOf(id), Infinity).map((c) => ({
      canonical: c.label,
      type: c.type!,
      mentions: c.mentions ?? 0,
      ...(c.id ? { entityId: c.id } : {}),
      ...(c.written ? { written: c.written } : {}),
      ...(c.aliases ? { aliases: c.aliases } : {}),
    }));
  }

  private nothingHere(layer?: CuratedLayer | 'speaker'): false {
    const what = layer === 'speaker' ? vscode.l10n.t('No recognized quote or reported statement at the cursor.') : layer === 'reported' ? vscode.l10n.t('No recognized reported statement at the cursor.') : layer === 'quote' ? vscode.l10n.t('No recognized quote at the cursor.') : layer === 'actor' ? vscode.l10n.t('No recognized actor at the cursor.') : vscode.l10n.t('No recognized actor or quote at the cursor.');
    void vscode.window.showInformationMessage(what);
    return false;
  }

  private needSelection(): false {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the words in a Sorot article first.'));
    return false;
  }
}

function spanOf(item: { start: number; end: number; text: string }): Span {
  return { start: item.start, end: item.end, exact: item.text };
}

/** The values an item has now, as a decision would state them. */
function valuesOf(at: CuratedItem): DecisionValues {
  if (at.layer === 'actor') return { layer: 'actor', type: at.item.type, canonical: at.item.canonical, ...(at.item.entityId ? { entityId: at.item.entityId } : {}) };
  if (at.layer === 'reported') return { layer: 'reported', speaker: at.item.speaker };
  return { layer: 'quote', speaker: at.item.speaker, ...(at.item.form ? { form: at.item.form } : {}) };
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
