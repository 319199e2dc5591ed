/**
 * Counted messages without "file(s)". English has a singular and a plural; Indonesian
 * marks no plural, so its translations of the two forms simply read the same.
 * vscode.l10n.t extracts literal strings only, so a caller writes both messages, each
 * through l10n.t, and this picks one:
 *   byCount(n, () => l10n.t('1 article'), () => l10n.t('{0} articles', n))
 */
export function byCount<T>(n: number, one: () => T, other: () => T): T {
  return n === 1 ? one() : other();
}

/** English-only counted nouns (the CLI, notes made by the core): "1 file", "3 files". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
