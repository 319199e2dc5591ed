// Files a command could not read, named in one warning: the first three and how many more.
import * as vscode from 'vscode';
import { firstFew } from '../core/text/first-few';

export function listedProblems(problems: readonly string[]): string {
  return firstFew(problems, 3, (n) => vscode.l10n.t('and {0} more', n));
}
