// Local (one-paragraph) attribution of quotes: which mention a cue points at, or that
// the cue is anaphoric, or that there is no cue. The article pass (link.ts) turns
// anaphora and missing cues into speakers using what came before. Also decides which
// quoted spans are quotes at all (scare quotes, coined names, words cited as words).
import { quoteClosingHeadline } from './headline-colon-quote';
import { CITATION_WORDS } from './cited-name-words';
import { personBeforeRelativeAside } from './relative-aside-subject';
import { speakerBeforeAddressee } from './colon-addressee';
import { passiveLabelSubject } from './passive-label';
import { capitalised, WEEKDAYS } from '../text/calendar-words';
import { countWords, isDash, isRegexWhitespace, isSpace, isUpper, isWordChar, wordAfter, wordBefore, wordEndFrom } from '../text/chars';
import { isLowerWordAt, LowerWordSet } from '../text/lower-word-set';
import {
  ANONYMOUS_SOURCE_WORDS, MINISTER_SHORT_TITLE_WORDS, PLACE_PREPOSITION_WORDS, POST_CUE_WORDS, SPEECH_VERB_WORDS, SPEECH_VERBS, SUBJECT_PRONOUN_WORDS, TITLE_HEAD_WORDS,
  VERB_ADVERBS,
} from './lexicon';
import { verbPastAdverbs } from './verb-adverbs';
import { definiteSubjectAt, descriptionHead } from './definite-subject';
import { titleAfterCue, titleSubjectAt } from './title-subject';
import { villageHeadRoleBefore } from './village-head-role';
import { relativeClauseVerb } from './relative-verb';
import { isAbbreviationDot, nextSentenceEnd, quoteEndsSentenceBeforeCapital, sentenceStartBefore } from './sentence-end';
import { degreeAsideEnd } from './degrees';
import { BODY_NOUN_WORDS } from './body-anaphor';
import { ownerOfUnnamedRelation, unnamedRelativeAt } from './unnamed-relative';
import { frontedAdjunctEnd, opensFrontedAdjunct, subjectAfterFrontedAdjunct } from './fronted-adjunct';
import { titleAfterFrontedAdjunct } from './adjunct-title-subject';
import { passiveSpeakers } from './passive-speaker';
import { MODERATOR_HEAD, moderatorAsks } from './moderator-question';
import { firstStartingAt, type LocalMention } from './mention';
import { pronounIn } from './pronoun';
import { companionBefore, companionBetween } from './companion-subject';
import { objectOfVerbBefore } from './object-person';
import { topicShiftOpens } from './topic-shift';
import { onlyPlacesBefore } from './place-before-subject';
import { apposedBodyBeforeVerb } from './apposed-speaker';
import { skipLead } from './reported/sentences';
import { SPEAKER_PASSIVES } from './reported/cues';
import { coordinatedPronounSubject } from './coordinated-pronoun-subject';
import { insideSpan, type QuoteSpan } from './quote-marks';
import { appendSmall } from './small-list';
import { closesTurn, opensTurn } from './turns';
import { turnLabelBefore } from './turn-labels';
import { apposedNameFrom } from './apposed-rank';
import { JOURNALIST_WORDS } from './unnamed-journalist';
import { contactAsideEnd, insideContactAside } from './contact-aside';
import { unnamedOpenerAfterAdjunct } from './unnamed-after-adjunct';
import { frontedTopicComma } from './fronted-topic';
import { apposedNameClosed } from './apposed-after-clause';
import { channelDescriptionAt } from './channel-owner';
import { opensWithDocumentSource } from './document-source';
import { placeDescribesUnnamed, roleAroundPlace, stateBodyBefore } from './reported/role-described-place';

export type LocalAttribution =
  | { kind: 'mention'; mention: number; cue: string }
  /** "kata pemimpin Ukraina", "Presiden Rusia mengatakan": a role of a country or an
   *  organisation stands for a person; the link pass finds who (KB descriptions). */
  | { kind: 'description'; mention: number; cue: string }
  /** "katanya", "kata dia", "ujar pria tersebut"; with `described`, a title description
   *  naming nobody the paragraph introduced with its words ("kata kepala dinas itu" after
   *  "Kepala Desa Ahmad"). */
  /** `head`: the description's head ("pelatih", "staf khusus"), by which the link pass
   *  looks for the person the article named with that title; `definite`: the description
   *  is the subject of a reporting verb ("Politikus muda itu menilai …"), which with no
   *  such title means the last person named, not the salient speaker. */
  /** `later`: an indefinite subject ("Seorang pedagang kaus mengaku …") whom only a person
   *  introduced next with "bernama" may name (named-later.ts); never anybody before. */
  | { kind: 'anaphora'; cue: string; described?: true; head?: string; definite?: true; title?: TitleFallback; later?: true }
  | { kind: 'none' };

/** With a bare office title (title-subject.ts, "kata Bupati Kuningan", "Ketua DPRD
 *  meminta …"): what the words name when the article introduced nobody with that title,
 *  the body or place in the title (`mention`, read as a description when `description`),
 *  or -1 for nothing. Never a person named elsewhere. */
export interface TitleFallback {
  mention: number;
  description: boolean;
}

/** A bare title's fallback when there is none: the title names nobody else. */
const NO_TITLE_FALLBACK: TitleFallback = { mention: -1, description: false };

/** The TitleFallback of the attribution the words would have without the bare-title reading. */
function titleFallback(a: LocalAttribution | null): TitleFallback {
  if (a !== null && (a.kind === 'mention' || a.kind === 'description')) return { mention: a.mention, description: a.kind === 'description' };
  return { mention: -1, description: false };
}

export interface LocalQuote {
  start: number;
  end: number;
  unclosed: boolean;
  attribution: LocalAttribution;
  /** The cue after the quote names an unnamed source ("…," kata seorang pejabat kepada
   *  The Times): the speaker is nobody, neither the outlet nor the previous speaker. */
  anonymous?: boolean;
  /** One of a run of quotes closed by the next one's attribution ("“A.” “B,” kata X.":
   *  closeRunsOfPosts): its attribution is the next quote's (closing-attribution.ts). */
  closedByNext?: true;
}

/** A reporting verb with a resolved subject outside any quote ("Peskov mengatakan ..."):
 *  makes that actor the salient speaker for later "katanya" / unattributed quotes. */
export interface SpeechEvent {
  at: number;
  /** Index of the subject mention, or -1 for an unnamed source ("Seorang diplomat Eropa
   *  mengatakan …"): later "katanya" then has no named speaker; or PRONOUN_SUBJECT for
   *  "Ia menambahkan …": the salient speaker speaks again, so a following quote with no
   *  attribution is still theirs. */
  mention: number;
  /** The subject was reported speaking (a reporting verb or cue), not only named first
   *  in its sentence. */
  spoke?: boolean;
  /** With DEFINITE_SUBJECT: the description's head (see definite-subject.ts). */
  head?: string;
}

/** SpeechEvent.mention of a reporting verb whose subject is "ia" / "dia" / "beliau". */
export const PRONOUN_SUBJECT = -2;
/** SpeechEvent.mention of a reporting verb whose subject is a definite description
 *  ("Pelatih itu menyebut …"): the person it describes takes the floor. */
export const DEFINITE_SUBJECT = -3;
/** SpeechEvent.mention of a reporting verb whose subject is a bare office title
 *  ("Kapolres menambahkan …", title-subject.ts): the person introduced with it takes the
 *  floor; nobody when the article introduced none (the statement itself then goes to the
 *  body or place in the title, TitleFallback). */
export const TITLE_SUBJECT = -4;

/** Words that end an attribution's clause: what follows is a channel, a place, a time or
 *  a relative clause, never the speaker ("kata X seperti dikutip Bloomberg Technoz": an
 *  outlet quoted as the channel is not the one speaking). */
const CLAUSE_STOPS = new LowerWordSet(['kepada', 'di', 'dalam', 'pada', 'saat', 'ketika', 'melalui', 'lewat', 'usai', 'seusai',
  'setelah', 'sebelum', 'dengan', 'sambil', 'seraya', 'yang', 'bahwa', 'dan', 'saat', 'menjelang', 'jelang',
  'seperti', 'sebagaimana', 'dikutip', 'dilansir', 'mengutip', 'melansir']);

/** The quotes among a paragraph's quote spans (not scare quotes, titles or coined
 *  names), each with its local attribution. */
export function attributedQuotes(p: string, spans: QuoteSpan[], mentions: LocalMention[]): LocalQuote[] {
  let quotes: LocalQuote[] | undefined;
  for (let s = 0; s < spans.length; s++) {
    const q = spans[s];
    // Only "four words or fewer" matters below, so counting stops at five.
    const words = countWords(p, q.start + 1, q.end - (q.unclosed ? 0 : 1), 5);
    if (q.unclosed && words < 4) continue;
    let attribution = attribute(p, q, mentions, spans);
    // An uncued question after "Moderator lalu menoleh ke …": the moderator's.
    if (attribution.kind === 'none' && moderatorAsks(p, q.start, q.end)) attribution = { kind: 'anaphora', cue: MODERATOR_HEAD, head: MODERATOR_HEAD };
    const hasCue = attribution.kind !== 'none';
    if (words <= 3 && citedAsWord(p, q.start)) continue;
    // ('Budi Santoso: "Kami Tidak Takut"': a headline's quote, headline-colon-quote.ts)
    const headlineQuote = words <= 4 && quoteClosingHeadline(p, q.start, q.end);
    if (words <= 4 && !headlineQuote && looksLikeName(p, q.start + 1, q.end - 1) && !postCueAfter(p, q.end)) continue;
    // A short quote counts with a cue even when the cue names nobody ("…," kata seorang
    // pejabat kepada The Times: an unnamed source's words), and so does a turn's label
    // ("J: “Tidak naik.”": an interview's answer, whose label names nobody).
    if (words <= 3 && !hasCue && !headlineQuote && !reportingVerbInSentence(p, q.start) && !postCueAfter(p, q.end) && !spokenParagraph(p, q) &&
      turnLabelBefore(p, q.start) === null) continue;
    const quote: LocalQuote = { start: q.start, end: q.end, unclosed: q.unclosed, attribution };
    if (!hasCue && anonymousCueAfter(p, q.end)) quote.anonymous = true;
    quotes = appendSmall(quotes, quote);
  }
  if (quotes !== undefined && quotes.length > 1) closeRunsOfPosts(p, quotes);
  return quotes ?? NO_QUOTES;
}

/** “A.” “B.” “C,” cuit X.: quotes that follow each other with nothing but blanks between,
 *  each ending a sentence inside its marks, are one run of posts closed by the last one's
 *  attribution (issue 13, pattern 14). Across paragraphs the link pass does this; here it
 *  is done inside one paragraph, which is all an article delivered as one line has. A
 *  question is not taken into a run: after it comes an answer. */
function closeRunsOfPosts(p: string, quotes: LocalQuote[]): void {
  for (let k = quotes.length - 2; k >= 0; k--) {
    const q = quotes[k];
    const next = quotes[k + 1];
    if (q.attribution.kind !== 'none' || q.anonymous || q.unclosed || next.attribution.kind === 'none') continue;
    const c = p.charCodeAt(q.end - 2);
    if ((c !== 46 && c !== 33) || !onlyBlanks(p, q.end, next.start) || next.start === q.end) continue;
    q.attribution = next.attribution;
    q.closedByNext = true;
  }
}

function onlyBlanks(p: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(p.charCodeAt(k))) return false;
  return true;
}

/** A closed quote that stands as a turn of its own (the whole paragraph, or between
 *  sentence ends and quotation marks in an article delivered as one line: turns.ts) and
 *  ends a sentence inside its marks ("Lalu untuk siapa?" in a question-and-answer
 *  exchange): a line of dialogue, however short, not a coined name or a scare quote. */
