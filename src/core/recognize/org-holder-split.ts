// "Direktur Utama PT Andalas Lintas Samudra Martin Parulian Sihombing mengatakan …",
// "Ketua Kelompok Tani Karya Bersama Yakola mengatakan …": a title, an organisation the
// KB does not know and its holder's name, with no comma between the two names. The
// paragraph pass cannot tell where the organisation ends: it glues the holder into the
// organisation, or takes the organisation's last words into the holder's name. The article
// can tell, by how it names the same two elsewhere: the organisation alone ("PT Andalas
// Lintas Samudra kembali memberangkatkan …"), and the person by one name ("kata Martin",
// "kata Sugianto"), as Indonesian news does after the first mention. Link pass, before
// people are resolved, so that the later mentions find the full name.
import { countBlanks, isCapitalised, wordsOf } from '../text/words';
import { isWordChar } from '../text/chars';
import { WORD_NAMED_GROUP_HEADS } from './lexicon';
import { classProbs, nameScorer, O, modelMargins } from './name-model';
import { readsAsHolderName } from './holder-name';
import type { ActorMention } from './types';

/** What the link pass tells about mention k. */
export interface HolderMentionFacts {
  /** Found by a rule or weakly (not a KB name), and still in the result. */
  unknown(k: number): boolean;
  kept(k: number): boolean;
  keep(k: number): void;
}

/** The organisation is a group named by common words (WORD_NAMED_GROUP_HEADS): a government
 *  office or a company ends elsewhere (in its region, its legal form), and the words after
 *  it are a person's even when the model reads them as common words ("Dinas … Kota Medan
 *  Sahat Purba"). */
function namedByCommonWords(body: string): boolean {
  const sp = body.indexOf(' ');
  return sp > 0 && WORD_NAMED_GROUP_HEADS.has(body.slice(0, sp).toLowerCase());
}

const PROBS = classProbs();

/**
 * Cuts the holder's name out of an organisation that another mention names alone, when the
 * article names the holder by their first or last word elsewhere; moves the leading words
 * of a holder's name that are common words into the organisation right before it, when the
 * article names the holder by the rest. Returns the organisations cut off (in text order).
 */
export function splitOrganisationHolders(text: string, ms: ActorMention[], facts: HolderMentionFacts): ActorMention[] {
  const extra: ActorMention[] = [];
  // (most articles have neither case: they are looked for before any table is made)
  if (!ms.some((_, k) => candidate(text, ms, k, facts))) return extra;
  // People named by one word, and organisations named alone (by their first word).
  let oneWordPeople: Set<string> | undefined;
  let people: Set<string> | undefined;
  let bodies: Map<string, ActorMention[]> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!facts.kept(k)) continue;
    const spaced = m.text.indexOf(' ') > 0;
    if (m.type === 'PER') {
      if (!spaced) (oneWordPeople ??= new Set()).add(m.text);
    } else if (m.type === 'ORG' && spaced) {
      bodies ??= new Map();
      const first = m.text.slice(0, m.text.indexOf(' '));
      const list = bodies.get(first);
      if (list === undefined) bodies.set(first, [m]);
      else if (!list.some((b) => b.text === m.text)) list.push(m);
    }
  }
  // (no one named by one word: only a holder's name the model reads as one is cut off)
  if (oneWordPeople === undefined && bodies === undefined) return extra;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!candidate(text, ms, k, facts)) continue;
    if (m.type === 'ORG' && bodies !== undefined) {
      const cut = bodyAlone(text, m, bodies, oneWordPeople);
      if (cut === null) continue;
      const glued = m.canonical;
      const canonical = cut.canonical === glued ? cut.text : cut.canonical;
      extra.push({ start: m.start, end: m.start + cut.text.length, text: cut.text, type: 'ORG', canonical });
      const rest = m.text.slice(cut.text.length + 1);
      m.start += cut.text.length + 1;
      m.text = rest;
      m.type = 'PER';
      m.canonical = rest;
      delete m.entityId;
      facts.keep(k);
      // (the organisation named alone was read as a short form of the glued name)
      for (const b of ms) if (b.type === 'ORG' && b.canonical === glued && b !== m) b.canonical = canonical;
    } else if (m.type === 'PER' && oneWordPeople !== undefined) {
      const body = ms[k - 1];
      // (people of more words only for this rarer case: a long text names a great many)
      people ??= peopleOfWords(ms, facts);
      const moved = commonLeadingWords(text, m, oneWordPeople, people);
      if (moved === 0) continue;
      const keptBody = body.canonical === body.text;
      body.end = m.start + moved;
      body.text = text.slice(body.start, body.end);
      if (keptBody) body.canonical = body.text;
      m.start += moved + 1;
      m.text = text.slice(m.start, m.end);
      m.canonical = m.text;
      delete m.entityId;
    }
  }
  return extra;
}

