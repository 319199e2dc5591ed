// "Annotate as claim / stance / source" in the light-bulb menu of a non-empty selection.
import * as vscode from 'vscode';
import { ANNOTATION_KINDS } from '../../core/annotations/types';
import { KIND_LABELS } from '../services/annotations/describe';

export class AnnotateCodeActions implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.Empty.append('sorot').append('annotate');
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [AnnotateCodeActions.kind] };

  provideCodeActions(_doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (range.isEmpty) return [];
    return ANNOTATION_KINDS.map((kind) => {
      const action = new vscode.CodeAction(vscode.l10n.t('Sorot: Annotate as {0}', KIND_LABELS[kind]()), AnnotateCodeActions.kind);
      action.command = { command: 'sorot.annotate', title: action.title, arguments: [kind] };
      return action;
    });
  }
}