function spokenParagraph(p: string, q: QuoteSpan): boolean {
  if (q.unclosed || q.end - q.start < 4) return false;
  const c = p.charCodeAt(q.end - 2);
  if (c !== 63 && c !== 33 && c !== 46) return false;
  return opensTurn(p, q.start) && closesTurn(p, q.end);
}

/** Shared empty results (never written to): most paragraphs have no quote, and many
 *  no speech event; a new array for each was garbage on every paragraph. */
const NO_QUOTES: LocalQuote[] = [];
const NO_EVENTS: SpeechEvent[] = [];

function attribute(p: string, q: QuoteSpan, mentions: LocalMention[], spans: QuoteSpan[]): LocalAttribution {
  return afterQuote(p, q, mentions) ?? labelledTurn(p, q) ?? colonBefore(p, q, mentions) ?? verbBefore(p, q, mentions, spans) ??
    menurut(p, q, mentions) ?? { kind: 'none' };
}

/** "Hakim: “…”", "Jawab: “…”" (turn-labels.ts): a role label is a description of the one
 *  the article introduced in that role; an interview's label names nobody (the link pass
 *  gives an answer after a question line to the interviewee). */
function labelledTurn(p: string, q: QuoteSpan): LocalAttribution | null {
  const label = turnLabelBefore(p, q.start);
  if (label === null) return null;
  return label.role === '' ? { kind: 'none' } : { kind: 'anaphora', cue: ':', described: true, head: label.role };
}

/** “…,” kata Peskov / “…,” ujarnya / “…,” Zelensky mengatakan. */
export function afterQuote(p: string, q: QuoteSpan, mentions: LocalMention[]): LocalAttribution | null {
  let k = q.end;
  while (k < p.length && (isSpace(p.charCodeAt(k)) || p.charCodeAt(k) === 44 || isDash(p.charCodeAt(k)))) k++;
  const w = wordAfter(p, k);
  if (!w || w.start !== k) return null;
  if (isLowerWordAt(p, w.start, w.end, 'menurut')) return mentionAfter(p, w.end, mentions, 'menurut');
  if (POST_CUE_WORDS.hasAt(p, w.start, w.end)) {
    const word = lowerWord(p, w);
    const next = wordAfter(p, w.end);
    if (next && SUBJECT_PRONOUN_WORDS.hasAt(p, next.start, next.end) && next.start === w.end + 1 && p.charCodeAt(w.end) === 32) {
      return { kind: 'anaphora', cue: word };
    }
    // "“…,” tulis akun tersebut.": the channel's owner (channel-owner.ts).
    const channel = p.charCodeAt(w.end) === 32 ? channelDescriptionAt(p, w.end + 1) : undefined;
    if (channel !== undefined) return { kind: 'anaphora', cue: word, head: channel, definite: true };
    return mentionAfter(p, w.end, mentions, word);
  }
  if (cueWithNya(p, w.start, w.end)) return { kind: 'anaphora', cue: lowerWord(p, w) };
  // "“…,” demikian bunyi salah satu butir siaran pers itu.": the release's issuer.
  if (isLowerWordAt(p, w.start, w.end, 'demikian') && p.charCodeAt(w.end) === 32) {
    const channel = channelDescriptionAt(p, w.end + 1);
    if (channel !== undefined) return { kind: 'anaphora', cue: 'demikian', head: channel, definite: true };
  }
  // “…”, demikian disampaikan Juru Bicara Kremlin Dmitry Peskov.
  const passive = passiveCueAfter(p, k);
  if (passive) {
    const a = mentionAfter(p, passive.end, mentions, p.slice(passive.start, passive.end));
    if (a.kind !== 'none') return a;
  }
  // “…,” demikian pernyataan kementerian tersebut / demikian keterangan resminya.
  DEMIKIAN_RE.lastIndex = k;
  if (p.charCodeAt(k + 1) === 101 && DEMIKIAN_RE.test(p)) {
    const end = DEMIKIAN_RE.lastIndex;
    if (p.endsWith('nya', end)) return { kind: 'anaphora', cue: 'demikian' };
    const a = mentionAfter(p, end, mentions, 'demikian');
    if (a.kind !== 'none') return a;
  }
  // “…,” Presiden Ukraina Volodymyr Zelensky mengatakan. Only after a comma: a quote
  // that ends its sentence (“….”) is followed by the next sentence's own subject.
  const m = endsWithComma(p, q) ? firstMentionFrom(mentions, k, k + 80) : -1;
  if (m >= 0) {
    const verb = wordAfter(p, mentions[m].end);
    if (verb && SPEECH_VERB_WORDS.hasAt(p, verb.start, verb.end) && onlyTitleWords(p, k, mentions[m].start, mentions)) {
      return { kind: 'mention', mention: lastPersonBefore(mentions, k, verb.start) ?? m, cue: p.slice(verb.start, verb.end) };
    }
  }
  return null;
}

/** The speaker named after a cue: the first person in the clause, else the first actor
 *  unless the words after the cue describe an unnamed source ("kata seorang pejabat"). */
export function mentionAfter(p: string, from: number, mentions: LocalMention[], cue: string): LocalAttribution {
  // "kata pria yang akrab disapa Jarot itu": the name the description gives (the link
  // pass joins a nickname to the full name). "kata pedagang bernama Nur Aini itu" gives a
  // full name the same way (a name closing a description is otherwise what the
  // description is about, closesDescription).
  NICKNAME_DESCRIPTION_RE.lastIndex = from;
  if (NICKNAME_DESCRIPTION_RE.test(p)) {
    const at = NICKNAME_DESCRIPTION_RE.lastIndex;
    const named = firstMentionFrom(mentions, at, at + 12);
    if (named >= 0) return { kind: 'mention', mention: named, cue };
  }
  let limit = clauseEnd(p, from);
  // "menurut Kepala Dinas Koperasi dan UKM Kaltara X,": a stop word inside a
  // name ("dan") does not end the clause; it goes on after the name.
  for (let i = firstMentionFrom(mentions, from, limit); i >= 0 && i < mentions.length && mentions[i].start < limit; i++) {
    if (mentions[i].end > limit) limit = clauseEnd(p, mentions[i].end);
  }
  // "kata Utusan Khusus UNHCR untuk Afrika Barat dan Tengah, Sofia Delgado, …",
  // "disampaikan Direktur Keuangan Bangun Karya Pertiwi, Lestari Wahyuningsih, …": the
  // person in apposition after a capitalised role speaks, even when the role's body was
  // read as a person.
  const apposed = apposedAfterRole(p, from, limit, mentions);
  if (apposed >= 0) return { kind: 'mention', mention: apposed, cue };
  // "…,” kata Bupati.": the office holder the article named with that title (title-subject.ts).
  const bareTitle = titleAfterCue(p, from, limit, mentions);
  if (bareTitle !== null) return { kind: 'anaphora', cue, head: bareTitle, title: titleFallback(mentionInClause(p, from, limit, mentions, cue)) };
  return mentionInClause(p, from, limit, mentions, cue);
}

/** mentionAfter's search of the cue's clause [from, limit) once no role, apposition or
 *  bare title decided it. */
function mentionInClause(p: string, from: number, limit: number, mentions: LocalMention[], cue: string): LocalAttribution {
  let first = -1;
  // (a weak capitalised word of a title, "Batubara" in "Direktur Jenderal Mineral dan Batubara
  // Kementerian ESDM X", yields to a person found with a clue after it)
  let weakPerson = -1;
  for (let i = firstMentionFrom(mentions, from, limit); i >= 0 && i < mentions.length && mentions[i].start < limit; i++) {
    if (mentions[i].type === 'PER' && !originInDescription(p, from, mentions[i].start) && !closesDescription(p, from, mentions[i])) {
      if (mentions[i].source !== 'weak') return { kind: 'mention', mention: i, cue };
      if (weakPerson < 0) weakPerson = i;
    }
    if (first < 0) first = i;
  }
  // "tutur juru bicara Kementerian Luar Negeri Korea Selatan, Park Minho, ...": the person named in
  // apposition after the role is the speaker (also after a weak word of the role's body,
  // "analis politik Universidad …, X,").
  if (p.charCodeAt(limit) === 44) {
    const next = firstMentionFrom(mentions, limit, apposedNameFrom(p, limit) + 1);
    if (next >= 0 && mentions[next].type === 'PER' && (weakPerson < 0 || mentions[next].source !== 'weak') && apposedNameClosed(p, mentions[next].end)) return { kind: 'mention', mention: next, cue };
  }
  if (weakPerson >= 0) return { kind: 'mention', mention: weakPerson, cue };
  const w = wordAfter(p, from);
  if (first >= 0 && w && mentions[first].start === w.start) return { kind: 'mention', mention: first, cue };
  // "…,” tulis perusahaan.": the company or ministry named before (body-anaphor.ts).
  if (first < 0 && w && BODY_NOUN_WORDS.hasAt(p, w.start, w.end) && bodyNounAlone(p, w.end, limit)) return { kind: 'anaphora', cue, head: p.slice(w.start, w.end).toLowerCase() };
  // "kata ayahnya", "ujar tetangganya": a relative given no name here is the one the article
  // named in apposition before ("Ibunya, Siti Aminah, …"), else nobody (unnamed-relative.ts).
  if (first < 0 && w && unnamedRelativeAt(p, w.start, w.end)) return { kind: 'anaphora', cue, head: p.slice(w.start, w.end).toLowerCase() };
  // "Menurut sumber pertahanan AS yang diwawancarai harian tersebut, …": an unnamed source
  // described with a place is nobody, never the place, whatever closes the description
  // (role-described-place.ts).
  if (first >= 0 && mentions[first].type === 'GPE' && placeDescribesUnnamed(p, from, mentions[first].start)) return { kind: 'none' };
  // "Menurut juru bicara kepolisian Jepang, …": a place closing a role's description after
  // a state body's noun (its police, no government of it) is no speaker either; the person
  // named with that role, else nobody, as for a subject (role-described-place.ts, reported/find.ts).
  if (first >= 0 && mentions[first].type === 'GPE' && stateBodyBefore(p, mentions[first].start, from)) {
    const role = roleAroundPlace(p, from, mentions[first].start);
    if (role !== undefined) return { kind: 'anaphora', cue, head: role, title: NO_TITLE_FALLBACK };
  }
  // "kata seorang analis" is nobody; "ujar analis yang dulu bekerja di Hong Kong itu",
  // closed by a demonstrative, describes someone named before (read below).
  if (w && (ANONYMOUS_SOURCE_WORDS.hasAt(p, w.start, w.end) || JOURNALIST_WORDS.hasAt(p, w.start, w.end)) && !relativeDescription(p, limit) && !closedByDemonstrative(p, from, mentions) &&
    !countedThingNamed(p, w)) return { kind: 'none' };
  const title = w !== null && TITLE_HEAD_WORDS.hasAt(p, w.start, w.end);
  if (first >= 0 && title && mentions[first].type !== 'PER' && onlyTitleWords(p, from, mentions[first].start, mentions)) {
    return { kind: 'description', mention: first, cue };
  }
  // "kata diplomat senior tersebut", "ujar sang menteri": a description of the last speaker.
  if (w && !isUpperStart(p, w.start)) {
    const tail = p.slice(from, limit);
    if (DEMONSTRATIVE_RE.test(tail) || isLowerWordAt(p, w.start, w.end, 'sang') || title || relativeDescription(p, limit)) {
      if (first >= 0 && !FAR_DEMONSTRATIVE_RE.test(tail)) return { kind: 'mention', mention: first, cue };
      // "tulis gubernur itu": the person this paragraph introduced with that title
      // ("Gubernur Lampung Samsudin Miwili ikut menanggapi"), not the last speaker.
      const described = title ? descriptionWords(p, w.start, limit) : [];
      const titled = title ? personWithTitle(p, w, described, mentions, from) : -1;
      if (titled >= 0) return { kind: 'mention', mention: titled, cue };
      // "kementerian tersebut": the organisation named earlier in the paragraph with
      // that head, not the last speaker.
      const org = organisationWithHead(p, w, mentions, from);
      if (org >= 0) return { kind: 'mention', mention: org, cue };
      // A title ("kepala dinas itu") is not the person the paragraph introduced under the
      // same head and other words ("Kepala Desa Ahmad"); "pria tersebut" may be.
      if (title && titleContradicted(p, described, mentions, from)) return { kind: 'anaphora', cue, described: true };
      // Its head lets the link pass find the person named with that title paragraphs before.
      const head = descriptionHead(p, isLowerWordAt(p, w.start, w.end, 'sang') ? wordAfter(p, w.end, limit) ?? w : w);
      return head === undefined ? { kind: 'anaphora', cue } : { kind: 'anaphora', cue, head };
    }
  }
  if (first >= 0) return { kind: 'mention', mention: first, cue };
  return { kind: 'none' };
}

