// Reported statements of one paragraph: one regex scan for the cues (reporting verbs,
// "menurut", trailing ", kata X"), each cue read in place. The speaker is attributed by
// the same rules as a quote's (attribution.ts): the subject before a verb, the name
// after a cue, or anaphora that the article pass resolves like a quote's.
import { apposedNameFrom } from '../apposed-rank';
import { ADDRESSED_VERB_WORDS, complementizerAfterAddressee, contentAfterAddressee } from './addressee';
import { isSpace, isUpper, isWordChar, wordAfter, wordBefore } from '../../text/chars';
import { isLowerWordAt, LowerWordSet } from '../../text/lower-word-set';
import { mentionAfter, saysUnnamed, subjectBefore, type LocalAttribution, unnamedSourceOpenerEnd } from '../attribution';
import { ownerOfUnnamedRelation } from '../unnamed-relative';
import { documentSubject } from './document-subject';
import { PLACE_PREPOSITION_WORDS, SUBJECT_PRONOUN_WORDS, TITLE_HEAD_WORDS, VERB_ADVERB_WORDS } from '../lexicon';
import { firstStartingAt, type LocalMention } from '../mention';
import { bodyNounSubject, lastBodyBefore, needsWholeArticle } from '../body-anaphor';
import type { QuoteSpan } from '../quote-marks';
import { appendSmall } from '../small-list';
import { looksLikeClause, relativeMenurutAt } from './clause';
import {
  ADJUNCT_OPENER_WORDS, APOLOGY_WORDS, BAHWA_VERB_WORDS, CLAUSE_VERB_WORDS, JUDGEMENT_VERB_WORDS, BAHWA_VERBS, CLAUSE_VERBS, COMPLEMENTIZER_WORDS, cueRegex, REQUEST_VERBS, TRAILING_CUES, menurutNamesNoSpeaker, PLAN_OR_DUTY_WORDS, FEELING_VERB_WORDS,
  QUESTION_OPENER_WORDS, REQUEST_COMPLEMENTIZER_WORDS, OWN_ACT_VERB_WORDS, PREDICATE_WORDS, REQUEST_VERB_WORDS, STRONG_CLAUSE_VERB_WORDS,
} from './cues';
import { headlineStatement } from './headline';
import { narrativeBeforeIntroducedQuote } from './introduced-quote';
import { contentEnd, SentenceCursor, skipLead, spanAt, trimEnd } from './sentences';
import { trailingStatement } from './trailing';
import { trailingVerbContent } from './trailing-verb';
import { COORDINATOR_WORDS, TURN_WORDS } from './joiners';
import { medialMenurut } from './medial-menurut';
import { roleAroundPlace, UNNAMED_OPENERS } from './role-described-place';
import { asksQuestion } from './question';
import { personBeforeOrigin } from './origin-place';
import { roleSubjectBefore, UNNAMED } from './role-subject-before';
import { speechVerbInNounPhrase } from './verb-in-noun-phrase';
import { CONTRAST_OPENERS, contrastClauseFloor, contrastedSpeechAt } from './contrasted-speaker';
import { requestedOfSubject, requestInsideContent } from './requested-action';
import { relativeAsideContentEnd, relativeClauseSubject, restrictiveRelativeOfThing } from './relative-subject';
import { relativeInsideContent } from './relative-in-content';
import { demonstrativeBodySubject, UNSHOWN_ISSUER } from './demonstrative-body';
import { locatedBodyAfterWeakOpener } from './located-subject';
import { isDateWord, opensContent } from './content-adjunct';
import { VIEW_VERB_WORDS, VIEW_VERBS, viewedAs } from './view-as';

/** A statement found in one paragraph; offsets relative to the paragraph start. */
export interface LocalStatement {
  start: number;
  end: number;
  /** The cue word as written ("mengatakan", "menurut", "ujarnya", ":"). */
  cue: string;
  attribution: Exclude<LocalAttribution, { kind: 'none' }>;
}

const CUES = cueRegex();
const CURSOR = new SentenceCursor();