function peopleOfWords(ms: readonly ActorMention[], facts: HolderMentionFacts): Set<string> {
  const people = new Set<string>();
  for (let k = 0; k < ms.length; k++) if (ms[k].type === 'PER' && facts.kept(k) && ms[k].text.indexOf(' ') > 0) people.add(ms[k].text);
  return people;
}

/** Mention k may be one of the two cases: an unknown organisation of four words or more
 *  (a body of two and a holder of two), or an unknown person right after an unknown group
 *  named by common words. */
function candidate(text: string, ms: readonly ActorMention[], k: number, facts: HolderMentionFacts): boolean {
  const m = ms[k];
  if (m.type === 'ORG') return facts.unknown(k) && countBlanks(m.text, 3) >= 3;
  if (m.type !== 'PER' || k === 0 || !facts.unknown(k) || !facts.unknown(k - 1)) return false;
  const body = ms[k - 1];
  return body.type === 'ORG' && body.end + 1 === m.start && text.charCodeAt(body.end) === 32 && m.text.indexOf(' ') > 0 && namedByCommonWords(body.text);
}

/** The organisation named alone elsewhere that `m` starts with (the longest), when the rest
 *  is two capitalised words or more of which the first or the last names a person alone
 *  elsewhere ("… Martin Parulian Sihombing", "kata Martin"), or which read as a person's
 *  name (holder-name.ts: "… Hendra Wijaya Lim" named once); else null. */
function bodyAlone(text: string, m: ActorMention, bodies: Map<string, ActorMention[]>, oneWordPeople: Set<string> | undefined): ActorMention | null {
  const sp = m.text.indexOf(' ');
  if (sp < 0) return null;
  let best: ActorMention | null = null;
  for (const b of bodies.get(m.text.slice(0, sp)) ?? []) {
    if (b.text.length + 1 >= m.text.length || !m.text.startsWith(b.text) || m.text.charCodeAt(b.text.length) !== 32) continue;
    if (best !== null && best.text.length >= b.text.length) continue;
    const rest = wordsOf(m.text.slice(b.text.length + 1));
    if (rest.length < 2 || !rest.every(isCapitalised)) continue;
    if (oneWordPeople?.has(rest[0]) || oneWordPeople?.has(rest[rest.length - 1]) ||
        readsAsHolderName(text, m.start + b.text.length + 1, m.end, rest)) best = b;
  }
  return best;
}

/** The length of the leading words of person `m` that are common words (the name model,
 *  reading each alone, says no name) where the article names the person by the words after
 *  them ("Bersama Sugianto", "kata Sugianto"); 0 when there are none. */
function commonLeadingWords(text: string, m: ActorMention, oneWordPeople: Set<string>, people: Set<string> | undefined): number {
  const words = wordsOf(m.text);
  for (let t = 1; t < words.length; t++) {
    if (!commonWord(words[t - 1])) return 0;
    const rest = words.slice(t);
    if (rest.length === 1 ? oneWordPeople.has(rest[0]) : people?.has(rest.join(' '))) {
      // (the words as written, which may be spaced oddly)
      let end = 0;
      for (let w = 0; w < t; w++) {
        while (end < m.text.length && !isWordChar(m.text.charCodeAt(end))) end++;
        while (end < m.text.length && isWordChar(m.text.charCodeAt(end))) end++;
      }
      return text.charCodeAt(m.start + end) === 32 ? end : 0;
    }
  }
  return 0;
}

function commonWord(w: string): boolean {
  return nameScorer().score([w], [], [], PROBS)[O] >= modelMargins().orgHolderCommonWord;
}