const NICKNAME_DESCRIPTION_RE = / (?:\p{Ll}+ ){1,3}(?:yang (?:akrab |biasa |kerap )?(?:disapa|dipanggil|dikenal dengan nama|dikenal sebagai|disebut)|(?:yang )?bernama) /uy;
const DEMIKIAN_RE = / ?[Dd]emikian (?:bunyi |isi )?(?:pernyataan|keterangan|siaran pers|rilis|unggahan|cuitan|tulisan)(?: (?:resmi|tertulis|pers))?(?:nya)?/y;

/** The last organisation before `before` in the paragraph whose name starts with the
 *  word `head` ("kementerian" -> "Kementerian Luar Negeri Rumania"), or -1. */
function organisationWithHead(p: string, head: { start: number; end: number }, mentions: LocalMention[], before: number): number {
  const word = p.slice(head.start, head.end).toLowerCase();
  if (word.length < 4) return -1;
  for (let i = firstStartingAt(mentions, before) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.type !== 'ORG' || m.end - m.start <= word.length) continue;
    if (p.slice(m.start, m.start + word.length).toLowerCase() === word && p.charCodeAt(m.start + word.length) === 32) return i;
  }
  return -1;
}

/** "kata mantan pelatih Fluminense tersebut": a name right before the demonstrative that
 *  closes a description opening with a lower-case word is what the description is about
 *  (a club, a party, a town), not the speaker, even when it reads as a person. */
function closesDescription(p: string, from: number, m: LocalMention): boolean {
  // Cheap test first, without a word object: a space and "i"/"t" after the name.
  const c = p.charCodeAt(m.end + 1);
  if (p.charCodeAt(m.end) !== 32 || (c !== 105 && c !== 116)) return false;
  const first = wordAfter(p, from);
  if (!first || first.start >= m.start || isUpperStart(p, first.start) || isLowerWordAt(p, first.start, first.end, 'sang')) return false;
  const next = wordAfter(p, m.end);
  if (!next || next.start !== m.end + 1) return false;
  return isLowerWordAt(p, next.start, next.end, 'itu') || isLowerWordAt(p, next.start, next.end, 'tersebut');
}

/** "ujar pejabat eselon II tersebut", "kata staf Kementerian Pendidikan Tinggi, Sains,
 *  dan Teknologi tersebut": the words after a cue end, at their clause's end, in a
 *  demonstrative; commas inside a name do not end the clause. A description of someone
 *  named before, not an unnamed source ("kata seorang pejabat", "kata pejabat kementerian"). */
function closedByDemonstrative(p: string, from: number, mentions: LocalMention[]): boolean {
  let end = clauseEnd(p, from);
  for (let i = firstMentionFrom(mentions, from, end); i >= 0 && i < mentions.length && mentions[i].start < end; i++) {
    if (mentions[i].end > end) end = clauseEnd(p, mentions[i].end);
  }
  const last = wordBefore(p, end, from);
  return last !== null && (isLowerWordAt(p, last.start, last.end, 'itu') || isLowerWordAt(p, last.start, last.end, 'tersebut'));
}

/** "ucap perempuan yang juga pemilik warung itu": a description with a relative clause
 *  (the attribution's clause stops at "yang") closed by a demonstrative before the end of
 *  its sentence or clause. */
/** The body noun ending at `end` stands for a body named before: nothing of the phrase
 *  follows it ("tulis perusahaan."), a demonstrative closes it ("kata perusahaan pelat
 *  merah itu") or an adjunct does ("kata perusahaan dalam keterangannya"). "Menurut
 *  perusahaan konsultan energi, …" describes another body, which the article did not name. */
function bodyNounAlone(p: string, end: number, limit: number): boolean {
  const next = wordAfter(p, end, limit);
  if (next === null || BODY_NOUN_ADJUNCT_WORDS.hasAt(p, next.start, next.end)) return true;
  return DEMONSTRATIVE_RE.test(p.slice(end, limit));
}
const BODY_NOUN_ADJUNCT_WORDS = new LowerWordSet(['itu', 'tersebut', 'ini', 'dalam', 'melalui', 'lewat', 'di', 'pada', 'saat', 'ketika', 'kepada', 'kemarin', 'juga', 'pun']);

function relativeDescription(p: string, limit: number): boolean {
  if (!isLowerWordAt(p, limit, limit + 4, 'yang') || isWordChar(p.charCodeAt(limit + 4))) return false;
  let k = limit + 4;
  const hard = Math.min(p.length, limit + 90);
  while (k < hard && !isClauseMark(p.charCodeAt(k))) k++;
  const last = wordBefore(p, k, limit);
  return last !== null && (isLowerWordAt(p, last.start, last.end, 'itu') || isLowerWordAt(p, last.start, last.end, 'tersebut'));
}

function isClauseMark(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 10 || c === 0x201c || c === 34;
}

const TITLED_PERSON_REACH = 250;

/** Between `from` and `to`: at most one quote (two marks) and at most one sentence end
 *  outside it. */
function nearQuote(p: string, from: number, to: number): boolean {
  let marks = 0;
  let ends = 0;
  for (let k = from; k < to; k++) {
    const c = p.charCodeAt(k);
    if (c === 34 || c === 0x201c || c === 0x201d) {
      if (++marks > 2) return false;
    } else if ((marks & 1) === 0 && (c === 46 || c === 33 || c === 63) && isSpace(p.charCodeAt(k + 1)) && ++ends > 1) {
      return false;
    }
  }
  return true;
}

/** The last person named before `before` in the paragraph right after the title words
 *  the description repeats ("gubernur itu" -> "Gubernur Lampung Samsudin Harahap";
 *  "kepala BPBD itu" is not "Kepala Desa Ahmad"), or -1. The title may carry its region or
 *  body between it and the name (up to four words in all). */
function personWithTitle(p: string, head: { start: number; end: number }, described: readonly string[], mentions: LocalMention[], before: number): number {
  if (head.end - head.start < 4) return -1;
  if (described.length === 0) return -1;
  for (let i = firstStartingAt(mentions, before) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.start < before - TITLED_PERSON_REACH) break;
    if (m.type !== 'PER') continue;
    // Only a person named in the sentence before the quote or in the quote's own: further
    // back, or past another quote, the floor may have changed hands.
    if (!nearQuote(p, m.end, before)) break;
    const title = wordsBefore(p, m.start, 4);
    for (let at = 0; at + described.length <= title.length; at++) {
      if (described.every((d, j) => title[at + j] === d)) return i;
    }
  }
  return -1;
}

/** The last person named near the quote carries a title with the description's head
 *  word but other words after it ("Kepala Desa Ahmad" for "kepala dinas itu"). */
function titleContradicted(p: string, described: readonly string[], mentions: LocalMention[], before: number): boolean {
  if (described.length < 2) return false;
  for (let i = firstStartingAt(mentions, before) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.start < before - TITLED_PERSON_REACH || !nearQuote(p, m.end, before)) return false;
    if (m.type !== 'PER') continue;
    const title = wordsBefore(p, m.start, 4);
    const at = title.indexOf(described[0]);
    return at >= 0 && at + 1 < title.length && title[at + 1] !== described[1];
  }
  return false;
}

/** The lower-cased words of a description from `start` up to its demonstrative (at most
 *  three; none when no demonstrative closes them before `limit`). */
function descriptionWords(p: string, start: number, limit: number): string[] {
  const out: string[] = [];
  let w = wordAfter(p, start - 1, limit);
  while (w && out.length < 4) {
    const word = p.slice(w.start, w.end).toLowerCase();
    if (word === 'itu' || word === 'tersebut') return out;
    out.push(word);
    w = wordAfter(p, w.end, limit);
  }
  return [];
}

/** Up to `n` lower-cased words right before `pos` in the same clause, in text order. */
function wordsBefore(p: string, pos: number, n: number): string[] {
  const out: string[] = [];
  let k = pos;
  for (let j = 0; j < n; j++) {
    const w = wordBefore(p, k, Math.max(0, pos - 80));
    if (!w) break;
    out.unshift(p.slice(w.start, w.end).toLowerCase());
    k = w.start;
  }
  return out;
}

/** The person named between commas right after a role that opens with a capitalised
 *  title word and names its body ("Direktur Keuangan X, Lestari W, dalam …"), the role
 *  running to its first comma within 80 characters; or -1. */
/** How far a capitalised role may run before the comma of the name in apposition. */
const MAX_ROLE_CHARS = 160;

function apposedAfterRole(p: string, from: number, limit: number, mentions: LocalMention[]): number {
  // Cheap test first, without a word object: the role opens with a capital.
  let k = from;
  while (k < p.length && isSpace(p.charCodeAt(k))) k++;
  if (!isUpper(p.charCodeAt(k))) return -1;
  const w = wordAfter(p, from);
  if (!w || !isUpperStart(p, w.start) || !TITLE_HEAD_WORDS.hasAt(p, w.start, w.end)) return -1;
  let comma = limit;
  // (a regional body's official name runs long: "Kepala Bidang Penataan Dinas Lingkungan
  // Hidup, Kehutanan dan Pertanahan Maluku Utara, Markus Tolangi, …")
  const hard = Math.min(p.length, from + MAX_ROLE_CHARS);
  while (comma < hard && p.charCodeAt(comma) !== 44) {
    const c = p.charCodeAt(comma);
    if (c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x201c || c === 34 || c === 10) return -1;
    comma++;
  }
  if (p.charCodeAt(comma) !== 44) return -1;
  // The role names a body (a mention) and no person of its own before the comma, unless
  // that "person" is the body's name read as one and is followed by the comma.
  const inRole = firstMentionFrom(mentions, w.end, comma);
  // ("Kepala Desa Batuampar, Sukri": a village names no body and is no mention.)
  if (inRole < 0 && !villageHeadRoleBefore(p, from, comma)) return -1;
  for (let i = inRole; i >= 0 && i < mentions.length && mentions[i].start < comma; i++) {
    if (mentions[i].type === 'PER' && mentions[i].end !== comma) return -1;
  }
  // ("Kapolres Sumbawa, AKBP Heru …": past the officer's rank, apposed-rank.ts)
  const next = firstMentionFrom(mentions, comma, apposedNameFrom(p, comma) + 1);
  if (next < 0 || mentions[next].type !== 'PER') return -1;
  // Closed by a comma or the sentence's end: not the first of a list ("X, Y, dan Z").
  const after = mentions[next].end;
  const c = p.charCodeAt(after);
  if (c !== 44 && c !== 46 && after < p.length) return -1;
  if (c === 44 && next + 1 < mentions.length && mentions[next + 1].start <= after + 3 && mentions[next + 1].type === 'PER') return -1;
  return next;
}

