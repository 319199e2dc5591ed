// Other spellings of a person's name within one article (link pass): what the per-paragraph
// pass cannot know, since the full name stands in another paragraph.
import { isSentenceInitial } from './actors/ctx';
import type { ActorMention } from './types';

/** The first name written short: "Cok Wiradana" for "Cokorda Gede Wiradana", "Moh. Rizal"
 *  for "Mohammad Rizal Hakim". Among `names` (full names sharing the last token of `text`)
 *  the one whose last token is the same and whose first token starts with the short one;
 *  undefined when none or more than one does. Only two-token names with a short first
 *  token of two letters or more are read that way. */
export function fullNameOfShortFirst(text: string, names: readonly string[] | undefined): string | undefined {
  if (names === undefined) return undefined;
  const sp = text.indexOf(' ');
  if (sp < 2 || text.indexOf(' ', sp + 1) >= 0) return undefined;
  const first = text.endsWith('.', sp) ? text.slice(0, sp - 1) : text.slice(0, sp);
  const last = text.slice(sp + 1);
  let found: string | undefined;
  for (const name of names) {
    if (!name.endsWith(' ' + last) || !name.startsWith(first) || name.charCodeAt(first.length) === 32) continue;
    if (found !== undefined && found !== name) return undefined;
    found = name;
  }
  return found;
}

const ALL_CAPS_NAME = /^[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)+$/;

/** "DEDI KURNIAWAN" in a photo credit: a name in capitals, as it would be written in
 *  a sentence ("Dedi Kurniawan"), or undefined when it is not a name in capitals. */
export function capitalisedName(text: string): string | undefined {
  if (!ALL_CAPS_NAME.test(text)) return undefined;
  return text.toLowerCase().replace(/(^| )([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** "Agensi Han Seo-yeon, Starwave …": at a sentence start, a capitalised common noun before
 *  a person the article names elsewhere is no word of the name. Cuts that word off the
 *  unknown people (`unknown(k)`) of three tokens or more whose remainder is another
 *  person mention's text, unless the word starts another person's name too. */
export function trimNounBeforeKnownName(article: string, ms: ActorMention[], unknown: (k: number) => boolean): void {
  let candidates: number[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'PER' || !unknown(k)) continue;
    const sp = blankIn(m.text, 0);
    if (sp > 0 && blankIn(m.text, sp + 1) > 0 && isSentenceInitial(article, m.start)) (candidates ??= []).push(k);
  }
  if (candidates === undefined) return;
  const people = new Set<string>();
  const firstWords = new Set<string>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'PER') continue;
    people.add(m.text);
    const sp = blankIn(m.text, 0);
    if (!candidates.includes(k)) firstWords.add(sp < 0 ? m.text : m.text.slice(0, sp));
  }
  for (const k of candidates) {
    const m = ms[k];
    const sp = blankIn(m.text, 0);
    const rest = m.text.slice(sp + 1);
    if (!people.has(rest) || firstWords.has(m.text.slice(0, sp))) continue;
    m.start += sp + 1;
    if (m.canonical === m.text) m.canonical = rest;
    m.text = rest;
  }
}

/** The first space or no-break space in `s` from `from` on, or -1. */
function blankIn(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 0xa0) return i;
  }
  return -1;
}
