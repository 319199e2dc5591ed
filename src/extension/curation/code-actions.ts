// The light-bulb menu on a recognized actor or quote: the corrections that apply there.
// On a selection that is no recognized item: mark it as an actor or a quote.
import * as vscode from 'vscode';
import type { CuratedAnalysis } from '../../core/curation';
import { itemAt } from './item-at';

export class CurationCodeActions implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Empty.append('sorot').append('curate');
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [CurationCodeActions.kind] };

  constructor(private readonly curated: (doc: vscode.TextDocument) => CuratedAnalysis | undefined) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    const curated = this.curated(doc);
    if (!curated) return [];
    const action = (title: string, command: string) => {
      const a = new vscode.CodeAction(title, CurationCodeActions.kind);
      a.command = { command, title };
      return a;
    };
    const offset = doc.offsetAt(range.start);
    const atActor = itemAt(curated, offset, 'actor');
    const actor = atActor?.layer === 'actor' ? atActor.item : undefined;
    const quote = itemAt(curated, offset, 'quote');
    const actions: vscode.CodeAction[] = [];
    if (actor) {
      const m = actor;
      actions.push(
        action(vscode.l10n.t('Sorot: “{0}” is not an actor here', m.text), 'sorot.curation.notAnActor'),
        action(vscode.l10n.t('Sorot: Link “{0}” to…', m.text), 'sorot.curation.linkActor'),
        action(vscode.l10n.t('Sorot: Change type of “{0}”…', m.text), 'sorot.curation.changeType'),
      );
      if (m.provenance === 'machine' || m.provenance === 'followed') actions.push(action(vscode.l10n.t('Sorot: Accept “{0}” as {1}', m.text, m.canonical), 'sorot.curation.accept'));
    }
    if (quote) {
      actions.push(action(vscode.l10n.t('Sorot: Set speaker of this quote…'), 'sorot.curation.setSpeaker'), action(vscode.l10n.t('Sorot: Not a quote'), 'sorot.curation.notAQuote'));
    }
    if (!range.isEmpty) {
      if (actor || quote) actions.push(action(vscode.l10n.t('Sorot: Use the selection as the span'), 'sorot.curation.useSelectionAsSpan'));
      if (!actor) actions.push(action(vscode.l10n.t('Sorot: Mark as actor…'), 'sorot.curation.markActor'));
      if (!quote) actions.push(action(vscode.l10n.t('Sorot: Mark as quote…'), 'sorot.curation.markQuote'));
    }
    return actions;
  }
}