const ORIGIN_WORDS = new LowerWordSet(['asal', 'kelahiran']);

/** "kata pelatih asal Medan itu": a name after "asal" inside a description that opens
 *  with a lower-case word is where the person comes from (a place the KB may not know,
 *  so typed as a person), not the speaker. */
function originInDescription(p: string, from: number, start: number): boolean {
  const first = wordAfter(p, from);
  if (!first || first.start >= start || isUpperStart(p, first.start)) return false;
  const before = wordBefore(p, start, from);
  return before !== null && ORIGIN_WORDS.hasAt(p, before.start, before.end);
}

/** "Peskov: “…”" — a name, a colon, the quote. */
function colonBefore(p: string, q: QuoteSpan, mentions: LocalMention[]): LocalAttribution | null {
  let k = q.start;
  while (k > 0 && isSpace(p.charCodeAt(k - 1))) k--;
  if (k === 0 || p.charCodeAt(k - 1) !== 58) return null;
  const m = lastMentionEndingAt(mentions, k - 1);
  if (m < 0 || obliqueBeforeColon(p, mentions[m])) return null;
  // ("Awak Kapal Ditahan Maladewa: “…”": the passive's agent is no speaker, passive-label.ts)
  const subject = passiveLabelSubject(p, k - 1, mentions);
  if (subject === -1) return { kind: 'none' };
  return { kind: 'mention', mention: subject ?? speakerBeforeAddressee(p, mentions, m), cue: ':' };
}

/** Prepositions that make the name after them an oblique of the words before the colon:
 *  "Keroncong Solo Menyeberang ke Suriname: “…”", "Surat dari Jakarta: “…”" label a topic,
 *  and the place (or whoever is named there) says nothing (speakers47, d334). */
const COLON_OBLIQUE_WORDS = new LowerWordSet(['di', 'ke', 'dari', 'menuju', 'untuk', 'bagi', 'tentang', 'soal']);

/** "dari" before a person or a body names the source of the words after the colon ("surat
 *  dari Sumarni: “…”", "Tanggapan dari Kementerian Kesehatan: “…”", review47); only a place
 *  after it is where the topic comes from. */
const SOURCE_WORD = 'dari';

/** The mention `m` follows one of COLON_OBLIQUE_WORDS, and is no source after "dari". */
function obliqueBeforeColon(p: string, m: LocalMention): boolean {
  const w = wordBefore(p, m.start, Math.max(0, m.start - 12));
  if (w === null || w.end !== m.start - 1 || !COLON_OBLIQUE_WORDS.hasAt(p, w.start, w.end)) return false;
  return m.type === 'GPE' || p.slice(w.start, w.end).toLowerCase() !== SOURCE_WORD;
}

/** The subject `m` of the verb at `verbStart` stands in a description of someone unnamed:
 *  one saying so ("… yang tidak mau disebut namanya") or a place describing an unnamed
 *  source ("Seorang pejabat kementerian di Paris"; role-described-place.ts). */
function unnamedSubject(p: string, floor: number, m: LocalMention, verbStart: number): boolean {
  return saysUnnamed(p, m.end, verbStart) || (m.type === 'GPE' && placeDescribesUnnamed(p, floor, m.start));
}

/** "Kremlin mengatakan “…”", "Stoltenberg mengatakan bahwa Putin “tahu …”": the subject
 *  of the last reporting verb of the sentence before the quote. */
function verbBefore(p: string, q: QuoteSpan, mentions: LocalMention[], spans: QuoteSpan[]): LocalAttribution | null {
  const floor = sentenceStartBefore(p, q.start, Math.max(0, q.start - SENTENCE_REACH), spans);
  let k = q.start;
  while (k > floor) {
    const w = wordBefore(p, k, floor);
    if (!w) { k--; continue; }
    if (isLowerWordAt(p, w.start, w.end, 'menurutnya')) return { kind: 'anaphora', cue: p.slice(w.start, w.end) };
    if (SPEECH_VERB_WORDS.hasAt(p, w.start, w.end)) {
      const subj = subjectBefore(p, w.start, floor, mentions);
      // "Seorang diplomat di Berlin yang tidak mau disebut namanya menyebut
      // perjanjian itu “mustahil” …": an unnamed source's fragment is nobody's, as its
      // statement is (reported/find.ts speakerBefore), never the place in the description.
      if (subj?.kind === 'mention' && unnamedSubject(p, floor, mentions[subj.mention], w.start)) return { kind: 'none' };
      if (subj) return { ...subj, cue: p.slice(w.start, w.end) } as LocalAttribution;
      return null;
    }
    if (POST_CUE_WORDS.hasAt(p, w.start, w.end) && !isLowerWordAt(p, w.start, w.end, 'aku')) {
      // "kata Lavrov, Moskow tidak akan “…”" — a cue before the quote, speaker after the cue.
      const a = mentionAfter(p, w.end, mentions, lowerWord(p, w));
      if (a.kind === 'mention' && mentions[a.mention].end <= q.start) return a;
    }
    k = w.start;
  }
  return null;
}

export function subjectBefore(p: string, verbStart: number, floor: number, mentions: LocalMention[]): LocalAttribution | null {
  // "Dia mengatakan", "ia juga menegaskan", "dia akan menguraikan": a pronoun subject
  // within three words before the verb, with no name in between.
  let k = verbStart;
  for (let n = 0; n < 3; n++) {
    const prev = wordBefore(p, k, floor);
    if (!prev) break;
    if (SUBJECT_PRONOUN_WORDS.hasAt(p, prev.start, prev.end)) return { kind: 'anaphora', cue: lowerWord(p, prev) };
    if (isUpper(p.charCodeAt(prev.start))) {
      // "Menhut juga meminta …": a minister's short title alone as the subject points back
      // like "ia" (to the minister the article named; no name follows it, or the verb
      // would not come right after).
      if (MINISTER_SHORT_TITLE_WORDS.hasAt(p, prev.start, prev.end)) return { kind: 'anaphora', cue: lowerWord(p, prev) };
      break;
    }
    k = prev.start;
  }
  // "Ia meminta maaf kepada … dan mengaku …": the opening pronoun of a coordinated verb.
  const opening = coordinatedPronounSubject(p, verbStart, floor, mentions);
  if (opening !== null) return { kind: 'anaphora', cue: opening };
  // "Pelatih asal Brasil itu menyebut", "Sang direktur meminta": a description of a
  // person named before, not a name inside it ("Brasil").
  const definite = definiteSubjectAt(p, floor, mentions);
  if (definite !== null && definite.verbStart === verbStart) return { kind: 'anaphora', cue: '', head: definite.head, definite: true };
  // "Kapolres menambahkan …": the office holder the article named with that title.
  const titled = definite === null ? titleSubjectAt(p, floor, mentions) : null;
  if (titled !== null && titled.verbStart === verbStart) return { kind: 'anaphora', cue: '', head: titled.head, title: titleFallback(namedSubjectBefore(p, verbStart, floor, mentions)) };
  // "Dalam pernyataan yang dibacakan X, bupati menyatakan …": the office holder, never the
  // reader named in the adjunct, whom the title does not fall back on (adjunct-title-subject.ts).
  const adjunctTitle = titleAfterFrontedAdjunct(p, floor, verbStart);
  if (adjunctTitle !== null) return { kind: 'anaphora', cue: '', head: adjunctTitle, title: titleFallback(null) };
  return namedSubjectBefore(p, verbStart, floor, mentions);
}

/** subjectBefore's search for a named subject before the verb, once no pronoun,
 *  description or bare title is the subject. */
function namedSubjectBefore(p: string, verbStart: number, floor: number, mentions: LocalMention[]): LocalAttribution | null {
  const apposed = apposedBodyBefore(p, verbStart, floor, mentions);
  if (apposed >= 0) return { kind: 'mention', mention: apposed, cue: '' };
  // "Paus Leo XIV, menurut Macron, menyatakan": the source in a "menurut" aside is not
  // the subject.
  let person = personOutsideChannel(p, mentions, floor, verbStart);
  while (person !== null && wordIs(p, wordBefore(p, mentions[person].start, floor), 'menurut')) {
    person = lastPersonBefore(mentions, floor, mentions[person].start);
  }
  // "Seorang pengikut Kirana … menulis, “…”": an unnamed follower of the person named speaks
  // (unnamed-relative.ts); only a name given after may name them (named-later.ts).
  if (person !== null && ownerOfUnnamedRelation(p, mentions[person].start)) return { kind: 'anaphora', cue: '', later: true };
  // "Budi, yang ditemui di pelabuhan Waisai, menilai …": the person before the relative clause.
  if (person !== null) {
    const described = personBeforeRelativeAside(p, mentions, person, floor, verbStart);
    if (described >= 0) person = described;
  }
  if (person !== null) {
    const adjacent = mentions[person].source === 'weak' ? actorRightBefore(p, mentions, person, verbStart, floor) : -1;
    return { kind: 'mention', mention: adjacent >= 0 ? adjacent : person, cue: '' };
  }
  // The clause subject: the first actor of the sentence, after a dateline if there is
  // one ("Washington (ANTARA) - Rusia menegaskan"; "Kremlin memperingatkan … Rusia …").
  // Searched within the sentence only: lastIndexOf over the whole paragraph made each
  // call linear in the paragraph (quadratic for a long one with many reporting verbs).
  const dash = lastDashBefore(p, floor, verbStart);
  const from = dash >= 0 ? dash + (p.charCodeAt(dash + 2) === 45 ? 4 : 3) : floor;
  const fronted = subjectAfterFrontedAdjunct(p, from, verbStart, mentions);
  const head = fronted >= 0 ? fronted : firstMentionFrom(mentions, from, verbStart);
  if (head >= 0) {
    const first = chainStart(p, mentions, head);
    const role = wordBefore(p, mentions[first].start, floor);
    if (role && TITLE_HEAD_WORDS.hasAt(p, role.start, role.end)) return { kind: 'description', mention: first, cue: '' };
    return { kind: 'mention', mention: first, cue: '' };
  }
  return null;
}

/** The body in apposition right before the verb at `verbStart` (or before a channel
 *  phrase leading to it: "…, Bintang Timur Entertainment, lewat unggahan di akun resminya
 *  menyatakan"), set off by commas after a phrase that names someone else first ("Agensi
 *  penyanyi Luna, …"), or -1 (apposed-speaker.ts). */
function apposedBodyBefore(p: string, verbStart: number, floor: number, mentions: LocalMention[]): number {
  // (asked for every named subject: the last body set off by commas is found on the
  // mentions alone before the text around the verb is read)
  let i = -1;
  for (let j = firstStartingAt(mentions, verbStart) - 1; j > 0 && mentions[j].start >= floor; j--) {
    if (mentions[j].type !== 'ORG' || !apposedBodyBeforeVerb(p, mentions[j].start, mentions[j].end)) continue;
    if (subjectEndBefore(p, verbStart, floor) === mentions[j].end + 1 || verbAfterLongChannel(p, mentions[j].end + 2, false)?.start === verbStart) i = j;
    break;
  }
  if (i <= 0 || mentions[i - 1].start < floor) return -1;
  // The phrase the body is apposed to opens with a word of its own ("Agensi", "Partai yang
  // didirikan"), not with the earlier name ("Budi, PT X, …" lists two). A capitalised common
  // noun opening the sentence, guessed to be a name and going on in lower case ("Operator
  // kapal itu, Aurora Kuke Cruises, dalam pernyataan … menyebut"), is such a word.
  const before = mentions[i - 1];
  if (before.source === 'weak' && p.charCodeAt(before.end) === 32 && isWordChar(p.charCodeAt(before.end + 1)) && !isUpperStart(p, before.end + 1)) return i;
  return before.start <= skipLead(p, floor, before.start) ? -1 : i;
}

