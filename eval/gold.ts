/** Loading and validating a gold directory (`*.gold.json` + the articles they point to). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeText } from '../src/core/text/decode';
import { ACTOR_TYPES, type GoldDocument, type GoldFile } from './gold-types';

export const GOLD_SUFFIX = '.gold.json';

/** A gold article's text, decoded as the extension and the CLI decode it (gold offsets
 *  must count in the same text); a file they refuse is a broken gold set. */
export function goldArticleText(bytes: Uint8Array, path: string): string {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(`${path}: ${decoded.message}`);
  return decoded.text;
}

/** Any file of the gold set (article, gold JSON, markup, lexicon) read as text the same way. */
export function readGoldFile(path: string): string {
  return goldArticleText(readFileSync(path), path);
}

/** Checks a parsed gold file against its article; returns the problems found (empty = valid). */
export function validateGold(file: unknown, articleText: string): string[] {
  const problems: string[] = [];
  if (typeof file !== 'object' || file === null) return ['not a JSON object'];
  const f = file as Partial<GoldFile>;
  if (!Array.isArray(f.actors)) problems.push('"actors" must be an array');
  if (!Array.isArray(f.quotes)) problems.push('"quotes" must be an array');
  if (problems.length) return problems;
  const checkSpan = (kind: string, i: number, x: { start?: unknown; end?: unknown; text?: unknown }) => {
    if (!Number.isInteger(x.start) || !Number.isInteger(x.end) || (x.start as number) < 0 ||
        (x.end as number) <= (x.start as number) || (x.end as number) > articleText.length) {
      problems.push(`${kind}[${i}]: bad offsets ${String(x.start)}..${String(x.end)}`);
      return;
    }
    const actual = articleText.slice(x.start as number, x.end as number);
    if (actual !== x.text) problems.push(`${kind}[${i}]: text ${JSON.stringify(x.text)} but the article has ${JSON.stringify(actual)}`);
  };
  f.actors!.forEach((a, i) => {
    checkSpan('actors', i, a);
    if (!ACTOR_TYPES.includes(a.type)) problems.push(`actors[${i}]: unknown type ${JSON.stringify(a.type)}`);
    if (typeof a.canonical !== 'string' || a.canonical === '') problems.push(`actors[${i}]: missing canonical`);
  });
  // A speaker is one of the article's actors, named by its canonical name ("?" marks a
  // draft speaker not yet resolved): a typo here would score every prediction wrong.
  const canonicals = new Set(f.actors!.map((a) => a.canonical));
  const checkSpeaker = (kind: string, i: number, speaker: unknown): void => {
    if (speaker !== null && typeof speaker !== 'string') problems.push(`${kind}[${i}]: speaker must be a string or null`);
    else if (typeof speaker === 'string' && speaker !== '?' && !canonicals.has(speaker)) {
      problems.push(`${kind}[${i}]: speaker ${JSON.stringify(speaker)} is no actor's canonical name in this article`);
    }
  };
  f.quotes!.forEach((q, i) => {
    checkSpan('quotes', i, q);
    checkSpeaker('quotes', i, q.speaker);
  });
  const sorted = [...f.actors!].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) problems.push(`actors overlap: "${sorted[i - 1].text}"@${sorted[i - 1].start} and "${sorted[i].text}"@${sorted[i].start}`);
  }
  const sq = [...f.quotes!].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sq.length; i++) {
    if (sq[i].start < sq[i - 1].end) problems.push(`quotes overlap at ${sq[i].start}`);
  }
  if (f.reported !== undefined) {
    if (!Array.isArray(f.reported)) return [...problems, '"reported" must be an array when present'];
    f.reported.forEach((r, i) => {
      checkSpan('reported', i, r);
      checkSpeaker('reported', i, r.speaker);
    });
    const sr = [...f.reported].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sr.length; i++) {
      if (sr[i].start < sr[i - 1].end) problems.push(`reported statements overlap at ${sr[i].start}`);
    }
  }
  return problems;
}

/** Loads every gold file of a directory, sorted by name; throws one message listing all problems. */
export function loadGoldDir(dir: string): GoldDocument[] {
  const root = resolve(dir);
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => n.endsWith(GOLD_SUFFIX)).sort();
  } catch (e) {
    throw new Error(`cannot read gold directory ${root}: ${(e as Error).message}`, { cause: e });
  }
  if (names.length === 0) throw new Error(`no *${GOLD_SUFFIX} files in ${root}`);
  const docs: GoldDocument[] = [];
  const problems: string[] = [];
  for (const n of names) {
    const path = join(root, n);
    let file: GoldFile;
    try {
      file = JSON.parse(readGoldFile(path)) as GoldFile;
    } catch (e) {
      problems.push(`${path}: ${(e as Error).message}`);
      continue;
    }
    if (typeof file?.text !== 'string') {
      problems.push(`${path}: "text" must be the article's path relative to the gold file`);
      continue;
    }
    const articlePath = resolve(root, file.text);
    let articleText: string;
    try {
      articleText = goldArticleText(readFileSync(articlePath), articlePath);
    } catch (e) {
      problems.push(`${path}: cannot read article ${articlePath}: ${(e as Error).message}`);
      continue;
    }
    const bad = validateGold(file, articleText);
    if (bad.length) {
      problems.push(...bad.map((p) => `${path}: ${p}`));
      continue;
    }
    docs.push({
      name: n.slice(0, -GOLD_SUFFIX.length), articleText, actors: file.actors, quotes: file.quotes,
      ...(file.reported ? { reported: file.reported } : {}),
    });
  }
  if (problems.length) throw new Error(`invalid gold set:\n  ${problems.join('\n  ')}`);
  return docs;
}
