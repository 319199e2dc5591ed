// A source's type and relation in the display language: one owner for the pickers that
// set them (annotations/flows.ts) and the rows, labels and hovers that show them
// (describe.ts), so "official, direct" never shows in English beside Indonesian words.
import * as vscode from 'vscode';
import type { SourceFields, SourceType } from '../../../core/annotations';

/** Each source type's label (literal keys: the l10n bundle is extracted from them). */
const SOURCE_TYPE_LABELS: Record<SourceType, () => string> = {
  'official': () => vscode.l10n.t('official'),
  'news agency': () => vscode.l10n.t('news agency'),
  'media': () => vscode.l10n.t('media'),
  'document': () => vscode.l10n.t('document'),
  'social media': () => vscode.l10n.t('social media'),
  'anonymous': () => vscode.l10n.t('anonymous'),
};

const RELATION_LABELS: Record<SourceFields['relation'], () => string> = {
  direct: () => vscode.l10n.t('direct'),
  reported: () => vscode.l10n.t('reported'),
};

/** The label of a source type; a type a project's config adds beyond the schema's is shown as written. */
export function sourceTypeLabel(type: SourceType): string {
  return SOURCE_TYPE_LABELS[type]?.() ?? type;
}

export function relationLabel(relation: SourceFields['relation']): string {
  return RELATION_LABELS[relation]?.() ?? relation;
}