/** `k` moved past spaces. */
function skipSpaces(p: string, k: number): number {
  while (k < p.length && isSpace(p.charCodeAt(k))) k++;
  return k;
}

/** The index of the first mention after the first comma in p[from, to), or -1 (none, or
 *  no comma). */
function firstAfterComma(p: string, mentions: LocalMention[], from: number, to: number): number {
  for (let c = from; c < to; c++) {
    if (p.charCodeAt(c) !== 44) continue;
    const i = firstStartingAt(mentions, c + 1);
    return i < mentions.length && mentions[i].start < to ? i : -1;
  }
  return -1;
}

/** The last " - " inside [floor, to), or -1. Read in place: a slice of the sentence
 *  per reporting verb to search it was a tenth of the subject lookup's time. */
function lastDashBefore(p: string, floor: number, to: number): number {
  for (let k = to - 3; k >= floor; k--) {
    if (p.charCodeAt(k) !== 32) continue;
    const c = p.charCodeAt(k + 1);
    // " - ", " – ", " — ", and the " -- " of "Jakarta, CNN Indonesia -- ".
    if (isDash(c) && p.charCodeAt(k + 2) === 32) return k;
    if (c === 45 && p.charCodeAt(k + 2) === 45 && p.charCodeAt(k + 3) === 32) return k;
  }
  return -1;
}

function menurut(p: string, q: QuoteSpan, mentions: LocalMention[]): LocalAttribution | null {
  const floor = sentenceStartBefore(p, q.start, Math.max(0, q.start - SENTENCE_REACH), NO_SPANS);
  // Search only this sentence: a backwards search over a huge one-line text per quote
  // would be quadratic.
  const rel = p.slice(floor, q.start).lastIndexOf('enurut ');
  const i = rel < 0 ? -1 : floor + rel;
  if (i < 1 || (p[i - 1] !== 'm' && p[i - 1] !== 'M')) return null;
  if (i - 1 > 0 && isWordChar(p.charCodeAt(i - 2))) return null;
  const a = mentionAfter(p, i + 6, mentions, 'menurut');
  return a.kind === 'mention' ? a : null;
}

/** Reporting verbs used without a quote make their subject the salient speaker; a person
 *  opening a sentence is salient too ("Rutte berusaha ... Ia menegaskan ..."). */
export function speechEvents(p: string, mentions: LocalMention[], spans: QuoteSpan[]): SpeechEvent[] {
  const starts = STARTS;
  if (mentions.length === 0) {
    // "Seorang perawat … mengaku …. “…,” katanya.": an unnamed source needs no named actor
    // in its paragraph, and its "katanya" must not go to the speaker before. Nor does a
    // description or a bare title ("Kapolres menambahkan …") naming who takes the floor.
    // Also in a paragraph without a quote: online news gives the source's sentence a
    // paragraph of its own and the quote the next ("Seorang pedagang … mengeluhkan …." /
    // "“…,” ujarnya.").
    const ns0 = sentenceStarts(p, spans, starts);
    const found = definiteSubjects(p, starts, ns0, mentions, spans, anonymousSources(p, starts, ns0, mentions, spans));
    if (found === undefined) return NO_EVENTS;
    if (!sortedByAt(found)) found.sort((a, b) => a.at - b.at);
    return found;
  }
  const ns = sentenceStarts(p, spans, starts);
  let out = anonymousSources(p, starts, ns, mentions, spans);
  out = pronounSubjects(p, starts, ns, spans, out);
  out = definiteSubjects(p, starts, ns, mentions, spans, out);
  out = passiveSpeakers(p, starts, ns, mentions, out);
  let si = 0;
  let firstSureOfSentence = -1;
  let firstOfSentence = -1;
  let topicComma = -1;
  let sentence = -1;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    while (si + 1 < ns && starts[si + 1] <= m.start) si++;
    if (si !== sentence) {
      sentence = si; firstSureOfSentence = -1; firstOfSentence = i;
      // "Seusai rapat, Sudarmanto menemui …": an adjunct's capitalised first word read as a
      // weak name opens nothing; the first name after the adjunct's comma opens the sentence.
      if (m.source === 'weak' && m.start === skipSpaces(p, starts[si]) && opensFrontedAdjunct(p, m.start, m.end)) firstOfSentence = firstAfterComma(p, mentions, m.end, si + 1 < ns ? starts[si + 1] : p.length);
      // "Soal kartu merah Reza, pelatih itu …": a name inside a fronted topic opens nothing
      // (fronted-topic.ts); the first name after the topic's comma opens the sentence.
      topicComma = frontedTopicComma(p, starts[si]);
      if (topicComma > m.start) firstOfSentence = firstAfterComma(p, mentions, topicComma, si + 1 < ns ? starts[si + 1] : p.length);
    }
    if (m.start < topicComma) continue;
    if (firstSureOfSentence < 0 && m.source !== 'weak') firstSureOfSentence = i;
    if (spans.length > 0 && insideSpan(spans, m.start)) continue;
    // "Dmitri S. Peskov, mengatakan": an appositive comma may sit before the verb.
    // "Zakharova, Rabu (19/11), menuduh": a day and date aside before the verb.
    // "Haryono, saat dihubungi, mengaku": how the reporter reached them (contact-aside.ts).
    // "dr. Yuniarti Pohan, MPH, mengatakan": degrees after the name (degrees.ts).
    const end = contactAsideEnd(p, dateAsideEnd(p, degreeAsideEnd(p, m.end)));
    let after = mayStartVerb(p, end) ? wordAfter(p, p.charCodeAt(end) === 44 ? end + 1 : end) : null;
    // "Robles kembali menegaskan", "Peskov juga sempat mengatakan": up to two adverbs.
    if (after) after = verbPastAdverbs(p, after);
    if (after && !SPEECH_VERB_WORDS.hasAt(p, after.start, after.end)) {
      // "X dalam unggahan di X menegaskan", "X melalui akun Telegram kelompok itu
      // menuduh": the subject is the name before the channel, never a name inside it.
      const verb = verbAfterLongChannel(p, after.start, m.type === 'PER');
      if (verb) {
        const subj = m.type === 'PER' ? i : lastPersonBefore(mentions, starts[si], m.end);
        out = appendSmall(out, { at: m.start, mention: subj ?? chainStart(p, mentions, i), spoke: true });
        while (i + 1 < mentions.length && mentions[i + 1].start < verb.start) i++;
        continue;
      }
      after = afterChannel(p, after.start) ?? after;
    }
    if (after && SPEECH_VERB_WORDS.hasAt(p, after.start, after.end)) {
      const subj = personOutsideChannel(p, mentions, starts[si], after.start);
      const head = chainStart(p, mentions, i);
      // "Ketua DPRD memastikan …": the body is part of a bare title (a TITLE_SUBJECT event
      // above), not the speaker.
      if (subj === null && m.type !== 'PER' && titleSubjectAt(p, starts[si], mentions)?.verbStart === after.start) continue;
      // "Kepala asosiasi pimpinan petani Subang memperingatkan …": the place is inside a
      // role's description (reported/role-described-place.ts); the role takes the floor as a
      // bare title does, so a following "katanya" is that person's or nobody's, never Subang's.
      // "Seorang korban, mahasiswi … asal Maros, mengaku …": someone unnamed, described with
      // the place, takes the floor (role-described-place.ts): a following "tuturnya" is nobody's.
      if (subj === null && m.type === 'GPE' && i === firstOfSentence && placeDescribesUnnamed(p, starts[si], m.start)) {
        out = appendSmall(out, { at: m.start, mention: -1 });
        continue;
      }
      const role = subj === null && m.type === 'GPE' && i === firstOfSentence ? roleAroundPlace(p, starts[si], m.start) : undefined;
      if (role !== undefined) {
        out = appendSmall(out, { at: m.start, mention: TITLE_SUBJECT, spoke: true, head: role });
        continue;
      }
      // "Ia menambahkan Kiev sudah meminta …": a place or body opening the content
      // clause of another reporting verb does not take the floor from that verb's subject.
      if (subj === null && opensContentClause(p, mentions[head].start, starts[si])) continue;
      // "… sehari setelah Trump mengancam sanksi baru": a reporting verb in a temporal
      // clause is background, not a turn of the conversation.
      if (inTemporalClause(p, mentions[subj ?? head].start, starts[si])) continue;
      out = appendSmall(out, { at: m.start, mention: subj ?? head, spoke: true });
      continue;
    }
    if (m.type !== 'PER') continue;
    // A weak name opening a sentence ("Aisyah sepakat.") counts if the article later
    // confirms it (the link pass ignores events on unconfirmed mentions).
    // (places in the person's title or a fronted place adjunct do not count: place-before-subject.ts)
    const opens = (firstSureOfSentence === i || (m.source === 'weak' && firstOfSentence === i) || (m.source !== 'weak' && onlyPlacesBefore(p, mentions, starts[si], firstSureOfSentence, i))) &&
      !pronounIn(p, starts[si], m.start) && (!companionBefore(p, starts[si], m.start) ||
        // "Lain halnya dengan Siti, warga …": the opener's "dengan" marks the new topic, no companion.
        topicShiftOpens(p, starts[si], m.start, m.end)) &&
      // "Polisi menangkap Budi …": the object of a verb opens no sentence (object-person.ts).
      !objectOfVerbBefore(p, mainClauseStart(p, starts[si]), m.start);
    if (m.source === 'weak' && !opens) continue;
    if (opens) out = appendSmall(out, { at: m.start, mention: i });
    else if (afterCue(p, m.start)) out = appendSmall(out, { at: m.start, mention: i, spoke: true });
  }
  if (out === undefined) return NO_EVENTS;
  // Anonymous-source events come first in the list: sort only when one of them is out
  // of order (a stable sort of a sorted list changes nothing).
  if (!sortedByAt(out)) out.sort((a, b) => a.at - b.at);
  return out;
}

/** Where the main clause of the sentence at `start` begins: after a fronted adjunct
 *  closed by a comma ("Saat ditemui di kantornya, …"), else at the sentence's first word. */
function mainClauseStart(p: string, start: number): number {
  const k = skipSpaces(p, start);
  const after = frontedAdjunctEnd(p, k);
  return after >= 0 ? after : k;
}

/** "X, dalam keterangan tertulis, menyatakan": the channel of a statement may sit
 *  between its speaker and the verb. */
const CHANNEL = /(?:dalam|melalui|lewat) (?:keterangan|siaran|pernyataan|rilis)(?: (?:tertulis|pers|resmi))?(?:nya)?,? /y;

/** The word after a statement's channel starting at `at`, or null. */
function afterChannel(p: string, at: number): { start: number; end: number } | null {
  const c = p.charCodeAt(at);
  if (c !== 100 && c !== 109 && c !== 108) return null; // d, m, l
  CHANNEL.lastIndex = at;
  return CHANNEL.test(p) ? wordAfter(p, CHANNEL.lastIndex) : null;
}

/** ", Rabu (19/11)" or ", Senin (24/11/2025)" right after a name or inside a channel. */
const DATE_ASIDE_RE = new RegExp(String.raw`, (?:${WEEKDAYS.map(capitalised).join('|')})(?: \(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\))?(?=,)`, 'y');

