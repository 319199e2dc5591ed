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
 * Cost: one walk over the mentions in text order; each distinct text of a person's mention
 * is compared with each decided full name once (a cache per text), so m mentions and d
 * decided names cost O(m + t * d) for t distinct texts.
 */
import { containsName } from '../recognize/link';
import type { CuratedMention } from './types';

/** What the decided full names before a point say about one mention text. */
interface Match {
  /** How many decided names (in text order) were compared with the text. */
  compared: number;
  /** The one decided name containing it, null when names of two identities do. */
  name: CuratedMention | null | undefined;
}

/** `actors` in text order; a new array when a mention follows, else the same one. */
export function followFullNames(actors: readonly CuratedMention[]): CuratedMention[] {
  const decided: CuratedMention[] = [];
  // The identities of the people named in full so far (two words or more), as curated.
  const namedInFull = new Set<string>();
  const matches = new Map<string, Match>();
  let out: CuratedMention[] | undefined;
  for (let i = 0; i < actors.length; i++) {
    let m = actors[i];
    if (m.type !== 'PER') continue;
    if (decided.length > 0 && m.provenance === 'machine' && !namedInFull.has(m.canonical)) {
      const full = decidedNameContaining(m.text, decided, matches);
      if (full && full.canonical !== m.canonical) {
        m = followName(m, full);
        (out ??= actors.slice())[i] = m;
      }
    }
    if (!isFullName(m.text)) continue;
    namedInFull.add(m.canonical);
    if (m.provenance !== 'machine' && m.provenance !== 'followed') decided.push(m);
  }
  return out ?? (actors as CuratedMention[]);
}

/** The one decided name, among those before, that contains `text` as whole words and is
 *  longer; null when two identities' names do. */
function decidedNameContaining(text: string, decided: readonly CuratedMention[], matches: Map<string, Match>): CuratedMention | null | undefined {
  let match = matches.get(text);
  if (match === undefined) {
    match = { compared: 0, name: undefined };
    matches.set(text, match);
  }
  for (; match.compared < decided.length && match.name !== null; match.compared++) {
    const full = decided[match.compared];
    if (full.text.length <= text.length || !containsName(full.text, text)) continue;
    if (match.name === undefined) match.name = full;
    else if (match.name.canonical !== full.canonical) match.name = null;
  }
  return match.name;
}

function isFullName(text: string): boolean {
  return text.includes(' ') || text.includes('\u00a0');
}

function followName(m: CuratedMention, full: CuratedMention): CuratedMention {
  const out: CuratedMention = { start: m.start, end: m.end, text: m.text, type: m.type, canonical: full.canonical, provenance: 'followed' };
  if (full.entityId !== undefined) out.entityId = full.entityId;
  if (full.by !== undefined) out.by = full.by;
  if (full.correctionId !== undefined) out.correctionId = full.correctionId;
  return out;
}
