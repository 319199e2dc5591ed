// One-line and Markdown descriptions of an annotation, shared by the tree, the hover
// and the pickers so an annotation reads the same everywhere.
import * as vscode from 'vscode';
import type { Annotation, AnnotationKind } from '../../../core/annotations';
import { resolveAnnotationActor, withCurrentActor, type ActorDirectory } from '../../../core/annotations/actor-identity';
import { colourName, type Annotators } from './annotators';
import { withShownReservedActor } from './reserved-actor-labels';
import { relationLabel, sourceTypeLabel } from './source-labels';
import { clipLine } from '../../../core/text/clip';

/** The kinds' names as the annotation questions, rows and hovers show them. */
export const KIND_LABELS: Record<AnnotationKind, () => string> = {
  claim: () => vscode.l10n.t('Claim'),
  stance: () => vscode.l10n.t('Stance'),
  source: () => vscode.l10n.t('Source'),
};

/** The KB in force (WorkspaceKb): actors are shown under their current canonical name,
 *  so a rename or merge in .sorot/actors.json shows without touching any sidecar. */
export interface ActorNames {
  readonly actors: ActorDirectory;
  readonly onDidChange?: vscode.Event<void>;
}

/** The annotation with its actor as the KB names it now, a reserved actor (the outlet's
 *  own voice, an unnamed source) in the display language (display only, never saved). */
export function shown(a: Annotation, actors?: ActorDirectory): Annotation {
  return withShownReservedActor(actors ? withCurrentActor(actors, a) : a);
}

/** "■ budi (cyan) · your annotation": who made an annotation, with their colour as a
 *  swatch and in words (for Markdown with supportHtml). */
export function annotatorLine(annotators: Annotators, name: string, own: boolean): string {
  const who = `${annotators.swatch(name)} **${escapeMd(name)}** (${colourName(annotators.colour(name))})`;
  return own ? `${who} · ${vscode.l10n.t('your annotation')}` : who;
}

export function summary(annotation: Annotation, actors?: ActorDirectory): string {
  const a = shown(annotation, actors);
  switch (a.kind) {
    case 'claim':
      return a.claim.paraphrase ? `${a.claim.claimant}: ${a.claim.paraphrase}` : a.claim.claimant;
    case 'stance':
      return stanceWords(a.stance.holder, a.stance.polarity, a.stance.target);
    case 'source':
      return `${a.source.sourceName} (${sourceTypeLabel(a.source.sourceType)}, ${relationLabel(a.source.relation)})`;
  }
}

/** A stance in words ("Lavrov for BRICS"): signs such as ＋/－ depend on the fonts
 *  installed (they showed as empty boxes on a stock Debian machine) and a tree label
 *  cannot show a codicon inside its text; words also read aloud as they are. */
function stanceWords(holder: string, p: 'favor' | 'against' | 'neutral', target: string): string {
  return p === 'favor' ? vscode.l10n.t('{0} for {1}', holder, target) : p === 'against' ? vscode.l10n.t('{0} against {1}', holder, target) : vscode.l10n.t('{0} neutral on {1}', holder, target);
}

/** `text` on one line, cut to `max` characters with "…": how every view and message
 *  quotes a passage or a name (annotations, curation, agreement). Headlines are cut at a
 *  word instead (core/text/clip.ts clipAtWord): they are a title, not a quote. */
export function excerpt(text: string, max = 48): string {
  return clipLine(text, max);
}

export function kindIcon(a: Annotation): string {
  if (a.needsReview) return 'warning';
  if (a.status === 'suggested') return 'lightbulb';
  if (a.status === 'rejected') return 'circle-slash';
  return a.kind === 'claim' ? 'comment-discussion' : a.kind === 'stance' ? 'law' : 'link-external';
}

export function fieldsMarkdown(annotation: Annotation, actors?: ActorDirectory): string[] {
  const a = shown(annotation, actors);
  const rows: Array<[string, string | undefined]> = [];
  switch (a.kind) {
    case 'claim':
      rows.push([vscode.l10n.t('Claimant'), a.claim.claimant], [vscode.l10n.t('Paraphrase'), a.claim.paraphrase],
        [vscode.l10n.t('Check-worthiness'), a.claim.checkWorthiness], [vscode.l10n.t('Verdict'), a.claim.verdict]);
      break;
    case 'stance':
      rows.push([vscode.l10n.t('Holder'), a.stance.holder], [vscode.l10n.t('Target'), a.stance.target],
        [vscode.l10n.t('Polarity'), a.stance.polarity], [vscode.l10n.t('Intensity'), a.stance.intensity?.toString()]);
      break;
    case 'source':
      rows.push([vscode.l10n.t('Source'), a.source.sourceName], [vscode.l10n.t('Type'), sourceTypeLabel(a.source.sourceType)],
        [vscode.l10n.t('Relation'), relationLabel(a.source.relation)]);
      break;
  }
  const actor = actors && resolveAnnotationActor(actors, a);
  if (actor?.state === 'unknown-id' && actor.id) {
    rows.splice(1, 0, [vscode.l10n.t('Actor id'), vscode.l10n.t('{0} (not in the knowledge base)', actor.id)]);
  }
  rows.push([vscode.l10n.t('Status'), a.status], [vscode.l10n.t('Annotator'), a.annotator], [vscode.l10n.t('Note'), a.note],
    [vscode.l10n.t('Tags'), a.tags.length ? a.tags.join(', ') : undefined]);
  return [`**${KIND_LABELS[a.kind]()}**${a.needsReview ? ` — $(warning) ${vscode.l10n.t('needs review: the text changed under it')}` : ''}`, '',
    ...rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `- ${k}: ${escapeMd(v as string)}`)];
}

export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