/** Where a day-and-date aside starting at `at` ends (at its closing comma), else `at`. */
function dateAsideEnd(p: string, at: number): number {
  // Runs for every mention: most are turned away on two characters, unread by the regex.
  // (no read past the text's end: the optimizing compiler assumes none, and the first one
  // costs a recompile of the function this one is inlined into; bench/instructions.ts)
  if (at + 2 >= p.length) return at;
  const c = p.charCodeAt(at);
  if (c !== 44 || p.charCodeAt(at + 1) !== 32) return at;
  const d = p.charCodeAt(at + 2);
  if (d !== 83 && d !== 82 && d !== 75 && d !== 74 && d !== 77) return at; // S R K J M
  DATE_ASIDE_RE.lastIndex = at;
  return DATE_ASIDE_RE.test(p) ? DATE_ASIDE_RE.lastIndex : at;
}

const TEMPORAL_CONJUNCTIONS = new LowerWordSet(['setelah', 'sebelum', 'sejak', 'usai', 'seusai', 'ketika', 'saat', 'menyusul']);

/** The word before `start`, or before the title words in front of it ("setelah Presiden
 *  AS Donald Trump"), is a temporal conjunction. Looks back at most four words. */
function inTemporalClause(p: string, start: number, floor: number): boolean {
  let k = start;
  for (let n = 0; n < 4; n++) {
    const w = wordBefore(p, k, floor);
    if (!w || hasClausePunctuation(p, w.end, k)) return false;
    if (TEMPORAL_CONJUNCTIONS.hasAt(p, w.start, w.end)) return true;
    if (!isUpperStart(p, w.start) && !TITLE_HEAD_WORDS.hasAt(p, w.start, w.end)) return false;
    k = w.start;
  }
  return false;
}

/** The word before `start` (in its sentence) is a reporting verb or "bahwa". */
function opensContentClause(p: string, start: number, floor: number): boolean {
  const before = wordBefore(p, start, floor);
  return before !== null && (SPEECH_VERB_WORDS.hasAt(p, before.start, before.end) || isLowerWordAt(p, before.start, before.end, 'bahwa'));
}

/** Words that open a channel phrase or an aside between a speaker and the verb. ("yang":
 *  "Yudha …, yang hadir pada malam penutupan menyebut …": a relative clause about the
 *  subject may stand where the channel does, with or without its closing comma.) */
// ("saat", "ketika", "seusai", "usai": the occasion, "X, saat dihubungi lewat telepon,
// hanya meminta …", speak35.)
const CHANNEL_OPENER_LIST = ['dalam', 'melalui', 'lewat', 'via', 'yang', 'saat', 'ketika', 'seusai', 'usai'];
const CHANNEL_OPENERS = new LowerWordSet(CHANNEL_OPENER_LIST);

/** The reporting verb after a channel phrase of up to eight words that opens at `at`
 *  ("dalam pernyataan yang disiarkan radio pemerintah menyatakan"), or null. The
 *  phrase holds no sentence or clause punctuation and no quotation mark. `afterPerson`:
 *  the phrase follows a person's name, whose "yang" clause is an aside with or without
 *  commas ("Direktur Imunisasi … Bonifasius Gute yang duduk di sebelahnya menjelaskan"). */
function verbAfterLongChannel(p: string, at: number, afterPerson: boolean): { start: number; end: number } | null {
  // Asked after most mentions: a word that opens no channel is turned away on its first
  // letter (d, m, l, v, y, s, k, u in either case), before a word is read.
  const c = p.charCodeAt(at) | 32;
  if (c !== 100 && c !== 109 && c !== 108 && c !== 118 && c !== 121 && c !== 115 && c !== 107 && c !== 117) return null;
  // ("yang" only as an aside after the name's comma: "X, yang hadir … menyebut")
  if (c === 121 && p.charCodeAt(at - 2) !== 44 && !afterPerson) return null;
  let w = wordAfter(p, at);
  if (!w || w.start !== at || !CHANNEL_OPENERS.hasAt(p, w.start, w.end)) return null;
  // "Dedi Mulyadi, yang sebelumnya menyebut …": a reporting verb right after "yang" (past
  // adverbs only) is the relative clause's own, background to the sentence (the statement
  // is still read, reported/find.ts), not a turn taken by the name (relative-verb.ts).
  if (c === 121 && relativeClauseVerb(p, w.end)) return null;
  for (let n = 0; n < 9; n++) {
    const from = dateAsideEnd(p, w.end);
    const next = wordAfter(p, from);
    if (next && from !== w.end && p.charCodeAt(from) === 44 && next.start === from + 2) {
      // The aside's closing comma stands right before the verb.
      return SPEECH_VERB_WORDS.hasAt(p, next.start, next.end) ? next : null;
    }
    if (p.charCodeAt(from) === 44) {
      // "X, yang pertama kali menemukan berkas itu, menilai": the aside's closing comma
      // right after its last word (wordAfter stops at the comma); adverbs may stand
      // before the verb ("X, yang memimpin rapat, langsung menyela").
      const first = wordAfter(p, from + 1);
      if (first === null || first.start !== from + 2) return null;
      const verb = verbPastAdverbs(p, first, true);
      return verb !== null && SPEECH_VERB_WORDS.hasAt(p, verb.start, verb.end) ? verb : null;
    }
    if (next && p.charCodeAt(next.start - 2) === 44 && next.start - 2 >= w.end && !hasClausePunctuation(p, w.end, next.start - 2) &&
      SPEECH_VERB_WORDS.hasAt(p, next.start, next.end)) return next;
    if (!next || hasClausePunctuation(p, from, next.start)) return null;
    w = next;
    if (SPEECH_VERB_WORDS.hasAt(p, w.start, w.end)) return w;
  }
  return null;
}

function hasClausePunctuation(p: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = p.charCodeAt(k);
    if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 40 || c === 41) return true;
  }
  return false;
}

/** Words before a name that put it inside a statement's channel ("… dalam unggahan di
 *  X", "… dalam wawancara dengan harian Le Figaro"): such a name is not the subject. */
