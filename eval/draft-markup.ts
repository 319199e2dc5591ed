/**
 * Drafts a markup file for a new gold article so the annotator starts from a proposal instead
 * of a blank page. The draft is NOT gold: every mention, quote boundary and speaker must be
 * reviewed by hand (speakers the drafter cannot guess are written as "?", which the gold build
 * keeps as a literal name, so a forgotten one shows up as a speaker error, never silently).
 *
 *   npx tsx eval/draft-markup.ts ARTICLE.txt TEXT-PATH-IN-FRONT-MATTER > eval/gold/markup/NAME.md
 *
 * Mentions come from eval/gold/lexicon.tsv (surface TAB type TAB canonical [TAB article-name]),
 * longest match first, at word boundaries; clitics -lah/-kah/-pun after a name are left out.
 */
import { basename, join } from 'node:path';
import type { ActorType } from '../src/core/recognize/types';
import { readGoldFile } from './gold';
import type { GoldActor, GoldQuote } from './gold-types';
import { renderMarkup } from './markup';

export interface LexiconEntry { surface: string; type: ActorType; canonical: string; only?: string }

export function parseLexicon(tsv: string): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [i, line] of tsv.replace(/\r\n/g, '\n').split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [surface, type, canonical, only] = line.split('\t');
    if (!surface || !['PER', 'ORG', 'GPE'].includes(type) || !canonical) throw new Error(`lexicon line ${i + 1}: "${line}"`);
    out.push({ surface, type: type as ActorType, canonical, ...(only ? { only } : {}) });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
const CLITIC = /^(lah|kah|pun|nya)(?![\p{L}\p{N}])/u;

export function draftActors(text: string, lexicon: readonly LexiconEntry[], article: string): GoldActor[] {
  const entries = lexicon
    .filter((e) => !e.only || e.only === article)
    // Article-specific entries win over global ones with the same surface.
    .sort((a, b) => b.surface.length - a.surface.length || Number(Boolean(b.only)) - Number(Boolean(a.only)));
  const taken = new Uint8Array(text.length);
  const actors: GoldActor[] = [];
  for (const e of entries) {
    for (let i = text.indexOf(e.surface); i >= 0; i = text.indexOf(e.surface, i + 1)) {
      const end = i + e.surface.length;
      if (i > 0 && WORD.test(text[i - 1])) continue;
      if (end < text.length && WORD.test(text[end]) && !CLITIC.test(text.slice(end))) continue;
      if (taken.subarray(i, end).some((x) => x === 1)) continue;
      taken.fill(1, i, end);
      actors.push({ start: i, end, text: e.surface, type: e.type, canonical: e.canonical });
    }
  }
  return actors.sort((a, b) => a.start - b.start);
}

const ATTRIBUTION = /^[\s,.]*(?:kata|ujar|ucap|tutur|ungkap|tegas|tulis|jelas|sebut|lanjut)\s+([^,.]+)/;
const ANAPHOR = /^[\s,.]*(?:katanya|ujarnya|ucapnya|tuturnya|tambahnya|imbuhnya|lanjutnya|tegasnya|ungkapnya|jelasnya)/;

/** Pairs quotation marks paragraph by paragraph; an unclosed quote runs to the paragraph end. */
export function draftQuotes(text: string, actors: readonly GoldActor[]): GoldQuote[] {
  const quotes: GoldQuote[] = [];
  let previous: string | null = null;
  const paragraphs = /[^\r\n]+/g;
  for (let m = paragraphs.exec(text); m; m = paragraphs.exec(text)) {
    const para = m[0];
    let i = 0;
    while (i < para.length) {
      const c = para[i];
      const isOpen = c === '“' || c === '"' || c === '‘' || (c === "'" && (i === 0 || /\s/.test(para[i - 1])));
      if (!isOpen) { i++; continue; }
      const closers = c === '‘' || c === "'" ? ['’', "'"] : ['”', '"'];
      let j = i + 1;
      while (j < para.length && !(closers.includes(para[j]) && (j + 1 === para.length || !WORD.test(para[j + 1])))) j++;
      const start = m.index + i;
      const end = m.index + Math.min(j + 1, para.length);
      const after = text.slice(end, end + 80);
      let speaker: string | null = '?';
      const attr = ATTRIBUTION.exec(after);
      if (attr) {
        const who = actors.find((a) => a.start >= end && a.start < end + 80 && attr[1].includes(a.text));
        if (who) speaker = who.canonical;
      } else if (ANAPHOR.test(after) && previous) speaker = previous;
      quotes.push({ start, end, text: text.slice(start, end), speaker });
      if (speaker !== '?') previous = speaker;
      i = j + 1;
    }
  }
  return quotes;
}

/** Drops mentions inside a quote's marks only when they would straddle its boundary. */
function consistent(actors: GoldActor[], quotes: GoldQuote[]): GoldActor[] {
  return actors.filter((a) => !quotes.some((q) => (a.start < q.start && a.end > q.start) || (a.start < q.end && a.end > q.end)));
}

if (require.main === module) {
  const [articlePath, textPath] = process.argv.slice(2);
  if (!articlePath || !textPath) {
    console.error('usage: npx tsx eval/draft-markup.ts ARTICLE.txt TEXT-PATH-IN-FRONT-MATTER');
    process.exit(2);
  }
  const raw = readGoldFile(articlePath);
  const crlf = raw.includes('\r\n');
  const text = raw.replace(/\r\n/g, '\n');
  const lexicon = parseLexicon(readGoldFile(join(__dirname, 'gold', 'lexicon.tsv')));
  const actors = draftActors(text, lexicon, basename(articlePath, '.txt'));
  const quotes = draftQuotes(text, actors);
  process.stdout.write(`---\ntext: ${textPath}\n${crlf ? 'eol: crlf\n' : ''}---\n` + renderMarkup(text, consistent(actors, quotes), quotes));
}
