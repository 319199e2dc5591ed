// The UI strings, translated by the extension (vscode.l10n.t) and handed to the page in
// its data-strings attribute; "{0}" placeholders as in vscode.l10n.t.
export type Strings = Record<string, string>;

let strings: Strings = {};

export function setStrings(s: Strings): void {
  strings = s;
}

export function t(key: string, ...args: Array<string | number>): string {
  const template = strings[key] ?? key;
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
}