const IN_CHANNEL_RE = /(?:^|\s)(?:[Dd]alam|[Mm]elalui|[Ll]ewat|via)\s[^,.;:!?()"\u201c\u201d]{0,60}$/;

function inChannel(p: string, start: number, floor: number): boolean {
  return IN_CHANNEL_RE.test(p.slice(Math.max(floor, start - 70), start));
}

/** The last person in [from, to), passing over people named inside a channel phrase
 *  when someone was named before it. */
function personOutsideChannel(p: string, mentions: LocalMention[], from: number, to: number): number | null {
  let person = lastPersonBefore(mentions, from, to);
  while (person !== null && inChannel(p, mentions[person].start, from)) {
    const earlier = lastPersonBefore(mentions, from, mentions[person].start);
    if (earlier === null) break;
    person = earlier;
  }
  // "Yohana, saat dihubungi Bisnis, mengatakan": the outlet that reached the speaker is no
  // subject when a person was named before it (contact-aside.ts).
  while (person !== null && insideContactAside(p, mentions[person].start)) {
    const earlier = lastPersonBefore(mentions, from, mentions[person].start);
    if (earlier === null) break;
    person = earlier;
  }
  // "Kapolres X, didampingi Kasat Reskrim Y, mengatakan": a person named after a companion
  // word is no subject when a person was named before it (companion-subject.ts).
  while (person !== null) {
    const earlier = lastPersonBefore(mentions, from, mentions[person].start);
    if (earlier === null || !companionBetween(p, mentions[earlier].end, mentions[person].start)) break;
    person = earlier;
  }
  return person;
}

function sortedByAt(events: SpeechEvent[]): boolean {
  for (let k = 1; k < events.length; k++) if (events[k - 1].at > events[k].at) return false;
  return true;
}

/** "menurut X", "kata X": the word before a mention makes it the speaker. Only read
 *  (sliced, lower-cased) when the mention does not open its sentence. */
function afterCue(p: string, start: number): boolean {
  const before = wordBefore(p, start);
  if (!before) return false;
  return isLowerWordAt(p, before.start, before.end, 'menurut') ||
    (before.end === start - 1 && p.charCodeAt(before.end) === 32 && POST_CUE_WORDS.hasAt(p, before.start, before.end));
}

/** A sentence opening with a pronoun subject and a reporting verb, after an optional
 *  connective: "Ia menambahkan …", "Namun, dia juga menilai …". */
const PRONOUN_SUBJECT_RE = /\s*(?:(?:Namun|Tetapi|Tapi|Selain itu|Sementara itu|Kemudian|Lalu|Di sisi lain),?\s+)?(?:[Ii]a|[Dd]ia|[Bb]eliau)\s+(?:(?:juga|pun|kembali|lalu|kemudian|sempat|bahkan|tetap|sudah|telah)\s+){0,2}/y;

const MENURUT_PRONOUN_RE = /Menurut(?:nya| dia| beliau),/y;

function pronounSubjects(p: string, starts: number[], ns: number, spans: QuoteSpan[], out: SpeechEvent[] | undefined): SpeechEvent[] | undefined {
  for (let si = 0; si < ns; si++) {
    let k = starts[si];
    while (k < p.length && isSpace(p.charCodeAt(k))) k++;
    // Every opener starts with one of I D B N T S K L M: other sentences are turned away unread.
    const c = p.charCodeAt(k);
    if (c !== 73 && c !== 68 && c !== 66 && c !== 78 && c !== 84 && c !== 83 && c !== 75 && c !== 76 && c !== 77) continue;
    if (spans.length > 0 && insideSpan(spans, k)) continue;
    // "Menurutnya, …" opening a sentence: the same person speaks as after "Ia menilai".
    MENURUT_PRONOUN_RE.lastIndex = k;
    if (c === 77 && MENURUT_PRONOUN_RE.test(p)) {
      out = appendSmall(out, { at: k, mention: PRONOUN_SUBJECT });
      continue;
    }
    PRONOUN_SUBJECT_RE.lastIndex = k;
    if (!PRONOUN_SUBJECT_RE.test(p)) continue;
    const verb = wordAfter(p, PRONOUN_SUBJECT_RE.lastIndex);
    if (verb && verb.start === PRONOUN_SUBJECT_RE.lastIndex && SPEECH_VERB_WORDS.hasAt(p, verb.start, verb.end)) {
      out = appendSmall(out, { at: k, mention: PRONOUN_SUBJECT });
    }
  }
  return out;
}

/** Sentences opening with a definite description and a reporting verb ("Pelatih itu juga
 *  menyebut …"): the described person speaks (DEFINITE_SUBJECT). */
function definiteSubjects(p: string, starts: number[], ns: number, mentions: LocalMention[], spans: QuoteSpan[], out: SpeechEvent[] | undefined): SpeechEvent[] | undefined {
  for (let si = 0; si < ns; si++) {
    if (spans.length > 0 && insideSpan(spans, starts[si])) continue;
    const d = definiteSubjectAt(p, starts[si], mentions);
    if (d !== null) {
      out = appendSmall(out, { at: d.start, mention: DEFINITE_SUBJECT, spoke: true, head: d.head });
      continue;
    }
    const t = titleSubjectAt(p, starts[si], mentions);
    if (t !== null) out = appendSmall(out, { at: t.start, mention: TITLE_SUBJECT, spoke: true, head: t.head });
  }
  return out;
}

// Sticky, tried at a sentence start in place (no slice of the sentence's first words).
const MENURUT_ANONYMOUS_RE = /Menurut (?:seorang|sumber|salah seorang|salah satu|para|sejumlah|beberapa|pejabat) /y;
// After a connective ("Sementara itu, seorang staf …") the opener is in lower case.
const ANONYMOUS_OPENERS = new RegExp('(?:Seorang|Sumber|Salah seorang|Salah satu|Pejabat|Para|Sejumlah|Beberapa|' +
  '(?:Sementara itu|Namun|Di sisi lain|Selain itu|Adapun|Secara terpisah|Di tempat terpisah),?\\s+(?:seorang|sumber|salah seorang|salah satu|sejumlah|beberapa))\\s', 'y');
/** "… yang enggan disebut namanya", "… yang tidak mau disebutkan namanya": the source
 *  asked not to be named, whoever it is related to ("seorang kerabat Kirana …"). */
const ASKED_UNNAMED = String.raw`(?:enggan|tidak mau|tak mau|tidak ingin|tak ingin|menolak|minta|meminta)\s+(?:di)?sebut(?:kan)?\s+nama(?:nya)?\b`;
const UNNAMED_RE = new RegExp(String.raw`\b${ASKED_UNNAMED}|\bnamanya\s+(?:tidak|tak|enggan)\s+(?:ingin\s+)?(?:di)?(?:sebut|tulis)(?:kan)?\b|\b(?:tidak|tak|enggan)\s+(?:mau|ingin)\s+namanya\s+(?:di)?(?:sebut|tulis|muat)(?:kan)?\b`);

/** Most characters of a relative aside saying the source asked not to be named. */
const MAX_UNNAMED_ASIDE = 70;
/** Where a relative aside set off by commas at `at` that says its source asked not to be
 *  named (", yang tidak mau namanya ditulis,") ends, after its closing comma; else -1. */
function unnamedAsideEnd(p: string, at: number, end: number): number {
  if (p.charCodeAt(at) !== 44 || !p.startsWith(' yang ', at + 1)) return -1;
  const close = p.indexOf(',', at + 6);
  if (close < 0 || close >= end || close - at > MAX_UNNAMED_ASIDE) return -1;
  return UNNAMED_RE.test(p.slice(at, close)) ? close + 1 : -1;
}

/** Where the opener ends when the sentence at `at` opens with an unnamed source
 *  ("Seorang pejabat …", "Sementara itu, seorang staf …"), else -1. */
export function unnamedSourceOpenerEnd(p: string, at: number): number {
  const c = p.charCodeAt(at);
  // Every opener starts with S, P, B, N, D or A: other sentences are turned away unread.
  const opens = (c === 83 || c === 80 || c === 66 || c === 78 || c === 68 || c === 65) && matchesAt(ANONYMOUS_OPENERS, p, at);
  return opens ? ANONYMOUS_OPENERS.lastIndex : -1;
}

/** [from, to) says its source asked not to be named. */
export function saysUnnamed(p: string, from: number, to: number): boolean {
  return to - from > 20 && UNNAMED_RE.test(p.slice(from, to));
}

/** The reporting verb of the sentence [from, to) whose subject, opening the sentence with no
 *  person named, says it asked not to be named, the verb right after ("Warga sekitar yang
 *  enggan disebut namanya mengatakan …", d342), else -1. The sentences that open with
 *  "Seorang", "Sumber" … are read by the openers above. */
function unnamedSubjectVerb(p: string, from: number, to: number, mentions: LocalMention[]): number {
  // (a sentence with no "nama" in it is turned away before the pattern is tried; searched in
  // the sentence only: indexOf over the rest of a long paragraph would be quadratic)
  const sentence = p.slice(from, to);
  if (!sentence.includes('nama')) return -1;
  const m = UNNAMED_SUBJECT_RE.exec(sentence);
  if (m === null) return -1;
  const afterUnnamed = from + m.index + m[0].length;
  const verb = wordAfter(p, afterUnnamed, to);
  if (verb === null || p.slice(afterUnnamed, verb.start).trim() !== '' || !SPEECH_VERB_WORDS.hasAt(p, verb.start, verb.end)) return -1;
  const person = lastPersonBefore(mentions, from, verb.start);
  return person === null ? verb.start : -1;
}
/** "yang enggan disebut namanya", "yang tidak mau disebutkan namanya". */
const UNNAMED_SUBJECT_RE = new RegExp(String.raw`\byang\s+${ASKED_UNNAMED}`);

function matchesAt(re: RegExp, p: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(p);
}

/** "Seorang diplomat Eropa … mengatakan …": a sentence whose subject is an unnamed
 *  source and whose verb reports speech gets an anonymous event. */
function anonymousSources(p: string, starts: number[], ns: number, mentions: LocalMention[], spans: QuoteSpan[]): SpeechEvent[] | undefined {
  let out: SpeechEvent[] | undefined;
  for (let si = 0; si < ns; si++) {
    let k = starts[si];
    while (k < p.length && isSpace(p.charCodeAt(k))) k++;
    const c = p.charCodeAt(k);
    // "Menurut seorang pejabat Estonia, …": an unnamed source, with no verb needed.
    // "Menurut Pasal 7 peraturan itu, …": a document, no actor either (document-source.ts).
    if (c === 77 && (matchesAt(MENURUT_ANONYMOUS_RE, p, k) || opensWithDocumentSource(p, k))) { out = appendSmall(out, { at: k, mention: -1 }); continue; }
    // ("Dalam video, seorang pria … menyebut …": after a fronted adjunct too, unnamed-after-adjunct.ts)
    let openerEnd = unnamedSourceOpenerEnd(p, k);
    if (openerEnd < 0) openerEnd = unnamedOpenerAfterAdjunct(p, k);
    if (openerEnd < 0) {
      // "Warga sekitar yang enggan disebut namanya mengatakan …": asked not to be named.
      const verb = unnamedSubjectVerb(p, k, si + 1 < ns ? starts[si + 1] : p.length, mentions);
      if (verb >= 0) out = appendSmall(out, { at: verb, mention: -1 });
      continue;
    }
    const end = si + 1 < ns ? starts[si + 1] : p.length;
    // The reporting verb must come before any person is named, unless the source asked
    // not to be named ("Seorang kerabat Kirana yang enggan disebut namanya mengatakan").
    const firstPerson = lastPersonBefore(mentions, k, end);
    // Nor when the person named is whose follower or neighbour the source is ("Seorang
    // pengikut Kirana yang … menulis …", unnamed-relative.ts).
    const unnamed = firstPerson !== null && (saysUnnamed(p, k, end) || ownerOfUnnamedRelation(p, mentions[firstPerson].start));
    // From the opener's last word on (a connective's comma stops wordAfter).
    let w = wordAfter(p, wordBefore(p, openerEnd)?.start ?? k, end);
    while (w) {
      if (firstPerson !== null && !unnamed && w.start >= mentions[firstPerson].start) break;
      if (spans.length > 0 && insideSpan(spans, w.start)) break;
      // At the verb: it overrides a place or group named before it ("di Atlanta mengaku").
      if (SPEECH_VERB_WORDS.hasAt(p, w.start, w.end)) { out = appendSmall(out, { at: w.start, mention: -1 }); break; }
      // "Seorang pemuda …, saat ditemui wartawan, berdalih …": over how the reporter
      // reached the source (contact-aside.ts), as after a name.
      const aside = contactAsideEnd(p, w.end);
      // "Salah satu warga, yang tidak mau namanya ditulis, mengaku …": over the aside saying so.
      const unnamedAside = aside > w.end ? -1 : unnamedAsideEnd(p, w.end, end);
      w = wordAfter(p, aside > w.end && p.charCodeAt(aside) === 44 ? aside + 1 : unnamedAside > 0 ? unnamedAside : w.end, end);
    }
  }
  return out;
}

// Regexes used inside functions that run per mention or per paragraph live here: a
// regex literal in a function body makes a new RegExp object on every call.
const DEMONSTRATIVE_RE = /\b(?:tersebut|itu|ini)\b/;
const FAR_DEMONSTRATIVE_RE = /\b(?:tersebut|itu)\b/;
const CAPITAL_START_RE = /^[\p{Lu}\p{N}]/u;
const TRAILING_PUNCT_RE = /[.,!?]+$/;
const SPACES_RE = /\s+/;

/** Initials of every reporting verb and of the adverbs skipped before one. */
const VERB_INITIALS = charTable([...SPEECH_VERBS, ...VERB_ADVERBS, ...CHANNEL_OPENER_LIST].map((w) => w.charCodeAt(0)));

/** A lookup table of ASCII codes (every initial above is a lower-case ASCII letter):
 *  cheaper than a Set for a test made after every mention. */
function charTable(codes: number[]): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of codes) {
    if (c >= 128) throw new Error(`not ASCII: ${c}`);
    table[c] = 1;
  }
  return table;
}

/** Cheap test before reading the word after a mention: only a space or ", " then a
 *  lower-case letter that can start a reporting verb. */
function mayStartVerb(p: string, end: number): boolean {
  let k = end;
  if (p.charCodeAt(k) === 44) k++;
  // (no read past the text's end: the optimizing compiler assumes none, and the first one
  // costs a recompile of the function this one is inlined into; bench/instructions.ts)
  if (k + 1 >= p.length) return false;
  if (p.charCodeAt(k) !== 32) return false;
  const c = p.charCodeAt(k + 1);
  return c < 128 && VERB_INITIALS[c] === 1;
}

function wordIs(p: string, w: { start: number; end: number } | null, word: string): boolean {
  return !!w && isLowerWordAt(p, w.start, w.end, word);
}

function lowerWord(p: string, w: { start: number; end: number }): string {
  return p.slice(w.start, w.end).toLowerCase();
}

/** How far back the sentence holding a quote or a verb is looked for: a huge one-line text
 *  stays linear. */
const SENTENCE_REACH = 600;
/** No quote spans: the sentence starts that menurut and reportingVerbInSentence read are
 *  the marks' alone. */
const NO_SPANS: readonly QuoteSpan[] = [];

/** Sentence starts of the paragraph being attributed (see sentenceStarts): one array
 *  for every paragraph, as a fresh one per paragraph was a large share of the garbage. */
const STARTS: number[] = [];

/** Writes the offsets where sentences start in a paragraph to `out` from index 0 (the
 *  first is always 0) and returns how many. One scan. */
function sentenceStarts(p: string, spans: QuoteSpan[], out: number[]): number {
  out[0] = 0;
  let n = 1;
  // (a mark at the paragraph's start starts no sentence inside it)
  for (let k = nextSentenceEnd(p, 0); k >= 0; k = nextSentenceEnd(p, k + 1)) {
    if (k === 0 || k + 1 >= p.length) continue;
    if (spans.length > 0 && insideSpan(spans, k)) continue;
    out[n++] = k + 1;
  }
  // “… ke depan.” Seorang perawat …: a quote that ends a sentence inside its marks, then a
  // capital, starts a sentence too. In paragraphs this is mostly where a paragraph ends;
  // an article delivered as one line has only these boundaries left.
  const before = n;
  for (let s = 0; s < spans.length; s++) if (!spans[s].unclosed && quoteEndsSentenceBeforeCapital(p, spans[s].end)) out[n++] = spans[s].end;
  if (n > before) sortPrefix(out, n);
  return n;
}

/** Sorts out[0, n) (a handful of sentence starts) in place, dropping duplicates. */
function sortPrefix(out: number[], n: number): void {
  const sorted = out.slice(0, n).sort((a, b) => a - b);
  for (let k = 0; k < n; k++) out[k] = sorted[k];
}

const PASSIVE_CUES = new LowerWordSet(SPEAKER_PASSIVES);

