/**
 * Rule 4b of the curated layer (apply.ts): the short names after a full name the
 * researcher decided. When the recognizer finds a full name itself ("Arif Nasution"), it
 * links the later "Arif", "Nasution" to it (recognize/link.ts, coreference); when it missed
 * the name and the researcher marked it ("Mark Selection as Actor…"), or relinked it to
 * another identity, the recognizer's mentions after it that are part of it, as whole words,
 * follow the researcher's identity. The mentions stay undecided (`followed`, like a speaker
 * that follows a correction of its mention: follow.ts): the researcher decided the full
 * name, not them. Rule 5 then moves the speakers that came through them.
 *
 * Left alone: a mention the researcher decided; one before the full name; one the
 * recognizer linked to a person the article names in full before it ("Budi" of an earlier
 * "Budi Hartono"; "Arif" of a recognized "Arif Lubis"); one that two names the researcher
 * decided before it both contain (which of them it is, the researcher says).
 *
 * Cost: one walk over the mentions in text order; decided names are indexed by their words
 * (as link.ts indexes the article's names by token), and each distinct text of a person's
 * mention is compared once with each decided name sharing its first word (a cache per text).
 */
import { containsName } from '../recognize/link';
import type { CuratedMention } from './types';

/** What the decided full names before a point say about one mention text. */
interface Match {
  /** How many of the decided names sharing its first word (in text order) were compared. */
  compared: number;
  /** The one decided name containing it, null when names of two identities do. */
  name: CuratedMention | null | undefined;
}

/** `actors` in text order; a new array when a mention follows, else the same one. */
export function followFullNames(actors: readonly CuratedMention[]): CuratedMention[] {
  // The full names the researcher decided so far, in text order, by each of their words.
  const decidedByWord = new Map<string, CuratedMention[]>();
  // The identities of the people named in full so far (two words or more), as curated.
  const namedInFull = new Set<string>();
  const matches = new Map<string, Match>();
  let out: CuratedMention[] | undefined;
  for (let i = 0; i < actors.length; i++) {
    let m = actors[i];
    if (m.type !== 'PER') continue;
    if (decidedByWord.size > 0 && m.provenance === 'machine' && !namedInFull.has(m.canonical)) {
      const full = decidedNameContaining(m.text, decidedByWord, matches);
      if (full && full.canonical !== m.canonical) {
        m = followName(m, full);
        (out ??= actors.slice())[i] = m;
      }
    }
    if (firstWordEnd(m.text) === m.text.length) continue;
    namedInFull.add(m.canonical);
    if (m.provenance === 'machine' || m.provenance === 'followed') continue;
    for (const w of new Set(m.text.split(WORD_GAP))) {
      const list = decidedByWord.get(w);
      if (list) list.push(m);
      else decidedByWord.set(w, [m]);
    }
  }
  return out ?? (actors as CuratedMention[]);
}

/** The gap between the words of a name (link.ts's containsName parts them so). */
export const WORD_GAP = /[ \u00a0]/;

/** Where the first word of a name ends (its length for a one-word name). */
export function firstWordEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0) return i;
  }
  return text.length;
}

/** The one decided name, among those before, that contains `text` as whole words and is
 *  longer; null when two identities' names do. */
function decidedNameContaining(text: string, decidedByWord: ReadonlyMap<string, readonly CuratedMention[]>, matches: Map<string, Match>): CuratedMention | null | undefined {
  const sharing = decidedByWord.get(text.slice(0, firstWordEnd(text)));
  if (sharing === undefined) return undefined;
  let match = matches.get(text);
  if (match === undefined) {
    match = { compared: 0, name: undefined };
    matches.set(text, match);
  }
  for (; match.compared < sharing.length && match.name !== null; match.compared++) {
    const full = sharing[match.compared];
    if (full.text.length <= text.length || !containsName(full.text, text)) continue;
    if (match.name === undefined) match.name = full;
    else if (match.name.canonical !== full.canonical) match.name = null;
  }
  return match.name;
}

function followName(m: CuratedMention, full: CuratedMention): CuratedMention {
  const out: CuratedMention = { start: m.start, end: m.end, text: m.text, type: m.type, canonical: full.canonical, provenance: 'followed' };
  if (full.entityId !== undefined) out.entityId = full.entityId;
  if (full.by !== undefined) out.by = full.by;
  if (full.correctionId !== undefined) out.correctionId = full.correctionId;
  return out;
}