export function reportedStatements(p: string, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement[] {
  let out = headlineStatement(p, mentions, spans);
  const cursor = CURSOR.reset(p, spans);
  const re = CUES;
  re.lastIndex = 0;
  // test() rather than exec(): no match array and no substrings per cue (a cue per
  // sentence or two in news text). The match is read back from lastIndex: it ends a word.
  while (re.test(p)) {
    const end = re.lastIndex;
    let at = end - 1;
    while (at > 0 && isWordChar(p.charCodeAt(at - 1))) at--;
    let trailing = at >= 2 && p.charCodeAt(at - 1) === 32 && p.charCodeAt(at - 2) === 44 && isTrailingMatch(p, at, end);
    // "Namun, menurutnya, …": a leading "menurut" after a connective, not a trailing one.
    if (trailing && isMenurut(p, at, end) && afterConnective(p, skipLead(p, cursor.startOf(at), at), at)) trailing = false;
    if (trailing) at -= 2;
    // "Menurut data BPS, …", "…, menurut jadwal Pemkot Bogor.": a source of information
    // names no speaker, leading, medial or trailing alike.
    const cueAt = trailing ? at + 2 : at;
    if (end - cueAt === 7 && isMenurut(p, cueAt, end) && menurutNamesNoSpeaker(p, end)) continue;
    if (spans.length > 0 && spanAt(spans, at) >= 0) continue;
    // Subjects are looked for at most 600 characters back, as for quotes (attribution.ts
    // sentenceStart): a huge paragraph without full stops stays linear.
    const sentence = Math.max(cursor.startOf(at), at - 600);
    const last = out !== undefined ? out[out.length - 1] : undefined;
    let found: LocalStatement | null;
    if (trailing) {
      const menurut = isMenurut(p, at + 2, end);
      found = trailingStatement(p, at, menurut, sentence, mentions, spans);
      if (found === null && menurut) found = medialMenurut(p, at, end, sentence, mentions, spans);
    } else if (isMenurut(p, at, end)) {
      found = menurutStatement(p, at, end, sentence, mentions, spans);
    } else if (isLeadingKata(p, at, end)) {
      found = kataStatement(p, at, end, sentence, mentions, spans);
    } else {
      const verbEnd = end;
      if (last !== undefined && at < last.end) {
        // A second verb inside the last statement: coordinated (same subject, two
        // statements) or nested (its own subject governs what follows).
        const coordinated = coordinatedStatement(p, at, verbEnd, last, spans);
        if (coordinated) {
          // "membenarkan daftar itu, tetapi menyatakan …": cut before the second verb, the
          // first verb keeps only a noun object, no statement (spec).
          if (nounObjectLeft(p, last)) (out as LocalStatement[])[(out as LocalStatement[]).length - 1] = coordinated;
          else out = appendSmall(out, coordinated);
          continue;
        }
        const inner = verbStatement(p, at, verbEnd, last.start, mentions, spans);
        if (inner === null || inner.attribution.kind === 'anaphora' || !subjectInside(inner, mentions, last.start)) continue;
        const list = out as LocalStatement[];
        const cut = subjectPhraseStart(p, mentions[inner.attribution.mention].start, last.start);
        // "… meminta Pelindo menyampaikan laporan …": the verb is the action requested.
        if (requestedOfSubject(p, cut, last.start)) continue;
        // "X mengatakan A mengikuti rekomendasi K yang menyimpulkan C": the relative clause is
        // part of X's content (relative-in-content.ts).
        if (relativeInsideContent(p, at, last.start, cut)) continue;
        // "X mengatakan NATO meminta Y menunda …": the request is the content's predicate.
        // ("Menurut X, KPU meminta Y C" stays the inner subject's request, like "Menurut X,
        // laporan KNKT menyimpulkan C" below: the dev gold, d108, d387)
        if (VERB_WORDS.hasAt(last.cue, 0, last.cue.length) && requestInsideContent(p, at, verbEnd, cut, last.start)) continue;
        // "Juru bicara Kemlu X mengatakan Indonesia mendesak …", "Guo menambahkan Beijing
        // berharap …": a country or capital voicing a position in a spokesperson's words is
        // the content of the spokesperson's statement (the dev gold's reading), not a speaker.
        if (cut <= last.start && mentions[inner.attribution.mention].type === 'GPE') continue;
        // "Ia meminta Dinas Kesehatan memastikan …": the one asked to act opens the request's
        // content; it reports no speech of its own (the requester's statement stands).
        if (cut <= last.start && REQUEST_VERB_WORDS.hasAt(last.cue, 0, last.cue.length)) continue;
        // "Menurut X, laporan KNKT menyimpulkan C": the words before the inner subject are
        // the head of its noun phrase ("laporan investigasi"), no statement of X's: C is the
        // inner subject's (eval/README, d256).
        if (cut <= last.start || (isMenurut(last.cue, 0, last.cue.length) && headOfInnerSubject(p, last.start, cut))) {
          // "X mengatakan Y menegaskan bahwa C": one statement C, by Y.
          list[list.length - 1] = inner;
        } else {
          // "X mengatakan A, sementara Y menilai B": two statements.
          last.end = trimEnd(p, last.start, cut);
          list.push(inner);
        }
        continue;
      }
      // "Budi Santoso khawatir hujan deras turun": a feeling, voiced only in a paragraph that
      // reports speech before it (d148: "… mengatakan …. Ketua HPI … khawatir …").
      if (FEELING_VERB_WORDS.hasAt(p, at, verbEnd) && last === undefined && spans.length === 0) continue;
      found = trailingVerbStatement(p, at, verbEnd, sentence, mentions, spans) ?? verbStatement(p, at, verbEnd, sentence, mentions, spans);
    }
    if (found === null || asksQuestion(p, found.start, found.end)) continue;
    if (last !== undefined && found.start < last.end) continue;
    out = appendSmall(out, found);
  }
  return out ?? NONE;
}

/** The result of the many paragraphs without a statement: one shared empty list (never
 *  written to) rather than a new array per paragraph. */
const NONE: LocalStatement[] = [];

/** "X mengatakan (kepada wartawan,) (bahwa) <content>", "X meminta (agar) <content>". */
function verbStatement(p: string, at: number, verbEnd: number, floor: number, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement | null {
  const before = wordBefore(p, at, floor);
  if (before && PLAN_OR_DUTY_WORDS.hasAt(p, before.start, before.end)) return null;
  if (speechVerbInNounPhrase(p, at, verbEnd)) return null;
  const request = REQUEST_VERB_WORDS.hasAt(p, at, verbEnd);
  const needsBahwa = BAHWA_VERB_WORDS.hasAt(p, at, verbEnd);
  let k = skipPunctuation(p, verbEnd);
  let w = wordAfter(p, k);
  let afterComplementizer = false;
  if (w && w.start === k && ADJUNCT_OPENER_WORDS.hasAt(p, w.start, w.end)) {
    // ("kepada Bola.com para pemain …": the one addressed closes the adjunct, addressee.ts)
    const addressed = contentAfterAddressee(p, w.end, mentions);
    k = addressed >= 0 ? addressed : afterAdjunct(p, w.end, spans);
    // ("melaporkan dalam 24 jam terakhir tercatat …": no comma, the time opens the content)
    if (k < 0 && opensContent(p, w.start, w.end)) k = w.start;
    if (k < 0) return null;
    w = wordAfter(p, k);
    // ("menulis di akun X bahwa langkah Rizal membuka …": the adjunct ended at "bahwa", which
    // opens the content clause as it does right after the verb; no clause test after it)
    const ender = wordBefore(p, k, verbEnd);
    afterComplementizer = ender !== null && COMPLEMENTIZER_WORDS.hasAt(p, ender.start, ender.end);
  }
  if (w && w.start === k && ADDRESSED_VERB_WORDS.hasAt(p, at, verbEnd)) {
    // "memperingatkan Bupati X bahwa …": the one warned stays outside the content (addressee.ts).
    const c = complementizerAfterAddressee(p, k);
    if (c >= 0) { k = c; w = wordAfter(p, k); }
  }
  // "meminta maaf kepada …": an apology, no request with content.
  if (request && w && w.start === k && APOLOGY_WORDS.hasAt(p, w.start, w.end)) return null;
  let opened = afterComplementizer;
  if (w && w.start === k && (COMPLEMENTIZER_WORDS.hasAt(p, w.start, w.end) || (request && REQUEST_COMPLEMENTIZER_WORDS.hasAt(p, w.start, w.end)) ||
    isLowerWordAt(p, w.start, w.end, 'agar') || isLowerWordAt(p, w.start, w.end, 'supaya'))) {
    k = skipPunctuation(p, w.end);
    opened = true;
  } else if (request) {
    // "mendesak pemerintah agar …": the span starts after agar within a few words.
    const agar = complementizerSoon(p, k, 4);
    if (agar >= 0) { k = agar; opened = true; }
  }
  // "menampik pihaknya menerima …": a clause opened by "pihaknya" (the speaker's side)
  // needs no "bahwa" after these verbs either.
  if (!opened && needsBahwa && !(w && w.start === k && isLowerWordAt(p, w.start, w.end, 'pihaknya'))) return null;
  const start = k;
  let end = contentEnd(p, start, spans);
  // ("…, sementara agennya menyebut …": the other side's words are not the content, when
  // what stays is a clause of its own: "panen mundur, sementara petani menyebut …" is kept
  // whole rather than lost)
  const contrast = contrastedSpeechAt(p, start, end);
  if (contrast >= 0 && (opened || looksLikeClause(p, start, trimEnd(p, start, contrast), STRONG_CLAUSE_VERB_WORDS.hasAt(p, at, verbEnd), JUDGEMENT_VERB_WORDS.hasAt(p, at, verbEnd)))) end = trimEnd(p, start, contrast);
  if (end <= start || coveredByQuote(start, end, spans)) return null;
  // "mempertanyakan apakah …": an indirect question, no statement.
  if (!opened && w && w.start === start && QUESTION_OPENER_WORDS.hasAt(p, w.start, w.end)) return null;
  // A content opening with a quoted fragment reproduces speech: no clause test needed.
  if (VIEW_VERB_WORDS.hasAt(p, at, verbEnd)) {
    // "melihat A sebagai B" only: "melihat kondisi jalan" is an act.
    if (!viewedAs(p, start, end)) return null;
  } else if (!opened && !(spans.length > 0 && spanAt(spans, start) >= 0) &&
    // (a full quote introduced in the content is no part of the clause test: introduced-quote.ts)
    !looksLikeClause(p, start, narrativeBeforeIntroducedQuote(p, start, end, spans), STRONG_CLAUSE_VERB_WORDS.hasAt(p, at, verbEnd), JUDGEMENT_VERB_WORDS.hasAt(p, at, verbEnd))) return null;
  // "berjanji memeriksa …": a commitment to act, no proposition (dev d46, d186). "berjanji
  // akan memanggil …" voices in public what will happen, a statement like "berjanji kampus
  // akan …" (dev d135, d277; d69 alone leaves one out).
  if (!opened && isLowerWordAt(p, at, verbEnd, 'berjanji') && opensWithPrefixedVerb(p, start)) return null;
  // "mengumumkan akan memangkas belanja pemain": the speaker's own act announced, a plan.
  if (!opened && OWN_ACT_VERB_WORDS.hasAt(p, at, verbEnd) && opensWithPrefixedVerb(p, pastAuxiliaries(p, start))) return null;
  const subject = speakerBefore(p, at, floor, mentions);
  if (subject === null) return null;
  // "Data BPS menunjukkan …": figures show; a person pointing something out reports it.
  if (isLowerWordAt(p, at, verbEnd, 'menunjukkan') && subject.kind !== 'anaphora' && mentions[subject.mention].type !== 'PER') return null;
  // ("Menteri X, yang telah mendesak agar C, menolak …": the relative clause closes before
  // the main predicate, relative-subject.ts)
  if (subject.kind === 'mention' && relativeClauseSubject(p, at, floor, mentions) === subject.mention) {
    end = relativeAsideContentEnd(p, skipLead(p, floor, at), mentions[subject.mention].start, start, end, spans);
  }
  const cue = p.slice(at, verbEnd);
  subject.cue = cue;
  return { start, end, cue, attribution: subject };
}

/** "<clause>, X melaporkan pada hari Senin, mengutip sumber." (trailing-verb.ts): the clause
 *  before the comma, spoken by the verb's subject named after the comma. */
function trailingVerbStatement(p: string, at: number, verbEnd: number, sentence: number, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement | null {
  if (!CLAUSE_VERB_WORDS.hasAt(p, at, verbEnd)) return null;
  // (the content first: nearly every verb goes on with its content and is turned away at
  // the word after it, before the word before it is read)
  const content = trailingVerbContent(p, at, verbEnd, sentence, spans);
  if (content === null) return null;
  const before = wordBefore(p, at, sentence);
  if (before && PLAN_OR_DUTY_WORDS.hasAt(p, before.start, before.end)) return null;
  const subject = speakerBefore(p, at, content.subjectFrom, mentions);
  if (subject === null) return null;
  const cue = p.slice(at, verbEnd);
  subject.cue = cue;
  return { start: content.start, end: content.end, cue, attribution: subject };
}

const ACTION_START = /^(?:me\p{Ll}{3,}|ber\p{Ll}{3,})$/u;

/** Past the auxiliaries and adverbs opening a content at `start` ("akan segera …"). */
function pastAuxiliaries(p: string, start: number): number {
  let k = start;
  for (let w = wordAfter(p, k); w !== null && w.start === k && PREDICATE_WORDS.hasAt(p, w.start, w.end); w = wordAfter(p, k)) k = skipPunctuation(p, w.end);
  return k;
}

/** The content at `start` opens with a prefixed verb: no subject of its own. */
function opensWithPrefixedVerb(p: string, start: number): boolean {
  const w = wordAfter(p, start);
  return w !== null && w.start === start && ACTION_START.test(p.slice(w.start, w.end));
}

/** The subject of a reporting verb, by the quote rules (subjectBefore), except where
 *  those name a place or an unnamed source's institution: "Pedagang di Jakarta
 *  menyebut …", "Seorang pejabat militer Thailand mengatakan …" name no speaker, and
 *  "Dari Jakarta, Kemlu menyatakan …" is spoken by Kemlu. */
function speakerBefore(p: string, at: number, sentenceFloor: number, mentions: LocalMention[]): LocalStatement['attribution'] | null {
  // ("…, sementara agennya menyebut …": the contrast clause's own subject, contrasted-speaker.ts)
  const floor = contrastClauseFloor(p, at, sentenceFloor);
  // "Perseroan menyatakan …": the company the paragraph named before, never a person
  // called "Perseroan" (the word is no mention: a common noun opening a sentence, see
  // rules/unknown-name.ts); with none named, nobody.
  const anaphor = companyAnaphorBefore(p, at, floor);
  if (anaphor >= 0) {
    for (let i = mentions.length - 1; i >= 0; i--) if (mentions[i].end <= anaphor && mentions[i].type === 'ORG') return { kind: 'mention', mention: i, cue: '' };
  }
  // "Perusahaan menyebut …", "Kementerian juga meminta …" (body-anaphor.ts): the last
  // company or ministry this paragraph named, else one named before (the link pass).
  const body = bodyNounSubject(p, at, floor);
  if (body !== null) {
    const i = needsWholeArticle(body.head) ? -1 : lastBodyBefore(p, mentions, firstStartingAt(mentions, body.start) - 1, body.head, () => true, (j) => mentions[j].end);
    if (i >= 0) return { kind: 'mention', mention: i, cue: '' };
    // ("Transnet … menyebut …. Perusahaan itu juga menyatakan …": the body before, demonstrative-body.ts)
    const named = demonstrativeBodySubject(p, at, sentenceFloor, mentions);
    return named >= 0 ? { kind: 'mention', mention: named, cue: '' } : { kind: 'anaphora', cue: '', head: body.head };
  }
  if (anaphor >= 0) return null;
  // "…. Dalam keterangan tertulis, lembaga itu menyatakan …", "Pernyataan itu juga meminta …"
  const described = demonstrativeBodySubject(p, at, sentenceFloor, mentions);
  if (described >= 0) return { kind: 'mention', mention: described, cue: '' };
  if (described === UNSHOWN_ISSUER) return null;
  // "Aksi itu diserukan Serikat X (SX), yang mengklaim …": the name "yang" refers to.
  const antecedent = relativeClauseSubject(p, at, floor, mentions);
  if (antecedent >= 0 && mentions[antecedent].type !== 'GPE') return { kind: 'mention', mention: antecedent, cue: '' };
  if (restrictiveRelativeOfThing(p, at, floor, mentions)) return null;
  const subject = subjectBefore(p, at, floor, mentions);
  if (subject === null || subject.kind === 'none') return indefiniteSubject(p, at, floor, mentions) ? { kind: 'anaphora', cue: '', later: true } : null;
  if (subject.kind === 'anaphora') {
    // "Terdakwa, yang …, diberi kesempatan menanggapi. Ia mengaku …": the role before.
    const role = subject.head === undefined && SUBJECT_PRONOUN_WORDS.hasAt(subject.cue, 0, subject.cue.length) ? roleSubjectBefore(p, skipLead(p, floor, at), mentions) : null;
    if (role === UNNAMED) return { kind: 'anaphora', cue: subject.cue, later: true };
    return role === null ? subject : { ...subject, head: role, definite: true };
  }
  // "Misi pengamat Uni Eropa yang bertugas di Ekuador meminta …": the body, not "Misi".
  const located = locatedBodyAfterWeakOpener(p, mentions, subject.mention, at);
  if (located >= 0) return { kind: 'mention', mention: located, cue: subject.cue };
  const m = mentions[subject.mention];
  // "Seorang kerabat Sulastri yang tidak mau disebutkan namanya berkata …": nobody.
  if (saysUnnamed(p, m.end, at)) return null;
  // "Seorang pengikut Kirana … menulis …": whose follower, not who (unnamed-relative.ts).
  if (m.type === 'PER' && ownerOfUnnamedRelation(p, m.start)) return null;
  const origin = personBeforeOrigin(p, mentions, subject.mention, floor);
  if (origin >= 0) return { kind: 'mention', mention: origin, cue: subject.cue };
  if (m.type === 'PER') return subject;
  // "Namun kepala asosiasi pimpinan petani Subang memperingatkan …": a place inside a role's
  // description is no speaker; the person named with that role, else nobody (the bare-title
  // reading with no fallback: role-described-place.ts).
  if (m.type === 'GPE' && subject.kind === 'mention') {
    const head = roleAroundPlace(p, floor, m.start);
    if (head !== undefined) return { kind: 'anaphora', cue: subject.cue, head, title: NO_FALLBACK };
  }
  // "Piagam PBB menegaskan bahwa …": a text, not the body it is named after, says it.
  if (documentSubject(p, floor, m.start, m.end, at)) return null;
  const lead = skipLead(p, floor, m.start);
  if (ANONYMOUS_OPENER_WORDS.hasAt(p, lead, wordEndAt(p, lead)) || unnamedSourceOpenerEnd(p, lead) >= 0) return null;
  if (!afterPlacePreposition(p, m.start, floor)) return subject;
  // The next actor before the verb that is no place complement.
  for (let i = subject.mention + 1; i < mentions.length && mentions[i].end <= at; i++) {
    if (!afterPlacePreposition(p, mentions[i].start, floor) && mentions[i].type !== 'GPE') return { kind: 'mention', mention: i, cue: subject.cue };
  }
  return null;
}

/** "Seorang pedagang kaus mengaku …": the sentence opens with "seorang" and names nobody
 *  before the verb at `at`; the statement is the person's the article introduces next with
 *  "bernama", if any (named-later.ts, in the link pass). */
function indefiniteSubject(p: string, at: number, floor: number, mentions: LocalMention[]): boolean {
  const lead = skipLead(p, floor, at);
  if (!isLowerWordAt(p, lead, wordEndAt(p, lead), 'seorang')) return false;
  const mi = firstStartingAt(mentions, lead);
  return mi >= mentions.length || mentions[mi].start >= at;
}

/** No body or place to fall back on when nobody was named with the role. */
const NO_FALLBACK = { mention: -1, description: false };

const COMPANY_ANAPHOR_WORDS = new LowerWordSet(['perseroan', 'emiten']);

/** The start of "Perseroan"/"Emiten" right before the verb at `at` (past verb adverbs:
 *  "Perseroan juga menyatakan"), or -1. */
function companyAnaphorBefore(p: string, at: number, floor: number): number {
  let w = wordBefore(p, at, floor);
  if (w !== null && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end)) w = wordBefore(p, w.start, floor);
  return w !== null && COMPANY_ANAPHOR_WORDS.hasAt(p, w.start, w.end) ? w.start : -1;
}

// The openers attribution.ts takes for unnamed sources (ANONYMOUS_OPENERS: the words of an
// unnamed description, role-described-place.ts, and "pejabat"), and a group counted by a
// quantifier: "Ribuan pelanggan PT X mengeluhkan …" is the customers' complaint, not the
// company's (issue 14; like "Sejumlah warga …", nobody named speaks).
const ANONYMOUS_OPENER_WORDS = new LowerWordSet([...UNNAMED_OPENERS, 'pejabat', 'ribuan', 'ratusan', 'puluhan', 'sebagian']);

function afterPlacePreposition(p: string, start: number, floor: number): boolean {
  const w = wordBefore(p, start, floor);
  return w !== null && PLACE_PREPOSITION_WORDS.hasAt(p, w.start, w.end);
}

function wordEndAt(p: string, start: number): number {
  const w = wordAfter(p, start);
  return w !== null && w.start === start ? w.end : start;
}

/** "Menurut X, <content>" / "Menurutnya, <content>" at a sentence start, or "<content>
 *  menurut X" without a comma. */
function menurutStatement(p: string, at: number, cueEnd: number, sentence: number, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement | null {
  // "memuji lini serang lawan yang menurutnya paling berbahaya": "menurut" opening a relative
  // clause's verb group attributes that clause only, no statement of the sentence (clause.ts
  // reads the same insert: relativeMenurut).
  if (relativeMenurutAt(p, at)) return null;
  const cue = p.slice(at, cueEnd);
  let attribution: LocalStatement['attribution'];
  if (cueEnd - at === 10) {
    attribution = { kind: 'anaphora', cue: cue.toLowerCase() };
  } else {
    const next = wordAfter(p, cueEnd);
    if (next === null) return null;
    // "Menurut dia, …": the pronoun points back like "menurutnya".
    if (SUBJECT_PRONOUN_WORDS.hasAt(p, next.start, next.end)) return menurutContent(p, at, sentence, spans, cue, { kind: 'anaphora', cue: cue.toLowerCase() });
    const a = mentionAfter(p, cueEnd, mentions, 'menurut');
    if (a.kind === 'none') return null;
    attribution = a;
    // "Menurut analis politik Universitas X, Rina, <content>": the name in apposition after
    // the first comma; the content follows the comma after the name ("Menurut Dandim X, Letkol
    // Inf Y, …": past the officer's rank, apposed-rank.ts).
    // (also after a bare title whose fallback is that name: "Menurut Dandim X, Letkol Y, …")
    const named = a.kind === 'mention' || a.kind === 'description' ? a.mention : a.kind === 'anaphora' && a.title !== undefined ? a.title.mention : -1;
    if (named >= 0) {
      const first = commaAfter(p, cueEnd, spans, 150);
      const m = mentions[named];
      if (first >= 0 && m.start > first && (skipPunctuation(p, first + 1) === m.start || apposedNameFrom(p, first) === m.start) && p.charCodeAt(m.end) === 44) {
        return menurutContent(p, at, sentence, spans, cue, attribution, m.end);
      }
    }
  }
  return menurutContent(p, at, sentence, spans, cue, attribution);
}

/** "Kata dia, <content>" / "Kata X, <content>" / "Katanya, <content>" opening a sentence:
 *  read like "Menurut X, …" (the capital K keeps "kata" inside narration out). */
function kataStatement(p: string, at: number, cueEnd: number, sentence: number, mentions: LocalMention[], spans: QuoteSpan[]): LocalStatement | null {
  const lead = skipLead(p, sentence, at);
  if (lead !== at && !afterConnective(p, lead, at)) return null;
  const cue = p.slice(at, cueEnd);
  if (cueEnd - at === 7) return menurutContent(p, at, sentence, spans, cue, { kind: 'anaphora', cue: cue.toLowerCase() });
  const next = wordAfter(p, cueEnd);
  if (!next) return null;
  if (SUBJECT_PRONOUN_WORDS.hasAt(p, next.start, next.end)) return menurutContent(p, at, sentence, spans, cue, { kind: 'anaphora', cue: cue.toLowerCase() });
  const a = mentionAfter(p, cueEnd, mentions, 'kata');
  if (a.kind === 'none') return null;
  // "Kata X," with the name right after the cue and closed by the comma: "Kata Sambutan
  // disampaikan oleh Rektor …, Ari Kuncoro." is no cue.
  if (a.kind === 'mention' && (mentions[a.mention].start !== next.start || p.charCodeAt(mentions[a.mention].end) !== 44)) return null;
  return menurutContent(p, at, sentence, spans, cue, a);
}

/** Sentence connectives before a leading "Menurut X," ("Namun, menurutnya, …"). */
const CONNECTIVE_WORDS = new LowerWordSet(['namun', 'tetapi', 'tapi', 'sebaliknya', 'kemudian', 'lalu', 'selanjutnya', 'sementara']);

/** Exactly one connective between the sentence start and the cue, with its comma or
 *  without ("Namun menurut dia, …": the comma is often left out; the cue still leads, and
 *  its content still follows the comma after the speaker). */
function afterConnective(p: string, lead: number, at: number): boolean {
  const w = wordAfter(p, lead, at);
  if (w === null || w.start !== lead || !CONNECTIVE_WORDS.hasAt(p, w.start, w.end)) return false;
  return skipPunctuation(p, w.end) === at;
}

function isLeadingKata(p: string, at: number, end: number): boolean {
  return (end - at === 4 || end - at === 7) && p.charCodeAt(at) === 75 && p.startsWith('ata', at + 1);
}

function menurutContent(p: string, at: number, sentence: number, spans: QuoteSpan[], cue: string, attribution: LocalStatement['attribution'], speakerEnd = at + cue.length): LocalStatement | null {
  const lead = skipLead(p, sentence, at);
  if (lead === at || afterConnective(p, lead, at)) {
    // Leading: the content follows the comma that closes "Menurut X,".
    const comma = commaAfter(p, speakerEnd, spans, 150);
    if (comma < 0) return null;
    const start = skipPunctuation(p, comma + 1);
    const end = contentEnd(p, start, spans);
    if (end <= start || coveredByQuote(start, end, spans)) return null;
    return { start, end, cue, attribution };
  }
  // Trailing without a comma: "<content> menurut X."
  const end = trimEnd(p, lead, at);
  if (end <= lead || coveredByQuote(lead, end, spans)) return null;
  return { start: lead, end, cue, attribution };
}

/** The words [from, to) before an inner subject are only a noun phrase heading it: a few
 *  lower-case words, no comma, no clause of their own. */
function headOfInnerSubject(p: string, from: number, to: number): boolean {
  const text = p.slice(from, to);
  return text.length <= 40 && !/[,;:.]/.test(text) && !/\p{Lu}/u.test(text) && !looksLikeClause(p, from, to);
}

/** "X mengatakan A dan menegaskan B": the second verb shares the subject; the first
 *  statement ends before the coordinator. Returns the second statement, after cutting
 *  the first, or null when the verb is not coordinated. */
function coordinatedStatement(p: string, at: number, verbEnd: number, last: LocalStatement, spans: QuoteSpan[]): LocalStatement | null {
  let w = wordBefore(p, at, last.start);
  while (w && VERB_ADVERB_WORDS.hasAt(p, w.start, w.end)) w = wordBefore(p, w.start, last.start);
  if (!w || !COORDINATOR_WORDS.hasAt(p, w.start, w.end)) return null;
  const firstEnd = trimEnd(p, last.start, w.start);
  if (firstEnd <= last.start) return null;
  const second = verbStatement(p, at, verbEnd, last.start, [], spans) ?? bareContent(p, at, verbEnd, spans);
  if (second === null) return null;
  last.end = firstEnd;
  return { start: second.start, end: second.end, cue: p.slice(at, verbEnd), attribution: { ...last.attribution, cue: p.slice(at, verbEnd) } };
}

/** The statement `s`, a reporting verb's content cut before a coordinated verb, is left a
 *  noun object: no complementiser opens it, and it fails the clause test. */
function nounObjectLeft(p: string, s: LocalStatement): boolean {
  const c = s.cue;
  // (verbs that nearly always take a clause keep a short one: "mengatakan harga naik dan …")
  if (!CLAUSE_VERB_WORDS.hasAt(c, 0, c.length) || STRONG_CLAUSE_VERB_WORDS.hasAt(c, 0, c.length) || VIEW_VERB_WORDS.hasAt(c, 0, c.length)) return false;
  const before = wordBefore(p, s.start, Math.max(0, s.start - 40));
  if (before !== null && (COMPLEMENTIZER_WORDS.hasAt(p, before.start, before.end) || REQUEST_COMPLEMENTIZER_WORDS.hasAt(p, before.start, before.end))) return false;
  return !looksLikeClause(p, s.start, s.end, false, JUDGEMENT_VERB_WORDS.hasAt(c, 0, c.length));
}

/** The content after a verb when the subject lookup found nobody (the coordinated verb
 *  has no subject of its own: it takes the first verb's). */
function bareContent(p: string, at: number, verbEnd: number, spans: QuoteSpan[]): { start: number; end: number } | null {
  let k = skipPunctuation(p, verbEnd);
  const w = wordAfter(p, k);
  if (w && w.start === k && (COMPLEMENTIZER_WORDS.hasAt(p, w.start, w.end) || isLowerWordAt(p, w.start, w.end, 'agar'))) k = skipPunctuation(p, w.end);
  else if (BAHWA_VERB_WORDS.hasAt(p, at, verbEnd)) return null;
  const end = contentEnd(p, k, spans);
  if (end <= k) return null;
  if (VIEW_VERB_WORDS.hasAt(p, at, verbEnd) ? !viewedAs(p, k, end) : !looksLikeClause(p, k, end, STRONG_CLAUSE_VERB_WORDS.hasAt(p, at, verbEnd))) return null;
  return { start: k, end };
}

/** The inner verb's subject is named inside the outer content, after its start. */
function subjectInside(inner: LocalStatement, mentions: LocalMention[], from: number): boolean {
  const a = inner.attribution;
  return (a.kind === 'mention' || a.kind === 'description') && mentions[a.mention].start >= from;
}

/** The regex matched ", <cue>" here (not a verb that happens to follow a comma): the
 *  word is no reporting verb, or is one of the trailing cues too. */
function isTrailingMatch(p: string, at: number, end: number): boolean {
  return !VERB_WORDS.hasAt(p, at, end) || TRAILING_WORDS.hasAt(p, at, end);
}

function isMenurut(p: string, at: number, end: number): boolean {
  return (end - at === 7 || end - at === 10) && (p.charCodeAt(at) === 77 || p.charCodeAt(at) === 109) && isLowerWordAt(p, at + 1, at + 7, 'enurut');
}

const VERB_WORDS = new LowerWordSet([...CLAUSE_VERBS, ...REQUEST_VERBS, ...BAHWA_VERBS, ...VIEW_VERBS]);
const TRAILING_WORDS = new LowerWordSet([...TRAILING_CUES, 'menurut', 'demikian'].flatMap((w) => [w, `${w}nya`]));

/** Where the phrase naming a subject begins: back over capitalised and title words
 *  from its mention, then over a coordinator ("dan", "sementara"). */
function subjectPhraseStart(p: string, mentionStart: number, floor: number): number {
  let k = mentionStart;
  let w = wordBefore(p, k, floor);
  while (w && (isUpper(p.charCodeAt(w.start)) || TITLE_HEAD_WORDS.hasAt(p, w.start, w.end)) && p.charCodeAt(w.end) !== 44) {
    k = w.start;
    w = wordBefore(p, k, floor);
  }
  if (w && (COORDINATOR_WORDS.hasAt(p, w.start, w.end) || CONTRAST_OPENERS.hasAt(p, w.start, w.end) || TURN_WORDS.hasAt(p, w.start, w.end))) k = w.start;
  return k;
}


/** Offset after spaces, a colon or a comma (and the spaces after them). */
function skipPunctuation(p: string, from: number): number {
  let k = from;
  while (k < p.length && isSpace(p.charCodeAt(k))) k++;
  const c = p.charCodeAt(k);
  if (c === 58 || c === 44) {
    k++;
    while (k < p.length && isSpace(p.charCodeAt(k))) k++;
  }
  return k;
}

/** After an adjunct ("kepada wartawan di Jakarta, Senin (2/6),"): the offset after the
 *  next "bahwa" or the comma that closes the adjunct, or -1 when the sentence ends first. */
function afterAdjunct(p: string, from: number, spans: QuoteSpan[]): number {
  const limit = Math.min(p.length, from + 160);
  let k = from;
  let lastComma = -1;
  while (k < limit) {
    const c = p.charCodeAt(k);
    if ((c === 46 || c === 33 || c === 63) && (k + 1 >= p.length || isSpace(p.charCodeAt(k + 1)))) break;
    if (c === 0x201c || c === 34) break;
    if (c === 44) lastComma = k;
    const w = wordAfter(p, k, limit);
    if (w && w.start === k) {
      if (COMPLEMENTIZER_WORDS.hasAt(p, w.start, w.end)) return skipPunctuation(p, w.end);
      // The adjunct ends at a comma followed by a word that opens no further adjunct.
      if (lastComma >= 0 && !ADJUNCT_OPENER_WORDS.hasAt(p, w.start, w.end) && !isDateWord(p, w.start, w.end)) return k;
      k = w.end;
      continue;
    }
    k++;
  }
  void spans;
  return -1;
}


/** "agar" / "supaya" within `words` words after `from`: the offset after it, or -1. */
function complementizerSoon(p: string, from: number, words: number): number {
  let w = wordAfter(p, from);
  for (let n = 0; w && n < words; n++) {
    if (isLowerWordAt(p, w.start, w.end, 'agar') || isLowerWordAt(p, w.start, w.end, 'supaya')) return skipPunctuation(p, w.end);
    if (p.charCodeAt(w.end) === 44 || p.charCodeAt(w.end) === 46) return -1;
    w = wordAfter(p, w.end);
  }
  return -1;
}

/** The first comma after `from` outside quotes and before the sentence ends, or -1. */
export function commaAfter(p: string, from: number, spans: QuoteSpan[], max: number): number {
  const limit = Math.min(p.length, from + max);
  for (let k = from; k < limit; k++) {
    const c = p.charCodeAt(k);
    if (c === 44) return spans.length > 0 && spanAt(spans, k) >= 0 ? -1 : k;
    if ((c === 46 || c === 33 || c === 63) && (k + 1 >= p.length || isSpace(p.charCodeAt(k + 1)))) return -1;
  }
  return -1;
}

/** The content is all inside quotation marks: that is a quote, not a reported statement. */
export function coveredByQuote(start: number, end: number, spans: QuoteSpan[]): boolean {
  if (spans.length === 0) return false;
  const i = spanAt(spans, start);
  return i >= 0 && spans[i].end >= end;
}