/** A passive reporting verb later in the same sentence ("demikian disampaikan X"). */
function passiveCueAfter(p: string, from: number): { start: number; end: number } | null {
  const limit = Math.min(p.length, from + 300);
  let k = from;
  while (k < limit) {
    const c = p.charCodeAt(k);
    if ((c === 46 || c === 33 || c === 63) && (k + 1 >= p.length || isSpace(p.charCodeAt(k + 1)))) return null;
    if (c === 0x201c || c === 34) return null;
    const w = wordAfter(p, k, limit);
    if (!w) { k++; continue; }
    if (PASSIVE_CUES.hasAt(p, w.start, w.end)) return w;
    k = w.end;
  }
  return null;
}

function endsWithComma(p: string, q: QuoteSpan): boolean {
  return p.charCodeAt(q.end - 2) === 44 || p.charCodeAt(q.end) === 44;
}

function citedAsWord(p: string, start: number): boolean {
  const w = wordBefore(p, start);
  return !!w && CITATION_WORDS.hasAt(p, w.start, w.end);
}

/** “Salam Metal”, "Koalisi Sukarela": every word capitalised — a name, not speech. */
function looksLikeName(p: string, from: number, to: number): boolean {
  // Most short quotes open with a lower-case word (“sangat penting”): no name, decided
  // without the copies below. Exact: a lower-case letter after spaces is what the
  // trimmed text starts with, and [\p{Lu}\p{N}] does not take it.
  let k = from;
  while (k < to && p.charCodeAt(k) === 32) k++;
  const c = p.charCodeAt(k);
  if (k < to && c >= 97 && c <= 122) return false;
  const inner = p.slice(from, to).replace(TRAILING_PUNCT_RE, '').trim();
  if (!inner) return true;
  const words = inner.split(SPACES_RE);
  return CAPITAL_START_RE.test(words[0]) && words.every((w) => CAPITAL_START_RE.test(w) || NAME_FUNCTION_WORDS.has(w));
}

/** Lower-case words allowed inside a coined name ("Koalisi Pihak yang Bersedia"). */
const NAME_FUNCTION_WORDS = new Set(['yang', 'dan', 'untuk', 'di', 'dari', 'of', 'the', 'and', 'for', 'in', 'on', 'a']);

/** Words "sebuah" may count before a name; past them the thing is nobody's named one. */
const COUNTED_THING_REACH = 3;

/** "tulis sebuah laporan Bank Indonesia", "kata sebuah tim penyidik Polda NTB": "sebuah"
 *  counts a thing, and a name within its next few words, before a preposition or a mark,
 *  says whose it is; "tulis sebuah akun di bagian komentar" and "kata sebuah sumber" stay
 *  unnamed sources. */
function countedThingNamed(p: string, w: { start: number; end: number }): boolean {
  if (!isLowerWordAt(p, w.start, w.end, 'sebuah')) return false;
  let x = wordAfter(p, w.end);
  for (let n = 0; x !== null && n < COUNTED_THING_REACH; n++, x = wordAfter(p, x.end)) {
    if (isUpper(p.charCodeAt(x.start))) return true;
    if (PLACE_PREPOSITION_WORDS.hasAt(p, x.start, x.end) || isLowerWordAt(p, x.start, x.end, 'sumber')) return false;
  }
  return false;
}

/** "…," kata seorang pejabat / ujar sumber di kementerian: a cue followed by words for an
 *  unnamed source, with no demonstrative pointing back ("kata pejabat tersebut" may mean
 *  the official named before). */
function anonymousCueAfter(p: string, end: number): boolean {
  let k = end;
  while (k < p.length && (isSpace(p.charCodeAt(k)) || p.charCodeAt(k) === 44)) k++;
  const cue = wordAfter(p, k);
  if (!cue || cue.start !== k || !POST_CUE_WORDS.hasAt(p, cue.start, cue.end)) return false;
  const w = wordAfter(p, cue.end);
  // "kata ayahnya." (no name in apposition after it: "kata ayahnya, Suparman"): unnamed-relative.ts.
  if (w && unnamedRelativeAt(p, w.start, w.end)) return !(p.charCodeAt(w.end) === 44 && isUpperStart(p, w.end + 2));
  if (!w || !(ANONYMOUS_SOURCE_WORDS.hasAt(p, w.start, w.end) || JOURNALIST_WORDS.hasAt(p, w.start, w.end)) || countedThingNamed(p, w)) return false;
  // "sambung analis yang dulu bekerja di Hong Kong itu": a demonstrative after a relative
  // clause makes a description of someone already named, not an unnamed source.
  const limit = clauseEnd(p, cue.end);
  return !DEMONSTRATIVE_RE.test(p.slice(cue.end, limit)) && !relativeDescription(p, limit);
}

function postCueAfter(p: string, end: number): boolean {
  let k = end;
  while (k < p.length && (isSpace(p.charCodeAt(k)) || p.charCodeAt(k) === 44)) k++;
  const w = wordAfter(p, k);
  if (!w) return false;
  return POST_CUE_WORDS.hasAt(p, w.start, w.end) || cueWithNya(p, w.start, w.end);
}

/** "katanya", "ujarnya": a cue word with -nya, in any letter case. (Only ASCII letters
 *  lower-case to "nya", and lower-casing the rest of the word alone gives the same
 *  answer: the cues are plain ASCII words.) */
export function cueWithNya(p: string, start: number, end: number): boolean {
  return end - start >= 3 && isLowerWordAt(p, end - 3, end, 'nya') && POST_CUE_WORDS.hasAt(p, start, end - 3);
}

function reportingVerbInSentence(p: string, start: number): boolean {
  const floor = sentenceStartBefore(p, start, Math.max(0, start - SENTENCE_REACH), NO_SPANS);
  let k = start;
  while (k > floor) {
    const w = wordBefore(p, k, floor);
    if (!w) { k--; continue; }
    if (SPEECH_VERB_WORDS.hasAt(p, w.start, w.end) || POST_CUE_WORDS.hasAt(p, w.start, w.end) ||
      isLowerWordAt(p, w.start, w.end, 'menurut') || isLowerWordAt(p, w.start, w.end, 'menurutnya')) return true;
    k = w.start;
  }
  return false;
}

function clauseEnd(p: string, from: number): number {
  const hard = Math.min(p.length, from + 120);
  let k = from;
  let words = 0;
  while (k < hard) {
    const c = p.charCodeAt(k);
    if (c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x201c || c === 34 || c === 40) {
      // An initial's or abbreviation's dot ("Dmitri S. Peskov", "dr. Rina") does not end the clause.
      if (c === 46 && isAbbreviationDot(p, k)) { k++; continue; }
      return k;
    }
    if (isWordChar(c) && (k === 0 || !isWordChar(p.charCodeAt(k - 1)))) {
      if (words > 0 && CLAUSE_STOPS.hasAt(p, k, wordEndFrom(p, k)) && !joinsTitleWords(p, k)) return k;
      words++;
    }
    k++;
  }
  return hard;
}

/** "dan" between two capitalised words inside a title ("Direktur Jenderal Mineral dan
 *  Batubara Kementerian ESDM X", "Perlindungan Konsumen dan Tertib Niaga"): part of the
 *  office's name, no end of the attribution's clause. */
function joinsTitleWords(p: string, k: number): boolean {
  if (!isLowerWordAt(p, k, k + 3, 'dan') || p.charCodeAt(k + 3) !== 32 || p.charCodeAt(k - 1) !== 32) return false;
  const before = wordBefore(p, k - 1);
  return before !== null && before.end === k - 1 && isUpper(p.charCodeAt(before.start)) && isUpper(p.charCodeAt(k + 4));
}

function isUpperStart(p: string, k: number): boolean {
  return isUpper(p.charCodeAt(k));
}

/** Index of the first mention starting at or after `from`, or -1 if it starts at `to` or later. */
function firstMentionFrom(mentions: LocalMention[], from: number, to: number): number {
  const i = firstStartingAt(mentions, from);
  return i < mentions.length && mentions[i].start < to ? i : -1;
}

/** "Kementerian Luar Negeri (Kemlu) RI": names joined only by spaces and brackets form
 *  one subject; its head is the first of them. */
function chainStart(p: string, mentions: LocalMention[], i: number): number {
  while (i > 0 && onlySpacesOrParens(p, mentions[i - 1].end, mentions[i].start)) i--;
  return i;
}

/** /^[\s()]*$/ on p.slice(from, to), read in place: asked for every subject found. */
function onlySpacesOrParens(p: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = p.charCodeAt(k);
    if (c !== 40 && c !== 41 && !isRegexWhitespace(c)) return false;
  }
  return true;
}

/** Where the words before the verb at `verbStart` end, spaces and a channel phrase between
 *  them and the verb passed over ("Manajemen BRI dalam keterangan tertulis berdalih": the
 *  body before the channel). */
function subjectEndBefore(p: string, verbStart: number, floor: number): number {
  let end = verbStart;
  while (end > floor && p.charCodeAt(end - 1) === 32) end--;
  const channel = channelBefore(p, end, floor);
  if (channel >= 0) {
    end = channel;
    while (end > floor && p.charCodeAt(end - 1) === 32) end--;
  }
  return end;
}

/** The actor standing right before the verb (only spaces between), after `person`: the
 *  subject of "(Diperbarui pukul 14.00 WIB) Rusia menuding …", where a capitalised word
 *  the recognizer only guesses to be a name ("Diperbarui") came earlier. Not a place
 *  after "di"/"dari" ("Rinaldi dari Bandung mengatakan"): that is where the person is
 *  from. -1 when there is none. */
function actorRightBefore(p: string, mentions: LocalMention[], person: number, verbStart: number, floor: number): number {
  const i = lastMentionEndingAt(mentions, subjectEndBefore(p, verbStart, floor));
  if (i <= person || mentions[i].type === 'PER') return -1;
  const w = wordBefore(p, mentions[i].start, floor);
  return w !== null && PLACE_PREPOSITION_WORDS.hasAt(p, w.start, w.end) ? -1 : i;
}

const CHANNEL_BEFORE_RE = /(?:dalam|melalui|lewat) (?:keterangan|siaran|pernyataan|rilis)(?: (?:tertulis|pers|resmi))?(?:nya)?,?$/;

/** Where a statement's channel ("dalam keterangan tertulis") ending at `end` starts, or -1. */
function channelBefore(p: string, end: number, floor: number): number {
  const from = Math.max(floor, end - 40);
  if (end - from < 12) return -1;
  const m = CHANNEL_BEFORE_RE.exec(p.slice(from, end));
  return m === null ? -1 : from + m.index;
}

function lastMentionEndingAt(mentions: LocalMention[], end: number): number {
  const i = firstStartingAt(mentions, end) - 1;
  return i >= 0 && mentions[i].end === end ? i : -1;
}

function lastPersonBefore(mentions: LocalMention[], from: number, to: number): number | null {
  // Walked back from `to`: the search forward from `from` read every mention of a sentence
  // with no end for each verb in it (a 3 MB paragraph of cues without a full stop took 47 s).
  for (let i = firstStartingAt(mentions, to) - 1; i >= 0 && mentions[i].start >= from; i--) {
    if (mentions[i].end <= to && mentions[i].type === 'PER') return i;
  }
  return null;
}

/** Between a quote and a name only title words may stand ("…,” Presiden Ukraina Zelensky). */
function onlyTitleWords(p: string, from: number, to: number, mentions: LocalMention[]): boolean {
  let k = from;
  while (k < to) {
    const w = wordAfter(p, k, to);
    if (!w) return p.slice(k, to).trim() === '';
    const mi = firstStartingAt(mentions, w.end) - 1;
    const inMention = mi >= 0 && mentions[mi].start <= w.start && w.end <= mentions[mi].end;
    if (!inMention && !TITLE_HEAD_WORDS.hasAt(p, w.start, w.end) && !isUpperStart(p, w.start)) return false;
    k = w.end;
  }
  return true;
}
