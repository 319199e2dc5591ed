// Counted nouns of the UI, translated: "1 article" / "3 articles" (Indonesian reads the
// same for both). Messages with several counts put these phrases into their places,
// so no message needs "article(s)". core/text/plural.ts explains the choice.
import * as vscode from 'vscode';
import { byCount } from '../core/text/plural';

export const articles = (n: number): string => byCount(n, () => vscode.l10n.t('1 article'), () => vscode.l10n.t('{0} articles', n));
export const actors = (n: number): string => byCount(n, () => vscode.l10n.t('1 actor'), () => vscode.l10n.t('{0} actors', n));
export const mentions = (n: number): string => byCount(n, () => vscode.l10n.t('1 mention'), () => vscode.l10n.t('{0} mentions', n));
export const quotes = (n: number): string => byCount(n, () => vscode.l10n.t('1 quote'), () => vscode.l10n.t('{0} quotes', n));
export const statements = (n: number): string => byCount(n, () => vscode.l10n.t('1 statement'), () => vscode.l10n.t('{0} statements', n));
export const annotations = (n: number): string => byCount(n, () => vscode.l10n.t('1 annotation'), () => vscode.l10n.t('{0} annotations', n));
export const files = (n: number): string => byCount(n, () => vscode.l10n.t('1 file'), () => vscode.l10n.t('{0} files', n));

/** The button that opens an operation's notes. */
export const showNotes = (n: number): string => byCount(n, () => vscode.l10n.t('Show 1 Note'), () => vscode.l10n.t('Show {0} Notes', n));
