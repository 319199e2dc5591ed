// The measure behind the KB's bare-name exclusions, shared by the tests of the regions'
// bare names and of the foreign categories' one-word aliases: a name that is a word of the
// recognizer's lexicon, a word of a KB person's name, or a word the project's own texts use
// in lower case is not evidence of a place or body when capitalised.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILTIN_KB_FILES } from '../../../src/core/kb';
import * as lexicon from '../../../src/core/recognize/lexicon';

const ROOT = resolve(__dirname, '..', '..', '..');

/** "<name>: <reason>" for every one-word name among `names` that collides with a word. */
export function wordCollisions(names: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const v of Object.values(lexicon)) if (v instanceof Set) for (const w of v) words.add(String(w).toLowerCase());
  const personWords = new Set<string>();
  for (const f of Object.values(BUILTIN_KB_FILES)) for (const e of f.entities) if (e.type === 'PER') for (const a of e.aliases ?? []) for (const t of a.split(' ')) personWords.add(t);
  let text = '';
  for (const dir of ['samples', 'eval/gold/texts', 'eval/gold-new/dev/texts']) {
    for (const f of readdirSync(join(ROOT, dir))) if (f.endsWith('.txt')) text += readFileSync(join(ROOT, dir, f), 'utf8') + '\n';
  }
  const lowerWords = new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'-]*/gu) ?? []);
  const problems: string[] = [];
  for (const b of names) {
    if (b.includes(' ')) continue;
    if (words.has(b.toLowerCase())) problems.push(`${b}: lexicon word`);
    if (personWords.has(b)) problems.push(`${b}: part of a KB person's name`);
    if (lowerWords.has(b.toLowerCase())) problems.push(`${b}: lower-case word in the texts`);
  }
  return problems;
}
