// "tidak ada THR", "Data VDR sudah diserahkan", "membeli AC", "armada ATR", "lewat DM": an
// acronym the KB does not know, right after a lower-case word of the sentence, is most often
// a thing the sentence talks about (an allowance, a device, an aircraft type, a message), and
// only sometimes a body. Named bodies come with words that say so: a word before them that
// points to an actor ("kepada ABC", "dari PDAM", "pihak BPR", "dihubungi BH", "stasiun radio
// RFI", "Ketua …", "klub …"), or a verb after them whose subject they are ("PSIS tertahan",
// "DTEK menyebut"). An acronym with neither is a weak mention: an actor only where the
// article confirms it (the same acronym as a sure mention or defined in brackets elsewhere,
// the first word of a body named in full, a region by its initials: link.ts). Where no
// lower-case word stands before it (a sentence's or line's start, after a comma, in
// brackets, in a title-case headline), or it has a football club's initials ("PSM"), the
// rules decide as before (issue 13, actors51b:
// seventeen dev articles had such an acronym typed ORG).
import { wordAfter, wordBefore } from '../../text/chars';
import { isSentenceInitial } from './ctx';
import { isClubInitialsAt } from '../club-short-name';
import type { LocalMention } from '../mention';
import { ACRONYM_BODY_CUE_WORDS, ASSOCIATION_HEAD_WORDS, LIST_JOINER_WORDS, MEMBER_TRADE_WORDS, NOUNS_BEFORE_NAME_WORDS, ORG_CUE_WORDS, PERSON_ROLE_WORDS, PREFIXED_NOT_VERB_WORDS,
  POST_CUE_WORDS, SENTENCE_STARTER_WORDS, SPEECH_VERB_WORDS, TITLE_HEAD_WORDS, TITLE_WORD_WORDS, VERB_ADVERB_WORDS } from '../lexicon';

/** The unknown acronym at p[start, end) stands right after a lower-case word that points to
 *  no actor (nor joins it to an actor just found: `out`), and no verb follows whose subject
 *  it is. */
export function acronymWithoutBodyEvidence(p: string, start: number, end: number, out: readonly LocalMention[] = []): boolean {
  // ("menahan PSM", "menghormati PSIS": a football club's initials are a club's, club-short-name.ts)
  if (isClubInitialsAt(p, start, end)) return false;
  const before = wordBefore(p, start);
  if (before === null || before.end !== start - 1 || p.charCodeAt(before.end) !== 32) return false;
  // ("\"Data VDR sudah …": a common word opening the sentence is one of its lower-case words)
  if (!isAsciiLower(p.charCodeAt(before.start)) &&
    !(SENTENCE_STARTER_WORDS.hasAt(p, before.start, before.end) && isSentenceInitial(p, before.start))) return false;
  if (actorCueAt(p, before.start, before.end) || joinedToActor(p, before.start, before.end, out)) return false;
  return !subjectOfVerbAfter(p, end);
}

/** "Bupati dan DPRD", "KPU atau Bawaslu": p[s, e) joins the acronym to a sure actor the
 *  paragraph found right before it (a weak one is no evidence: "STNK dan BPKB"). */
function joinedToActor(p: string, s: number, e: number, out: readonly LocalMention[]): boolean {
  if (!LIST_JOINER_WORDS.hasAt(p, s, e)) return false;
  const last = out[out.length - 1];
  return last !== undefined && last.source !== 'weak' && last.end === s - 1;
}

/** The lower-case word p[s, e) points to an actor after it: a preposition or noun of actors
 *  (ACRONYM_BODY_CUES), a title, a role or trade ("ketua", "pelatih", "anggota"), a body's
 *  noun ("klub", "manajemen", "asosiasi"), a reporting cue ("tulis", "kata"), or a passive
 *  verb whose agent follows ("dihubungi", "disepakati"). */
function actorCueAt(p: string, s: number, e: number): boolean {
  if (ACRONYM_BODY_CUE_WORDS.hasAt(p, s, e) || TITLE_HEAD_WORDS.hasAt(p, s, e) || TITLE_WORD_WORDS.hasAt(p, s, e) ||
    PERSON_ROLE_WORDS.hasAt(p, s, e) || MEMBER_TRADE_WORDS.hasAt(p, s, e) || ORG_CUE_WORDS.hasAt(p, s, e) ||
    NOUNS_BEFORE_NAME_WORDS.hasAt(p, s, e) || ASSOCIATION_HEAD_WORDS.hasAt(p, s, e) || POST_CUE_WORDS.hasAt(p, s, e) ||
    SPEECH_VERB_WORDS.hasAt(p, s, e)) return true;
  return passiveVerbAt(p, s, e);
}

/** "dihubungi", "disepakati", "dikelola": a passive verb (di- and a stem of four letters or
 *  more), whose agent stands right after it. */
function passiveVerbAt(p: string, s: number, e: number): boolean {
  return e - s >= 6 && p.charCodeAt(s) === 100 /* d */ && p.charCodeAt(s + 1) === 105 /* i */;
}

/** A verb follows p[..end) (after an adverb, "juga"), whose subject the acronym is: a
 *  reporting verb, or an active or stative verb by its prefix (me-, ber-, ter-). */
function subjectOfVerbAfter(p: string, end: number): boolean {
  if (p.charCodeAt(end) !== 32) return false;
  let verb = wordAfter(p, end);
  if (verb !== null && VERB_ADVERB_WORDS.hasAt(p, verb.start, verb.end)) verb = wordAfter(p, verb.end);
  if (verb === null) return false;
  if (SPEECH_VERB_WORDS.hasAt(p, verb.start, verb.end)) return true;
  // ("THR tersebut", "VDR terkait kecelakaan": a demonstrative or a preposition with a verb's prefix)
  if (PREFIXED_NOT_VERB_WORDS.hasAt(p, verb.start, verb.end)) return false;
  return verb.end - verb.start >= 6 && /^(?:me|ber|ter)/.test(p.slice(verb.start, verb.start + 3));
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
