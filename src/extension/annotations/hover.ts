// Hover on an annotated span: who made it (their name and colour swatch), its kind,
// fields and status, with command links to edit, delete, or accept/reject a
// suggestion. Only Sorot's own commands are trusted. Hidden annotators are left out,
// as they are in the editor.
import * as vscode from 'vscode';
import type { AnnotationService } from '../services/annotations/annotation-service';
import { allAnnotations } from '../services/annotations/article-annotations';
import type { Annotators } from '../services/annotations/annotators';
import { isAnnotatable } from './decorations';
import { annotatorLine, fieldsMarkdown, type ActorNames } from '../services/annotations/describe';

const LINK_COMMANDS = [
  'sorot.annotations.edit',
  'sorot.annotations.delete',
  'sorot.annotations.acceptSuggestion',
  'sorot.annotations.rejectSuggestion',
  'sorot.annotations.review',
];

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: AnnotationService,
    private readonly annotators: Annotators,
    private readonly kb?: ActorNames,
  ) {}

  async provideHover(doc: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!isAnnotatable(doc)) return undefined;
    const state = this.service.peek(doc.uri) ?? (await this.service.get(doc.uri));
    if (!state) return undefined;
    const offset = doc.offsetAt(position);
    const here = allAnnotations(state).filter(({ annotation: a }) => a.target.start <= offset && offset < a.target.end && a.status !== 'rejected' && this.annotators.isVisible(a.annotator));
    if (here.length === 0) return undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.isTrusted = { enabledCommands: LINK_COMMANDS };
    md.supportThemeIcons = true;
    md.supportHtml = true; // the annotator's colour swatch
    here.forEach(({ annotation: a, own }, i) => {
      if (i > 0) md.appendMarkdown('\n\n---\n\n');
      md.appendMarkdown(`${annotatorLine(this.annotators, a.annotator, own)}\n\n`);
      md.appendMarkdown(fieldsMarkdown(a, this.kb?.actors).join('\n'));
      if (!own) {
        md.appendMarkdown(`\n\n_${vscode.l10n.t('From {0}’s file (read-only).', a.annotator)}_`);
        return;
      }
      const args = (cmd: string): string => `command:${cmd}?${encodeURIComponent(JSON.stringify([doc.uri.toString(), a.id]))}`;
      const links = [
        `[$(edit) ${vscode.l10n.t('Edit')}](${args('sorot.annotations.edit')})`,
        `[$(trash) ${vscode.l10n.t('Delete')}](${args('sorot.annotations.delete')})`,
      ];
      if (a.needsReview) links.unshift(`[$(warning) ${vscode.l10n.t('Review')}](${args('sorot.annotations.review')})`);
      if (a.status === 'suggested') {
        links.unshift(
          `[$(check) ${vscode.l10n.t('Accept')}](${args('sorot.annotations.acceptSuggestion')})`,
          `[$(close) ${vscode.l10n.t('Reject')}](${args('sorot.annotations.rejectSuggestion')})`,
        );
      }
      md.appendMarkdown(`\n\n${links.join(' · ')}`);
    });
    const first = here[0].annotation.target;
    return new vscode.Hover(md, new vscode.Range(doc.positionAt(first.start), doc.positionAt(Math.min(first.end, doc.getText().length))));
  }
}
