// The light whole-article pass: joins per-paragraph findings into one result.
// - coreference: a surname or first name of an unknown person takes the fullest name
//   used for them anywhere in the article; a weak single capitalised word is kept only
//   if the article confirms it; an acronym defined once keeps its expansion everywhere;
// - quotes: a quote left open at a paragraph end is kept only when the next paragraph
//   continues it (news convention for multi-paragraph quotes) or it fills its paragraph;
// - speakers: anaphora ("katanya", "ia menegaskan") and unattributed quotes take the
//   last salient speaker.
import { NameEvidence, type ParagraphReach } from './name-evidence';
import { MinistryHolders, ministerShortTitleBefore } from './minister-short-title';
import { declaredCodes } from './declared-codes';
import { sasakTitleOpeningSentence } from './sasak-title-opening';
import { TERM_GLUE_WORDS, definedTermStart, slashAfterLowerTermWords, syllabicTermStart } from './defined-terms';
import { dropCommonWordStarts, writtenInLowerCaseNear } from './common-noun-starts';
import { dropUnbackedCommonWordSurnames } from './common-word-surnames';
import { dropCommonPhrasePeople } from './common-phrase-people';
import { confirmAcronymsOfNamedBodies } from './weak-acronym-of-named-body';
import { joinHyphenatedSurnames } from './hyphenated-surnames';
import { isSentenceInitial } from './actors/ctx';
import { placePrepositionBefore } from './actors/place-preposition';
import { trimWordBeforeGivenName } from './word-before-given-name';
import { isCountry } from '../kb/country';
import { isGeneratedWorldCityId } from '../kb/builtin';
import type { KbIndex } from '../kb/kb-index';
import type { KbEntity } from '../kb/types';
import { isSpace, isUpper, sameCharsAt, wordBefore, wordEndFrom } from '../text/chars';
import { endsSentenceAt, sentenceStartBefore } from './sentence-end';
import { countBlanks } from '../text/words';
import { LowerWordSet } from '../text/lower-word-set';
import type { Range } from '../text/paragraphs';
import { DEFINITE_SUBJECT, PRONOUN_SUBJECT, TITLE_SUBJECT, type LocalAttribution, type LocalQuote } from './attribution';
import { addressesBench, introducedAsJudge } from './court-address';
import { titledPersonAfter, titledPersonBefore } from './described-person';
import { agreeingInSex, describedSexAfter, SexMarks, sexOfHead } from './described-gender';
import { descriptionQualifier, introducedWith } from './description-qualifier';
import { isBandRole } from './band-roles';
import { officialOfBody } from './body-official';
import { apposedAfterRole, apposedAtClauseEnd } from './apposed-speaker';
import { contactAsideEnd } from './contact-aside';
import { ANSWER_REACH, answersUnnamed, asksByBareAddress, asksQuestion, asksUnnamedAgain, quotesUnnamedAsking, unnamedAsksAt } from './unnamed-questions';
import { releaseIntList, takeIntList, type IntList } from './int-list';
import { firstStartingAt, type LocalMention } from './mention';
import { PeopleByName } from './people-by-name';
import type { ParagraphAnalysis } from './paragraph';
import { MAX_NAMES, nameSlips } from './name-slips';
import { afterTitle, capitalisedName, fullNameOfShortFirst, ownRoleBefore, particleLowered, trimNounBeforeKnownName } from './name-variants';
import { headlineTitleSpeakers } from './headline-title-speaker';
import { headlineColonSpeakers } from './headline-colon-speaker';
import { HEADLINE_VERB_LINE_RE, headlineVerbSpeakers } from './headline-verb-speaker';
import { headlineQuoteSpeakers } from './headline-quote-speaker';
import { longFormOf } from './title-subject';
import { BODY_NOUN_WORDS, bodyDescriptionAt, isBodyHead, lastBodyBefore } from './body-anaphor';
import { MODERATOR_HEAD } from './moderator-question';
import { joinBodiesOfUniversities } from './university-body';
import { unitsToTheirParentBody } from './unit-parent-body';
import { resolveShortOrganisationNames } from './org-short-forms';
import { spellOutHospitals } from './hospital-names';
import { spellOutRegionalAcronyms } from './regional-acronym-body';
import { withoutBankHead, withoutBankKind } from './bank-short-name';
import { bodiesByInitials } from './body-initials';
import { joinHeadlineBodiesToRegions } from './headline-body-region';
import { bodyNames, headlineKeys, headlineOccurrences, KeyFilter, nameIndex, openingEnd, withoutSectorWord } from './headline-names';
import { linkQuotedFragments, reportedStatement } from './reported/link';
import { personNamedLater } from './named-later';
import { chooseContextSpeakers } from './speaker-model';
import { markClosingAttributions, recordTakenFromAfter, type TakenFromAfter } from './closing-attribution';
import { splitCompanyLeads } from './company-lead-name';
import { splitBodiesGluedToPeople } from './body-glued-person';
import { bodiesOfTheArticleCountry } from './article-country';
import { barePlacesToTheirSubdivision } from './subdivision-mentions';
import { bareBodiesToRegionalOnes, bareGovernmentBodiesToArticleRegion, bareGovernmentHeadsToArticleRegion, RegionalBodiesByShortHead, unprefixedToPrefixedBodies } from './bare-regional-body';
import { isQuestionLine, questionSentenceBefore } from './interview-questions';
import { joinSportClubs } from './sport-clubs';
import { PERS_CLUB_NAME, PS_CLUB_INITIALS } from './club-short-name';
import { busesNear, headedAsBusCompany } from './bus-company';
import { mergedFirstWins } from './merged-extras';
import { splitOrganisationHolders } from './org-holder-split';
import { dropOneWordDistricts, dropSubRegencyPlaces } from './sub-regency-place';
import { seatsOutsideTheirRegency } from './actors/rules/ordinary-word-seat';
import { retypeDatelinePlaceNames } from './dateline-place-person';
import { bodyUnitCanonical } from './body-unit';
import { COMPANY_BRANCH_WORDS, CONTINENTS, ORG_HEADS, PERSON_ROLES, PROGRAMME_HEADS, TITLE_HEAD_WORDS } from './lexicon';
import { bareDivisionsToRegionalUnit } from './regional-division';
import { missionCanonical, missionsWithTheirPlace } from './diplomatic-mission';
import { bareRegency, CITY, governedByRegencyWord, mayBeBareRegency, placeRegency, REGENCY, regionalCanonical } from './regional-names';
import { citiesToArticleRegency, regencyOfArticle } from './article-regency';
import { boardsToTheirOrganisation } from './federation-board';
import { regionAcronyms, regionsByInitials, withRegionSpeltOut } from './region-acronyms';
import { closesTurn, opensTurn, turnGlue } from './turns';
import { answerLabelled } from './turn-labels';
import { interviewedIn, intervieweeOf, interviewVerbIn } from './interview-turns';
import { SOLE_LEAD_REACH, soleLeadPerson } from './interview-announcement';
import { bringsInOther, quotedInterviewIn, quotedInterviewTurn, type QuotedInterview } from './quoted-interview';
import { channelOwner, isChannelHead } from './channel-owner';
import { isRelativeHead, namedRelative } from './unnamed-relative';
import { Introductions } from './introductions';
import { type Answered, answeredNow, answererAfterQuestion, questionedParty, speaksToAsker } from './answer-turns';
import { postsCloserEnd } from './posts-closer';
import { namedAsObject, narrationSubject, describedNarrationSubject } from './narration-subject';
import { insideFrontedTopic } from './fronted-topic';
import { unnamedIntroducedWith } from './unnamed-introduced';
import { channelNarrationOwner } from './channel-narration';
import { addressedPerson, addressedWord, addressTermOf, bareAddressTerm, speaksAsSelf } from './vocative-addressee';
import { capitalisedLabel } from './caps-label-name';
import { ADDRESSEE_REACH, askedPersonAt, questionAddresseeStart } from './question-addressee';
import { statementTakesFloor } from './statement-floor';
import { quoteFollowsSubjectSentence, speaksAsOnePerson, subjectActedUpon } from './subject-before-quote';
import { speakersToHeadlineNames } from './headline-speaker-name';
import { CONTEXT_CUE, type ActorMention, type AnalysisResult, type Quote, type ReportedStatement } from './types';

/** Every mention of the article in text order, with its side data in parallel arrays
 *  rather than a wrapper object per mention: on a 20 MB text that is 400,000 objects
 *  fewer for the garbage collector to copy. Paragraph `pi`'s local mention `i` is
 *  `m[first[pi] + i]`. */
interface Mentions {
  m: ActorMention[];
  /** How each mention was found: KB, PATTERN or WEAK (LocalMention['source']). */
  source: IntList;
  /** 1 when the mention is reported (weak mentions start at 0 until confirmed). */
  keep: IntList;
  /** The paragraph of each mention. */
  para: IntList;
  /** Index of each paragraph's first mention; one more entry than paragraphs. */
  first: IntList;
  /** Acronyms defined in the text: [acronym, the mention it abbreviates] index pairs. */
  expansions: IntList;
  /** Each mention's first character and length as one small number (weakShape): the
   *  search for weak surfaces rules most mentions out on it without reading them. */
  shape: IntList;
  /** 1 when the mention holds a space or no-break space (a multi-word name): read off the
   *  text at `add`, where its characters are in cache, for the walks of resolvePeople
   *  that ask it of every person and unknown name. */
  spaced: IntList;
}

const KB = 0;
const PATTERN = 1;
const WEAK = 2;
const SOURCE_CODE: Record<LocalMention['source'], number> = { kb: KB, pattern: PATTERN, weak: WEAK };

/** The paragraphs as the link pass keeps them; paragraph `pi`'s speech events are
 *  [firstEvent[pi], firstEvent[pi + 1]) in eventAt/eventMention (see SpeechEvent), its
 *  quotes [firstQuote[pi], firstQuote[pi + 1]) in the quote lists. A quote is kept as
 *  numbers (and its cue) rather than as the paragraph's LocalQuote objects: those all
 *  lived until the end of the article, a tenth of what the garbage collector copied on
 *  a long text. */
interface Paragraphs {
  start: IntList;
  end: IntList;
  firstQuote: IntList;
  /** Per quote: offsets in the paragraph, UNCLOSED | ATT_* kind, the mention its
   *  attribution names (paragraph-local index, or -1) and its cue ('' for none). */
  quoteStart: IntList;
  quoteEnd: IntList;
  quoteInfo: IntList;
  quoteMention: IntList;
  quoteCue: string[];
  /** Descriptions' heads (LocalAttribution / SpeechEvent `head`), by quote or event
   *  index: few, so kept aside rather than as a list entry per quote. */
  quoteHead: Map<number, string>;
  /** A TITLED entry's fallback mention (paragraph index * 2 + 1 when read as a description), if any. */
  quoteFallback: Map<number, number>;
  eventHead: Map<number, string>;
  eventAt: IntList;
  eventMention: IntList;
  firstEvent: IntList;
  /** 1 for a headline line (ParagraphAnalysis.headline). */
  headline: IntList;
}

const UNCLOSED = 1;
const ATT_MENTION = 0 << 1;
const ATT_DESCRIPTION = 1 << 1;
const ATT_ANAPHORA = 2 << 1;
const ATT_NONE = 3 << 1;
const ATT_MASK = 3 << 1;
/** The entry is a reported statement (reported/), resolved in the same walk as quotes. */
const REPORTED = 1 << 3;
/** The quote's cue names an unnamed source (LocalQuote.anonymous). */
const ANONYMOUS = 1 << 4;
/** The anaphora is a description, not a pronoun (LocalAttribution's `described`). */
const DESCRIBED = 1 << 5;
/** The anaphora is a definite description as the verb's subject (LocalAttribution's `definite`). */
const DEFINITE = 1 << 6;
/** The anaphora is a bare office title (LocalAttribution's `title`): only a person introduced
 *  with it, else its fallback in quoteFallback, never the salient or last person. */
const TITLED = 1 << 7;
/** The anaphora is an indefinite subject named, if at all, only after the statement
 *  (LocalAttribution's `later`, named-later.ts). */
const NAMED_LATER = 1 << 8;
/** The quote's attribution is the next quote's, closing a run in one paragraph
 *  (LocalQuote's `closedByNext`, closing-attribution.ts). */
const CLOSED_BY_NEXT = 1 << 9;
const ATT_CODE: Record<LocalAttribution['kind'], number> = {
  mention: ATT_MENTION, description: ATT_DESCRIPTION, anaphora: ATT_ANAPHORA, none: ATT_NONE,
};

export interface LinkOptions {
  /** Used to resolve role descriptions ("pemimpin Ukraina") to people via KB descriptions. */
  kb?: KbIndex;
  /** Surface forms never reported as actors. */
  suppress?: ReadonlySet<string>;
  /** How far, in paragraphs, one paragraph's names may decide another's identity (a
   *  stranger sharing a KB person's name, name-evidence.ts); unset: the whole article. */
  nameReach?: ParagraphReach;
}

export function linkArticle(text: string, paras: readonly Range[], parts: readonly ParagraphAnalysis[], options: LinkOptions = {}): AnalysisResult {
  const linker = new ArticleLinker(text);
  for (let pi = 0; pi < paras.length; pi++) linker.add(paras[pi].start, paras[pi].end, parts[pi]);
  return linker.finish(options);
}

/** The link pass fed one paragraph at a time: `add` turns the paragraph's local
 *  mentions into article mentions at once, so a caller that does not keep the
 *  paragraph results (plain `analyze`) lets them die young instead of making the
 *  garbage collector copy every paragraph's findings until the end of the article. */
export class ArticleLinker {
  // Kept until `finish`, so kept flat: numbers in arrays, not an object per paragraph
  // or per speech event (200,000 paragraphs in the 20 MB benchmark text).
  private readonly paras: Paragraphs = {
    start: takeIntList(), end: takeIntList(), firstQuote: takeIntList(),
    quoteStart: takeIntList(), quoteEnd: takeIntList(), quoteInfo: takeIntList(), quoteMention: takeIntList(), quoteCue: [], quoteHead: new Map(), quoteFallback: new Map(), eventHead: new Map(),
    eventAt: takeIntList(), eventMention: takeIntList(), firstEvent: takeIntList(), headline: takeIntList(),
  };
  private readonly all: Mentions = {
    m: [], source: takeIntList(), keep: takeIntList(), para: takeIntList(), first: takeIntList(), expansions: takeIntList(), shape: takeIntList(), spaced: takeIntList(),
  };
  /** `finish` hands out the mention list itself: the linker is spent afterwards. */
  private finished = false;

  constructor(private readonly text: string) {}

  /** Paragraphs must be added in text order; `start`/`end` are its offsets in the text. */
  add(start: number, end: number, part: ParagraphAnalysis): void {
    if (this.finished) throw new Error('ArticleLinker.add: already finished');
    const { text, all, paras } = this;
    paras.start.push(start);
    paras.end.push(end);
    paras.headline.push(part.headline ? 1 : 0);
    paras.firstQuote.push(paras.quoteStart.length);
    // Quotes and reported statements in one list, in text order, so the speaker walk
    // resolves both with the same rules and state.
    const rep = part.reported;
    for (let q = 0, r = 0; q < part.quotes.length || r < rep.length;) {
      const statement = r < rep.length && (q >= part.quotes.length || rep[r].start < part.quotes[q].start);
      const lq = statement ? rep[r++] : part.quotes[q++];
      const att = lq.attribution;
      paras.quoteStart.push(lq.start);
      paras.quoteEnd.push(lq.end);
      const titled = att.kind === 'anaphora' && att.title !== undefined ? TITLED : 0;
      const definite = (att.kind === 'anaphora' && att.definite ? DEFINITE : 0) | titled;
      if (att.kind === 'anaphora' && att.head !== undefined) paras.quoteHead.set(paras.quoteStart.length - 1, att.head);
      if (att.kind === 'anaphora' && att.title !== undefined && att.title.mention >= 0) {
        paras.quoteFallback.set(paras.quoteStart.length - 1, att.title.mention * 2 + (att.title.description ? 1 : 0));
      }
      paras.quoteInfo.push(statement ? REPORTED | definite | (att.kind === 'anaphora' && att.later ? NAMED_LATER : 0) | ATT_CODE[att.kind]
        : ((lq as LocalQuote).unclosed ? UNCLOSED : 0) | ((lq as LocalQuote).anonymous ? ANONYMOUS : 0) | ((lq as LocalQuote).closedByNext ? CLOSED_BY_NEXT : 0) | (att.kind === 'anaphora' && att.described ? DESCRIBED : 0) | definite | ATT_CODE[att.kind]);
      paras.quoteMention.push(att.kind === 'mention' || att.kind === 'description' ? att.mention : -1);
      paras.quoteCue.push(att.kind === 'none' ? '' : att.cue);
    }
    paras.firstEvent.push(paras.eventAt.length);
    // Indexed loops in the per-paragraph and per-mention paths: a for-of here showed up
    // as iterator objects in allocation profiles.
    for (let e = 0; e < part.events.length; e++) {
      paras.eventAt.push(part.events[e].at);
      // A named subject is kept as mention * 2 + 1 when it spoke (see linkQuotes).
      const ev = part.events[e];
      if (ev.head !== undefined) paras.eventHead.set(paras.eventAt.length - 1, ev.head);
      paras.eventMention.push(ev.mention >= 0 ? ev.mention * 2 + (ev.spoke ? 1 : 0) : ev.mention);
    }
    const base = start;
    const f = all.m.length;
    all.first.push(f);
    for (let i = 0; i < part.mentions.length; i++) {
      const lm = part.mentions[i];
      const start = base + lm.start;
      const end = base + lm.end;
      // Most names are written as their canonical form or as the KB alias they matched:
      // share that string rather than keep a copy of the same characters per mention
      // (the copies were a tenth of what the garbage collector had to move on a long text).
      const c = lm.canonical;
      const a = lm.alias;
      const surface = c.length === end - start && sameCharsAt(text, start, c) ? c
        : a !== undefined && a.length === end - start && sameCharsAt(text, start, a) ? a
          : text.slice(start, end);
      // Built whole (not entityId added afterwards): one object shape per kind of mention.
      all.m.push(lm.entityId !== undefined
        ? { start, end, text: surface, type: lm.type, canonical: c, entityId: lm.entityId }
        : { start, end, text: surface, type: lm.type, canonical: c });
      // (keep and para are filled in at `finish`, from source and first, in two passes
      // over typed arrays: cheaper than two more pushes per mention here)
      all.source.push(SOURCE_CODE[lm.source]);
      all.shape.push(weakShape(text.charCodeAt(start), end - start));
      all.spaced.push(spaceIn(text, start, end) ? 1 : 0);
      if (lm.expands !== undefined) {
        all.expansions.push(f + i);
        all.expansions.push(f + lm.expands);
      }
    }
  }

  finish(options: LinkOptions = {}): AnalysisResult {
    if (this.finished) throw new Error('ArticleLinker.finish: already finished');
    const { text, paras, all } = this;
    all.first.push(all.m.length);
    paras.firstEvent.push(paras.eventAt.length);
    paras.firstQuote.push(paras.quoteStart.length);
    fillKeepAndPara(all, text);
    // "rapat DPRD" (weak for want of evidence around it) where "DPRD Kabupaten Jember" is named: kept.
    confirmAcronymsOfNamedBodies(all.m, (k) => all.source.data[k] === WEAK && all.keep.data[k] === 0, (k) => all.keep.data[k] === 1,
      (k) => { all.keep.data[k] = 1; });
    // A weak mention that a quote names as its speaker is confirmed by that cue.
    for (let pi = 0; pi < paras.start.length; pi++) {
      for (let qi = paras.firstQuote.data[pi]; qi < paras.firstQuote.data[pi + 1]; qi++) {
        const info = paras.quoteInfo.data[qi] & (ATT_MASK | REPORTED);
        if (info !== ATT_MENTION && info !== (ATT_MENTION | REPORTED)) continue;
        const k = all.first.data[pi] + paras.quoteMention.data[qi];
        // (every mention the KB or a pattern found is kept already: its text is not read again
        // for each of the tens of thousands of statements of a long text)
        if (all.keep.data[k] === 1) continue;
        // (a statement's subject only in apposition after a role: apposed-speaker.ts)
        if (info === ATT_MENTION || apposedAfterRole(text, all.m[k].start, all.m[k].end)) all.keep.data[k] = 1;
      }
      // A name a passive introduction reports speaking, in apposition at its clause's end
      // ("… dibenarkan Ketua Paguyuban X, Mulyono."): apposed-speaker.ts.
      for (let ei = paras.firstEvent.data[pi]; ei < paras.firstEvent.data[pi + 1]; ei++) {
        const raw = paras.eventMention.data[ei];
        if (raw < 0 || (raw & 1) === 0) continue;
        const k = all.first.data[pi] + (raw >> 1);
        // So is a name in apposition after a lower-case role, reached by the reporter just
        // before its verb ("Pemilik katering, Ramoga, saat dihubungi mengaku …": contact-aside.ts).
        if (all.keep.data[k] === 0 && all.m[k].type === 'PER' && (apposedAtClauseEnd(text, all.m[k].start, all.m[k].end) ||
            (apposedAfterRole(text, all.m[k].start, all.m[k].end) && contactAsideEnd(text, all.m[k].end) > all.m[k].end))) all.keep.data[k] = 1;
      }
    }
    // "Penenun mengatakan …" where the article writes "penenun" too: the common word, even
    // when a quote named it as its speaker (common-noun-starts.ts). (Weak words not kept yet
    // are left to resolvePeople: only a name elsewhere confirms them.)
    // So is a person the KB knows by a one-word surname ("Saldo pengguna aman" where the
    // article writes "saldo"): a KB person named in full elsewhere keeps it.
    dropCommonWordStarts(text, all.m, (k) => all.keep.data[k] === 1 && all.spaced.data[k] === 0 && all.m[k].type === 'PER',
      (k) => paras.start.data[all.para.data[k]], (k) => { all.keep.data[k] = 0; });
    // And one the lexicon knows is an everyday word ("Kiper kami terlambat"), with no lower-case
    // form near it: kept only where the article names that person otherwise or the words
    // around it are a person's (common-word-surnames.ts).
    dropUnbackedCommonWordSurnames(text, all.m, (k) => all.keep.data[k] === 1 && all.source.data[k] === KB, (k) => { all.keep.data[k] = 0; });
    // And an organisation's one word ("Kongres sebenarnya …", "Senat tidak diajak …", "Anggaran
    // program …") where the article writes "kongres", "senat", "anggaran": the event, the
    // university's senate, the budget. Not a body the KB knows by the word ("Tempo" beside
    // "dalam tempo", "Gerindra", "Kontan" beside "secara kontan": review50).
    dropCommonWordStarts(text, all.m, (k) => all.keep.data[k] === 1 && all.source.data[k] !== KB && all.m[k].type === 'ORG',
      (k) => paras.start.data[all.para.data[k]], (k) => { all.keep.data[k] = 0; }, 'ORG');
    // "Atlet kano meraih emas. Kano dan kayak menjadi andalan …": so is a foreign place the KB
    // knows by one word (Kano, the Nigerian state) opening a sentence of an article that
    // writes the word in lower case (the sport); its own place elsewhere keeps it.
    if (options.kb) {
      const kb = options.kb;
      dropCommonWordStarts(text, all.m, (k) => all.keep.data[k] === 1 && all.source.data[k] === KB && all.m[k].type === 'GPE' && isForeignPlace(all.m[k], kb),
        (k) => paras.start.data[all.para.data[k]], (k) => { all.keep.data[k] = 0; }, 'GPE');
    }
    // "di Lasem, Kabupaten Rembang": a place inside a regency is no actor (sub-regency-place.ts).
    dropSubRegencyPlaces(text, all.m, {
      unknownPlace: (k) => all.m[k].type === 'GPE' && all.source.data[k] !== KB,
      weak: (k) => all.source.data[k] === WEAK,
      regencyOrCity: (k) => all.source.data[k] === KB && all.m[k].type === 'GPE' && isCityOrRegency(all.m[k], options.kb),
      drop: (k) => { all.keep.data[k] = 0; },
    });
    // "di Sumber" where the article never names Cirebon: the word, no seat (rules/ordinary-word-seat.ts).
    seatsOutsideTheirRegency(text, all.m, (k) => all.source.data[k] !== KB && all.keep.data[k] === 1, (k) => { all.keep.data[k] = 0; });
    // "puskesmas di Baraka": a kecamatan by its one word is no actor either (sub-regency-place.ts).
    dropOneWordDistricts(all.m, (k) => all.m[k].type === 'GPE' && all.source.data[k] !== KB && all.keep.data[k] === 1, (k) => { all.keep.data[k] = 0; });
    // "Konsulat Jenderal Filipina di Manado": the mission and its city, one organisation.
    if (options.kb) missionsWithTheirPlace(text, all.m, { kept: (k) => all.keep.data[k] === 1, drop: (k) => { all.keep.data[k] = 0; } }, options.kb);
    if (options.kb) regionalBodies(text, all, options.kb);
    // "Pengurus Pusat IMI": the federation the KB knows by the name after its board's level.
    if (options.kb) boardsToTheirOrganisation(all.m, (k) => all.source.data[k] !== KB && all.keep.data[k] === 1, options.kb);
    resolveShortOrganisationNames(all.m, (k) => all.source.data[k] === PATTERN && all.keep.data[k] === 1);
    resolveAcronyms(all);
    dropTermAcronyms(text, all);
    joinBodiesOfUniversities(text, all.m, (k) => all.source.data[k] !== KB && all.keep.data[k] === 1, (k) => { all.keep.data[k] = 0; }, (k) => { all.spaced.data[k] = 1; });
    dropDeclaredCodes(text, all);
    // (a weak acronym a region's initials confirm is kept; one a step above dropped, a term or a
    // declared code, stays dropped)
    // (a KB body's acronym too, "OKI" after "di" in an article about Ogan Komering Ilir: the
    // article's own regency or city, written in full elsewhere, outweighs a body it never
    // names; not another region: "di DPR" stays the parliament beside Donetsk People's Republic)
    regionAcronyms(all.m, (k, region) => all.source.data[k] !== KB || (all.m[k].type === 'ORG' && isIndonesianRegencyOrCity(region, options.kb)),
      text, (k) => { if (all.source.data[k] === WEAK) all.keep.data[k] = 1; });
    // "wisatawan memadati Magelang" in an article about Kabupaten Magelang: the regency.
    if (options.kb) citiesToArticleRegency(text, all.m, (k) => all.keep.data[k] === 1, options.kb);
    // "Bawaslu Kapuas Hulu" named once, then "Bawaslu": that regional body.
    if (options.kb) bareBodiesToRegionalOnes(all.m, (k) => all.keep.data[k] === 1, options.kb, text);
    unprefixedToPrefixedBodies(all.m, (k) => all.keep.data[k] === 1);
    // "RSUD Sekar Wangi" is named "Rumah Sakit Umum Daerah Sekar Wangi" (hospital-names.ts).
    spellOutHospitals(all.m, (k) => all.keep.data[k] === 1 && all.m[k].entityId === undefined);
    // "Komisi IV segera memanggil Dinas Pendidikan" in an article about Lebak: Lebak's office.
    if (options.kb) bareGovernmentBodiesToArticleRegion(all.m, (k) => all.keep.data[k] === 1, options.kb);
    // "Pemkab menetapkan …" in an article about Kabupaten Sigi: that regency's government.
    if (options.kb) bareGovernmentHeadsToArticleRegion(all.m, (k) => all.keep.data[k] === 1, (k) => all.source.data[k] === WEAK && all.keep.data[k] === 0,
      (k) => { all.keep.data[k] = 1; all.source.data[k] = PATTERN; }, options.kb);
    // "CNE" in a report from Ecuador, "Dewan Keamanan" where the UN is named: article-country.ts.
    if (options.kb) bodiesOfTheArticleCountry(text, all.m, (k) => all.keep.data[k] === 1, options.kb);
    // "Montserrado" after "County Montserrado": that county (subdivision-mentions.ts).
    barePlacesToTheirSubdivision(text, all.m, (k) => all.keep.data[k] === 1, (k) => all.para.data[k], options.kb);
    // "dibawa ke Badan Anggaran" about one council, "BEM Itera": the body's unit (unit-parent-body.ts).
    unitsToTheirParentBody(all.m, (k) => all.keep.data[k] === 1);
    const companyLeads = splitCompanyLeads(text, all.m, (k) => all.source.data[k] !== KB && (all.keep.data[k] === 1 || all.source.data[k] === WEAK),
      (k) => { all.keep.data[k] = 1; }, companyCore);
    const clubLeads = joinSportClubs(text, all.m, {
      // (as for the companies above: not a mention an earlier step of this pass dropped)
      unknown: (k) => all.source.data[k] !== KB && (all.keep.data[k] === 1 || all.source.data[k] === WEAK),
      pattern: (k) => all.source.data[k] === PATTERN,
      city: (k) => all.source.data[k] === KB && all.m[k].type === 'GPE' && isCityOrRegency(all.m[k], options.kb),
      subnationalPlace: (k) => all.source.data[k] === KB && all.m[k].type === 'GPE' && isSubnationalPlace(all.m[k], options.kb),
      kept: (k) => all.keep.data[k] === 1,
      drop: (k) => { all.keep.data[k] = 0; },
      discard: (k) => { all.keep.data[k] = 0; if (all.source.data[k] === WEAK) all.source.data[k] = PATTERN; },
      keep: (k) => { all.keep.data[k] = 1; all.source.data[k] = PATTERN; },
    });
    // "Direktur Utama PT X Martin Parulian Sihombing", "Ketua Kelompok Tani Karya Bersama
    // Yakola": where the organisation ends, by the article's other mentions of both.
    const holderLeads = splitOrganisationHolders(text, all.m, {
      unknown: (k) => all.source.data[k] !== KB && all.keep.data[k] === 1,
      kept: (k) => all.keep.data[k] === 1,
      keep: (k) => { all.keep.data[k] = 1; all.source.data[k] = PATTERN; },
    });
    // "Kepala Bapanas Sudarmanto Wibisono": a body's short name read into its holder's name.
    const gluedBodies = splitBodiesGluedToPeople(text, all.m, {
      unknown: (k) => all.source.data[k] !== KB && all.keep.data[k] === 1,
      kept: (k) => all.keep.data[k] === 1,
      weak: (k) => all.source.data[k] === WEAK,
      keep: (k) => { all.keep.data[k] = 1; all.source.data[k] = PATTERN; },
    });
    trimNounBeforeKnownName(text, all.m, (k) => all.source.data[k] === PATTERN);
    // "kepada Teh Rania", "Prestasi Dewi …": two words, the second a full name's given name.
    trimWordBeforeGivenName(text, all.m, (k) => all.source.data[k] === PATTERN, (k) => { all.spaced.data[k] = 0; });
    bareDivisionsToRegionalUnit(all.m);
    // "Labuan Bajo - …", later "nama Labuan Bajo": the dateline's place, no person (dateline-place-person.ts).
    retypeDatelinePlaceNames(text, all.m, {
      unknownPlace: (k) => all.source.data[k] !== KB && all.keep.data[k] === 1,
      unknownPerson: (k) => all.source.data[k] !== KB && all.keep.data[k] === 1 && all.spaced.data[k] === 1,
    });
    // "kata Kollie-Dahn" after "Josephine Kollie-Dahn": one surname, not two people.
    joinHyphenatedSurnames(text, all.m, (k) => all.m[k].type === 'PER' && all.source.data[k] !== KB,
      (k) => all.keep.data[k] === 1 && all.m[k].type === 'PER', (k) => { all.keep.data[k] = 1; }, (k) => { all.keep.data[k] = 0; });
    // the names the article introduces with a word (a nickname, a relation), read once
    const introductions = new Introductions(text, all.m);
    resolvePeople(all, text, introductions, options.nameReach);
    // A run of words the article writes as a common phrase ("Panen Raya" beside "saat panen
    // raya"), and the words that took it for their fullest name: no person (common-phrase-people.ts).
    dropCommonPhrasePeople(text, all.m, (k) => all.keep.data[k] === 1 && all.spaced.data[k] === 1 && all.source.data[k] !== KB && all.m[k].type === 'PER',
      (k) => all.keep.data[k] === 1 && all.source.data[k] !== KB && all.m[k].type === 'PER', (k) => { all.keep.data[k] = 0; });
    // "Lalu Sahnan menerima …" where the article names "Lalu Muhammad Sahnan": the Sasak title.
    sasakTitleOpeningSentence(text, all.m, (k) => all.keep.data[k] === 1);
    // Quotes first: they look mentions up by index in the full list, which the actors
    // are then filtered out of in place (a second list of every actor of a long text,
    // grown one push at a time, was garbage the collector had to copy).
    const reported: ReportedStatement[] = [];
    const pointingBack = new Set<Quote>();
    const settled = new Set<ReportedStatement>();
    // Quotes given the speaker the attribution after them names (closing-attribution.ts).
    const takenFromAfter = new Map<Quote, TakenFromAfter>();
    const quotes = linkQuotes(text, paras, all, options.kb, reported, pointingBack, settled, introductions, takenFromAfter);
    const suppress = options.suppress;
    const headlineExtra = headlineNames(text, paras, all);
    if (headlineExtra.length > 0) { speakersToHeadlineNames(headlineExtra, quotes); speakersToHeadlineNames(headlineExtra, reported); }
    // (by trust, where two overlap: a name the headline shares with the body, then a company
    // cut off a person ("PT" heads it), a club, a title holder's body)
    const bodyLeads = clubLeads.length === 0 ? companyLeads : mergedFirstWins(companyLeads, clubLeads);
    const holders = gluedBodies.length === 0 ? holderLeads : mergedFirstWins(holderLeads, gluedBodies);
    const leads = holders.length === 0 ? bodyLeads : mergedFirstWins(bodyLeads, holders);
    const extra = leads.length === 0 ? headlineExtra : mergedFirstWins(headlineExtra, leads);
    const actors = all.m;
    let kept = 0;
    let lastEnd = -1;
    for (let k = 0; k < actors.length; k++) {
      if (!all.keep.data[k]) continue;
      const m = actors[k];
      if (suppress && suppress.has(m.text)) continue;
      if (m.start < lastEnd) continue; // never overlap (defensive: paragraphs are disjoint)
      actors[kept++] = m;
      lastEnd = m.end;
    }
    actors.length = kept;
    if (extra.length > 0) mergeInOrder(actors, suppress ? extra.filter((h) => !suppress.has(h.text)) : extra);
    // Headline lines with a colon ("Rektor Untan: …"), and the first paragraph, a headline
    // the paragraph splitter may not have marked: [start, end) pairs.
    let colonHeadlines: number[] | undefined;
    // (and those with a headline verb: "…, PM Lubero Klaim Koalisi Masih Solid")
    let verbHeadlines: number[] | undefined;
    // (and the lines read as headlines: "BPSK Surabaya Menangkan …", headline-body-region.ts)
    let headlines: number[] | undefined;
    for (let pi = 0; pi < paras.start.length; pi++) {
      if (paras.headline.data[pi] !== 1 && pi !== 0) continue;
      const s = paras.start.data[pi];
      if (paras.headline.data[pi] === 1) (headlines ??= []).push(s, paras.end.data[pi]);
      // Only inside the line: an indexOf running on to the next colon anywhere made many
      // headline lines without one quadratic in the text's length.
      if (hasColon(text, s, paras.end.data[pi])) (colonHeadlines ??= []).push(s, paras.end.data[pi]);
      if (HEADLINE_VERB_LINE_RE.test(text.slice(s, paras.end.data[pi]))) (verbHeadlines ??= []).push(s, paras.end.data[pi]);
    }
    if (headlines !== undefined) joinHeadlineBodiesToRegions(text, actors, headlines);
    this.finished = true;
    // The lists go back to the pool: the result refers to none of them.
    for (const list of [paras.start, paras.end, paras.firstQuote, paras.quoteStart, paras.quoteEnd, paras.quoteInfo,
      paras.quoteMention, paras.eventAt, paras.eventMention, paras.firstEvent, paras.headline,
      all.source, all.keep, all.para, all.first, all.expansions, all.shape, all.spaced]) releaseIntList(list);
    if (colonHeadlines !== undefined) {
      headlineTitleSpeakers(text, colonHeadlines, actors, reported, quotes);
      headlineColonSpeakers(text, colonHeadlines, actors, reported, quotes);
    }
    if (verbHeadlines !== undefined) headlineVerbSpeakers(text, verbHeadlines, actors, reported, quotes);
    linkQuotedFragments(reported, quotes);
    // Where no clause named the speaker, the learned choice among the candidates the
    // text before offers (speaker-model/).
    chooseContextSpeakers(text, actors, quotes, reported, pointingBack, settled);
    // (after that choice, which sees these quotes as the rules reached them)
    markClosingAttributions(quotes, takenFromAfter);
    // (once every body quote has its speaker: "Topik: “…”" is the first person quoted)
    if (colonHeadlines !== undefined) headlineQuoteSpeakers(text, colonHeadlines, actors, quotes);
    return { actors, quotes, reported };
  }
}

/** A city or regency of the KB (not a country or province): what a club is named after. */
function isCityOrRegency(m: ActorMention, kb: KbIndex | undefined): boolean {
  const e = kb && m.entityId !== undefined ? kb.byId.get(m.entityId) : undefined;
  return e !== undefined && CITY_DESCRIPTION.test(e.description.en);
}
const CITY_DESCRIPTION = /^(?:City|Capital|Regency)\b/;

/** A regency or a city of Indonesia the KB knows (regional-names.ts REGENCY, CITY). */
function isIndonesianRegencyOrCity(m: ActorMention, kb: KbIndex | undefined): boolean {
  const e = kb && m.entityId !== undefined ? kb.byId.get(m.entityId) : undefined;
  return e !== undefined && (REGENCY.test(e.description.en) || CITY.test(e.description.en));
}

/** A place of the KB outside Indonesia. */
function isForeignPlace(m: ActorMention, kb: KbIndex): boolean {
  const e = m.entityId !== undefined ? kb.byId.get(m.entityId) : undefined;
  return e !== undefined && !e.description.en.includes('Indonesia');
}

/** A state, province, prefecture, region or city of the KB: below a country (kb/country.ts
 *  reads which places are countries). */
function isSubnationalPlace(m: ActorMention, kb: KbIndex | undefined): boolean {
  const e = kb && m.entityId !== undefined ? kb.byId.get(m.entityId) : undefined;
  return e !== undefined && !isCountry(e);
}

/** Each mention's paragraph, and keep = 1 for all but the weak mentions; a weak bus
 *  company ("PO Sampri Jaya") is kept where the article speaks of buses near it. */
function fillKeepAndPara(all: Mentions, text: string): void {
  const n = all.m.length;
  all.keep.resize(n);
  all.para.resize(n);
  const { source, keep, para, first } = all;
  for (let k = 0; k < n; k++) {
    if (source.data[k] !== WEAK) { keep.data[k] = 1; continue; }
    const m = all.m[k];
    if (m.type !== 'ORG' || !headedAsBusCompany(m.text) || !busesNear(text, m.start)) { keep.data[k] = 0; continue; }
    keep.data[k] = 1;
    source.data[k] = PATTERN;
  }
  // (a plain loop: a builtin fill call per paragraph cost more than the writes)
  for (let pi = 0; pi + 1 < first.length; pi++) for (let k = first.data[pi]; k < first.data[pi + 1]; k++) para.data[k] = pi;
}

function resolveAcronyms(all: Mentions): void {
  const expansion = new Map<string, string>();
  // The full names as written, for the bodies named with the acronym and their region.
  const written = new Map<string, string>();
  const pairs = all.expansions.data;
  for (let x = 0; x < all.expansions.length; x += 2) {
    const acronym = all.m[pairs[x]].text;
    expansion.set(acronym, all.m[pairs[x + 1]].canonical);
    written.set(acronym, all.m[pairs[x + 1]].text);
  }
  if (expansion.size > 0) {
    spellOutRegionalAcronyms(all.m, written, (k) => all.source.data[k] !== KB);
    for (let k = 0; k < all.m.length; k++) {
      if (all.source.data[k] === KB) continue;
      const m = all.m[k];
      const full = expansion.get(m.text);
      if (full !== undefined) { m.canonical = full; m.type = 'ORG'; all.keep.data[k] = 1; }
    }
  }
  // "… Ikatan Apoteker Indonesia Nusa Tenggara Timur … Menurut IAI": initials never defined.
  // (a weak one too, not yet confirmed: "ke BANI" in the headline; a term or a code is ruled
  // out after this, dropTermAcronyms and dropDeclaredCodes)
  const unconfirmed = (k: number): boolean => all.source.data[k] === WEAK && all.keep.data[k] === 0;
  bodiesByInitials(all.m, (k) => all.source.data[k] !== KB && (all.keep.data[k] === 1 || unconfirmed(k)), expansion,
    (k) => { if (unconfirmed(k)) { all.keep.data[k] = 1; all.source.data[k] = PATTERN; } });
}

/** "uang kuliah tunggal (UKT)", "harga pembelian pemerintah (HPP)": an acronym the text
 *  defines as the initials of lower-case words is a term, and none of its mentions in the
 *  article is an organisation (issue 13). Only unknown acronyms are looked at, and only
 *  where one stands in brackets. */
function dropTermAcronyms(text: string, all: Mentions): void {
  let terms: Set<string> | undefined;
  let syllabic: Set<string> | undefined;
  for (let k = 0; k < all.m.length; k++) {
    if (all.source.data[k] === KB) continue;
    const m = all.m[k];
    if (SYLLABIC_ACRONYM.test(m.text) && text.charCodeAt(m.start - 1) === 40 && text.charCodeAt(m.end) === 41) {
      // "Analisis Mengenai Dampak Lingkungan (Amdal)": a term shortened by its syllables
      const from = syllabicTermStart(text, m.start - 1, m.text);
      if (from >= 0) {
        (syllabic ??= new Set()).add(m.text);
        dropTermName(all, k, from);
      }
      continue;
    }
    if (m.type !== 'ORG' || !TERM_ACRONYM.test(m.text)) continue;
    // (also "(medium term notes/MTN)": the lower-case words before a slash in the bracket)
    if ((text.charCodeAt(m.start - 1) === 40 || slashAfterLowerTermWords(text, m.start)) && text.charCodeAt(m.end) === 41) {
      if (spelledByLowerWords(text, m.start - 1, m.text.toLowerCase()) || spelledByProgrammeName(text, m.start - 1, m.text)) (terms ??= new Set()).add(m.text);
      else {
        // "Izin Usaha Pertambangan (IUP)": a term's Title Case name, which is no name either
        const from = definedTermStart(text, m.start - 1, m.text);
        if (from >= 0) {
          (terms ??= new Set()).add(m.text);
          dropTermName(all, k, from);
        }
      }
      continue;
    }
    // "PTN-BH" (perguruan tinggi negeri berbadan hukum): each part of a hyphenated acronym.
    const parts = hyphenatedTermAt(text, m.start, m.end);
    if (parts !== undefined) for (const part of parts) (terms ??= new Set()).add(part);
  }
  // A syllabic term is read as a name of any type, and with a noun before it ("Dokumen
  // Amdal"): no mention of it, nor one ending in it, is an actor.
  if (syllabic) {
    for (let k = 0; k < all.m.length; k++) {
      if (all.source.data[k] !== KB && syllabic.has(lastTokenOf(all.m[k].text))) ruleOut(all, k);
    }
  }
  if (!terms) return;
  for (let k = 0; k < all.m.length; k++) {
    if (all.source.data[k] !== KB && all.m[k].type === 'ORG' && terms.has(all.m[k].text)) ruleOut(all, k);
  }
}

/** Drops mention k for good: a weak one becomes a pattern's, so that no later step that
 *  confirms weak mentions (a region's initials, a company's lead) brings a term or a declared
 *  code back. */
function ruleOut(all: Mentions, k: number): void {
  all.keep.data[k] = 0;
  if (all.source.data[k] === WEAK) all.source.data[k] = PATTERN;
}

/** The unknown mention that spells the term defined by the acronym at index `acronym`,
 *  starting at `from` and ending before its bracket, is no name (defined-terms.ts). */
function dropTermName(all: Mentions, acronym: number, from: number): void {
  for (let k = acronym - 1; k >= 0 && all.m[k].end > from; k--) {
    if (all.m[k].start >= from && all.source.data[k] !== KB) ruleOut(all, k);
  }
}

/** Initials and tickers the article declares (declared-codes.ts) are no actors wherever they
 *  stand; a KB name spelled the same is kept ("AS" after "berinisial AS" elsewhere is rare,
 *  the United States common). */
function dropDeclaredCodes(text: string, all: Mentions): void {
  const codes = declaredCodes(text);
  if (!codes) return;
  for (let k = 0; k < all.m.length; k++) {
    if (all.source.data[k] === KB) continue;
    const t = all.m[k].text;
    // ("Produsen Renyah Riang": a brand after a sentence-initial noun, read as one name; only
    // after such a noun: "PT Sari Rasa" and "Rizky Bintang" are a company and a person)
    // (the noun read in place: no two strings cut from every name of two words or more)
    const sp = t.indexOf(' ');
    if (codes.has(t) || (sp > 0 && BRAND_MAKER_NOUNS.hasAt(t, 0, sp) && codes.has(t.slice(sp + 1)))) ruleOut(all, k);
  }
}

/** "Menhut juga meminta …" (an anaphoric statement or quote at `start`): some mention of
 *  `who` carries the office the short title stands for (minister-short-title.ts); true when
 *  the subject is no short title ("ia", "-nya"). */
function ministerSubjectAgrees(text: string, holders: MinistryHolders, who: ActorMention, start: number): boolean {
  const cue = ministerShortTitleBefore(text, start);
  return cue === undefined || holders.holds(who.canonical, cue);
}

/** A subject pronoun ("Dalam kunjungan itu, ia didampingi …") already points back to the
 *  salient speaker, or a word that makes the next name an object ("kepada Siti Aminah"). */
const NOT_THE_SUBJECT = /(?:^|[^\p{L}])(?:ia|dia|beliau|kepada|didampingi|oleh|dengan|bersama|terhadap|untuk|bagi|menemui|mengunjungi)(?![\p{L}])/iu;

/** The person whose mention starts at `mention` is the subject of the paragraph starting at
 *  `paraStart` ("Musisi asal Denpasar, Gede Robi, justru mendukung …"): nothing before it
 *  points back to another or makes it an object. */
function paragraphSubject(text: string, paraStart: number, mention: number): boolean {
  return !NOT_THE_SUBJECT.test(text.slice(paraStart, mention));
}

/** The person whose mention starts at `mention` is named inside a topic fronted before its
 *  sentence's comma ("Soal kartu merah Reza, pelatih itu …"): what is talked about, not the
 *  paragraph's speaker (fronted-topic.ts). */
function namedInTopic(text: string, paraStart: number, mention: number): boolean {
  return insideFrontedTopic(text, sentenceStartBefore(text, mention, paraStart), mention);
}

/** text[from, to) contains a colon. */
function hasColon(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 58) return true;
  return false;
}

/** Sentence-initial nouns a brand's name may be read together with ("Produsen Renyah Riang"). */
const BRAND_MAKER_NOUNS = new LowerWordSet(['produsen', 'pabrikan', 'pabrik', 'produk']);

const TERM_ACRONYM = /^[A-Z]{2,6}$/;
/** "Amdal", "Andalalin": a term shortened by syllables, one capitalised word. */
const SYLLABIC_ACRONYM = /^[A-Z][a-z]{3,9}$/;
/** A term's glue words, and "yang", which lower-case descriptions hold too. */
const TERM_GLUE = new Set([...TERM_GLUE_WORDS, 'yang']);
const LOWER_WORD_BEFORE = /([a-z]+)\s*$/;

/** The lower-case words right before `bracket` have the initials `acronym` (function
 *  words like "dan" may sit between them without a letter). */
function spelledByLowerWords(text: string, bracket: number, acronym: string): boolean {
  let pos = bracket;
  let i = acronym.length - 1;
  for (let steps = 0; i >= 0 && steps < acronym.length + 3; steps++) {
    const m = LOWER_WORD_BEFORE.exec(text.slice(Math.max(0, pos - 40), pos));
    if (!m) return false;
    const w = m[1];
    pos -= m[0].length;
    if (w.charAt(0) === acronym.charAt(i)) i--;
    else if (!TERM_GLUE.has(w)) return false;
  }
  return i < 0;
}

const HYPHENATED_ACRONYM = /^[A-Z]{1,6}(?:-[A-Z]{1,6})+$/;

/** The parts of a bracketed hyphenated acronym around [start, end) ("(PTN-BH)") that the
 *  lower-case words before the bracket spell, or undefined. */
function hyphenatedTermAt(text: string, start: number, end: number): string[] | undefined {
  if (text.charCodeAt(start - 1) !== 45 && text.charCodeAt(end) !== 45) return undefined;
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  if (open < 0 || close < 0 || start - open > 14 || close - end > 14) return undefined;
  const inner = text.slice(open + 1, close);
  if (!HYPHENATED_ACRONYM.test(inner)) return undefined;
  return spelledByLowerWords(text, open, inner.replace(/-/g, '').toLowerCase()) ? inner.split('-') : undefined;
}

/** Lower-case words right before a programme's capitalised name ("program Peremajaan Sawit
 *  Rakyat (PSR)"): the name and its acronym are a programme's, not a body's (unless the
 *  name starts with a body's head: "program Lembaga …", "gerakan Organisasi …"). */
const PROGRAMME_CUE_BEFORE = /(?:^|[^\p{L}])(?:program|programme|skema)\s+$/u;

const CAPITAL_WORD_BEFORE = /(\p{Lu}\p{Ll}+)\s*$/u;

/** "Bantuan Operasional Sekolah (BOS)", "Program Keluarga Harapan (PKH)": the capitalised
 *  words right before `bracket` spell `acronym` and the first of them names a government
 *  programme (PROGRAMME_HEADS), so the acronym names the programme, not a body. */
function spelledByProgrammeName(text: string, bracket: number, acronym: string): boolean {
  let pos = bracket;
  for (let i = acronym.length - 1; i >= 0; i--) {
    const m = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(0, pos - 40), pos));
    if (!m || m[1].charAt(0) !== acronym.charAt(i)) return false;
    pos -= m[0].length;
    if (i === 0) {
      const head = m[1].toLowerCase();
      return PROGRAMME_HEADS.has(head) || (!ORG_HEADS.has(head) && PROGRAMME_CUE_BEFORE.test(text.slice(Math.max(0, pos - 12), pos)));
    }
  }
  return false;
}

// Mention texts are single-spaced: the link pass reads the article as plain-spaces.ts
// (or the windowed analyzer) respaced it, every run of blanks one plain space.
function tokensOf(s: string): string[] {
  return s.split(' ');
}

// tokensOf(s).length, [0] and [length - 1] without the array: these run once per
// distinct name of the article.
function tokenCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i !== -1; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

function firstTokenOf(s: string): string {
  const sp = s.indexOf(' ');
  return sp === -1 ? s : s.slice(0, sp);
}

function lastTokenOf(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1);
}

/** A cell per shape (weakShape) of an article's weak surfaces. One array for every call
 *  (a typed array is costly to make). */
const WEAK_SHAPES = new Uint8Array(128 * 32);

/** A surface's first character (its low seven bits) and length (capped at 31) as one
 *  number below 128 * 32: surfaces of different shapes differ. */
function weakShape(firstChar: number, length: number): number {
  return length === 0 ? 0 : ((firstChar & 127) << 5) | Math.min(length, 31);
}

const NO_SLIPS: ReadonlyMap<string, string> = new Map();

/** What the first or last token of the article's full names stands for. */
interface TokenNames {
  /** The fullest name offered under the token, its size in tokens and KB identity. */
  canonical: string;
  tokens: number;
  entityId: string | undefined;
}

/** A one-word mention of a generated foreign city (`city`) that is a word of a full name of
 *  the article no KB person has ("Santos" of "Marielle Santos", "Mendoza" of "Aurelio Mendoza
 *  Quispe", the paternal surname of an Iberian name) becomes that person. */
function strangerNamedLikeCity(city: ActorMention, article: string, byToken: ReadonlyMap<string, TokenNames>, namesByToken: ReadonlyMap<string, readonly string[]>): void {
  if (city.entityId === undefined || !isGeneratedWorldCityId(city.entityId)) return;
  // ("di Lautoka" after a club "Deportivo Lautoka" the name model read as a person: after a
  // preposition of place the town is where, not who.)
  if (placePrepositionBefore(article, wordBefore(article, city.start), city.start)) return;
  const named = byToken.get(city.text);
  let name: string | undefined;
  if (named !== undefined && named.tokens >= 2 && named.entityId === undefined) name = named.canonical;
  else {
    const inside = namesByToken.get(city.text);
    if (inside !== undefined && inside.length === 1) name = inside[0];
  }
  if (name === undefined) return;
  city.type = 'PER';
  city.canonical = name;
  city.entityId = undefined;
}

/** Coreference for people, and confirmation of weak mentions. */
function resolvePeople(all: Mentions, article: string, introductions: Introductions, reach: ParagraphReach | undefined): void {
  // First and last tokens of every full name (two tokens or more) -> the fullest name,
  // and the first stranger's name: one table, so one lookup per token for both.
  const byToken = new Map<string, TokenNames>();
  const offer = (token: string, canonical: string, tokens: number, entityId: string | undefined): void => {
    const cur = byToken.get(token);
    if (cur === undefined) {
      byToken.set(token, { canonical, tokens, entityId: entityId || undefined });
      return;
    }
    if (tokens > cur.tokens) { cur.canonical = canonical; cur.tokens = tokens; cur.entityId = entityId || undefined; }
  };
  // Distinct in-article full names, indexed by each of their tokens (keeps the lookup
  // linear on huge texts: a mention is only compared with names sharing a token).
  const namesByToken = new Map<string, string[]>();
  // The same names numbered in order of first appearance, with how often each was
  // written (pattern 10's slips are told apart by it), and each mention's name number
  // (-1: none) so that the second walk finds a name's fullest form without a lookup.
  const nameIds = new Map<string, number>();
  const nameTimes: number[] = [];
  const nameOf = takeIntList();
  nameOf.resize(all.m.length);
  nameOf.data.fill(-1, 0, all.m.length);
  const seenKb = new Set<string>();
  // Last words of multi-word organisation names ("Partai Demokrat" -> "Demokrat"),
  // gathered in the same walk over the mentions (each walk touches every mention object
  // of the article, 400,000 on the 20 MB benchmark text).
  const orgTails = new Map<string, string>();
  // Regional bodies named in full, by the short head they are written with (bare-regional-body.ts).
  const bodiesByShortHead = new RegionalBodiesByShortHead();
  // The KB people named here in full, and the strangers' names by their first and last
  // tokens: a KB first name alone ("Retno") after a stranger who shares it ("Retno
  // Wulandari") is the stranger, unless the KB person is named too. Where each was named
  // matters within a window (name-evidence.ts).
  const strangers = new NameEvidence<string>(reach);
  const kbNamedInFull = new NameEvidence<true>(reach);
  // (a name named again is filed again only where its paragraph matters)
  const fileAgain = (k: number, m: ActorMention): void => {
    if (!strangers.positional || tokenCount(m.text) < 2) return;
    if (all.source.data[k] === KB) { if (m.entityId) kbNamedInFull.add(m.entityId, all.para.data[k], true); } else {
      strangers.add(firstTokenOf(m.text), all.para.data[k], m.canonical);
      strangers.add(lastTokenOf(m.text), all.para.data[k], m.canonical);
    }
  };
  // Companies without their legal form ("PT Kopi Nusa Lestari Tbk" -> "Kopi Nusa Lestari").
  const companies = new Map<string, string>();
  let clubs: Map<string, string> | undefined;
  const seenOrgs = new Set<string>();
  // KB people named by one word: the candidates for a stranger's first name, gathered
  // here so that the walk below need not read every KB mention object again.
  const kbOneWordPeople: number[] = [];
  // Inner words of KB people named in full with three tokens or more ("Amran" of "Andi Amran
  // Sulaiman"): null where two such people share the word.
  const kbInner = new Map<string, ActorMention | null>();
  const oneWordStrangers = new NameEvidence<true>(reach);
  for (let k = 0; k < all.m.length; k++) {
    if (all.source.data[k] === KB) {
      const kb = all.m[k];
      // (a one-word person has nothing else to give this walk: skipped at once)
      if (kb.type === 'PER' && !all.spaced.data[k]) { kbOneWordPeople.push(k); continue; }
    }
    if (!all.keep.data[k]) continue;
    const m = all.m[k];
    if (m.type === 'ORG') {
      // Each distinct organisation name once (the same name gives the same tail).
      if (seenOrgs.has(m.text)) continue;
      seenOrgs.add(m.text);
      bodiesByShortHead.file(m.canonical);
      // (a no-break space ends a word too: "Partai\u00a0Demokrat")
      const sp = Math.max(m.text.lastIndexOf(' '), m.text.lastIndexOf('\u00a0'));
      if (sp > 0) {
        const tail = m.text.slice(sp + 1);
        // "Afrika" of "Uni Afrika", "Asia" of "Bank Pembangunan Asia": a continent the body is
        // named for is no short form of it ("negara-negara Afrika").
        // "Buruh" of "Partai Buruh": a role noun ("buruh", "petani") is no short form of the body.
        // "Umrah" of "Kementerian Haji dan Umrah": the last of a body's remits is no short form
        // of it ("jemaah umrah").
        const club = CLUB_WITH_CITY.test(m.text);
        // "Biak" of "PSBS Biak": a club's town is no short form of the club.
        if (!orgTails.has(tail) && !CONTINENTS.has(tail) && !club && !REMIT_JOIN_BEFORE.test(m.text.slice(0, sp)) && !PERSON_ROLES.has(tail.toLowerCase()) && !BRANCH_PLACE_BEFORE.test(m.text.slice(0, sp).trimEnd())) orgTails.set(tail, m.canonical);
        // "Persita" after "Persita Tangerang": a Pers- club by its name without its city.
        if (club) {
          clubs ??= new Map();
          const name = m.text.slice(0, sp).trimEnd();
          if (!clubs.has(name)) clubs.set(name, m.canonical);
        }
        const core = companyCore(m.text);
        // "Garuda Nova" after "Garuda Nova Esports": a team or label without its trade word.
        const brand = core === m.text ? withoutBrandTail(core) : undefined;
        if (brand !== undefined && !companies.has(brand)) companies.set(brand, m.canonical);
        // "Hanbit" after "Hanbit Pictures": a one-word label without its trade word.
        if (core === m.text && sp === m.text.indexOf(' ') && BRAND_TAILS.has(tail) && !orgTails.has(m.text.slice(0, sp))) orgTails.set(m.text.slice(0, sp), m.canonical);
        if (core !== m.text && !companies.has(core)) {
          companies.set(core, m.canonical);
          if (countBlanks(core, 1) === 0 && !orgTails.has(core)) orgTails.set(core, m.canonical);
          // "Lintas Nalar" after "PT Lintas Nalar Teknologi": the name without its sector word.
          const short = withoutSectorWord(core);
          if (short !== undefined && !companies.has(short)) companies.set(short, m.canonical);
          // "Amanah Syariah" after "PT Bank Amanah Syariah": the bank without "Bank".
          const unheaded = withoutBankHead(core);
          if (unheaded !== undefined && !companies.has(unheaded)) companies.set(unheaded, m.canonical);
          // "Bank Mentari" after "PT Bank Syariah Mentari Tbk": the bank without "Syariah".
          const unkinded = withoutBankKind(core);
          if (unkinded !== undefined && !companies.has(unkinded)) companies.set(unkinded, m.canonical);
        }
      }
      continue;
    }
    if (m.type !== 'PER') continue;
    const text = m.text;
    if (!all.spaced.data[k]) {
      // A one-word person the paragraph pass did not link though the KB may know the word
      // ("Kepala Desa Sepotong, Supratman,": rules/village-official.ts): a stranger.
      if (all.source.data[k] !== KB) oneWordStrangers.add(text, all.para.data[k], true);
      continue;
    }
    // Each distinct KB name or in-article name is indexed once.
    if (all.source.data[k] === KB) {
      if (seenKb.has(text)) { fileAgain(k, m); continue; }
      seenKb.add(text);
      offerKbInnerWords(kbInner, text, m);
    } else {
      const id = nameIds.get(text);
      if (id !== undefined) {
        nameTimes[id]++;
        nameOf.data[k] = id;
        fileAgain(k, m);
        continue;
      }
    }
    const count = tokenCount(text);
    if (count < 2) continue;
    if (all.source.data[k] !== KB) {
      nameOf.data[k] = nameTimes.length;
      nameIds.set(text, nameTimes.length);
      nameTimes.push(1);
      // Only a name of three tokens or more can contain another multi-token name.
      if (count >= 3) for (const t of tokensOf(text)) {
        const list = namesByToken.get(t);
        if (!list) namesByToken.set(t, [text]);
        else if (list[list.length - 1] !== text) list.push(text);
      }
    }
    const size = all.source.data[k] === KB ? 100 : count; // a KB identity beats any in-article name
    // Each token cut once: a fresh slice is a fresh string to hash at every Map lookup.
    const first = firstTokenOf(text);
    const last = lastTokenOf(text);
    if (all.source.data[k] === KB) { if (m.entityId) kbNamedInFull.add(m.entityId, all.para.data[k], true); } else {
      strangers.add(first, all.para.data[k], m.canonical);
      strangers.add(last, all.para.data[k], m.canonical);
    }
    offer(first, m.canonical, size, m.entityId);
    offer(last, m.canonical, size, m.entityId);
  }
  // A full name misspelt once takes the other spelling's identity, and so do the words
  // offered under the misspelling ("Phongpanich" -> "Surasak Pongpanich").
  // (nameSlips finds none among fewer than two or more than MAX_NAMES names)
  const slips = nameTimes.length > 1 && nameTimes.length <= MAX_NAMES ? nameSlips(timesByName(nameIds, nameTimes)) : NO_SLIPS;
  if (slips.size > 0) for (const v of byToken.values()) v.canonical = slips.get(v.canonical) ?? v.canonical;
  if (!strangers.empty) for (const k of kbOneWordPeople) strangerSharingName(all.m[k], all.para.data[k], strangers, kbNamedInFull, slips);
  if (!oneWordStrangers.empty) for (const k of kbOneWordPeople) strangerOfOneWord(article, all.m[k], all.para.data[k], oneWordStrangers, kbNamedInFull);
  // Unknown people: the fullest name containing this one. The same walk gathers the
  // weak mentions still unconfirmed after it (none is from the KB).
  // (by name number; by text for a mention the first walk skipped, one not kept then)
  const fullestOf: (string | undefined)[] = new Array(nameTimes.length);
  const fullest = new Map<string, string>();
  const weakTexts = new Set<string>();
  const weakShapes = WEAK_SHAPES.fill(0);
  // Nicknames the article introduced ("Gus Ipul, sapaan akrabnya"), and whose they are: the
  // same word later ("kata Gus Ipul") is that person (created at the first one).
  let nicknames: Map<string, string> | undefined;
  for (let k = 0; k < all.m.length; k++) {
    if (all.source.data[k] === KB) {
      // "kata Mendoza" after "Aurelio Mendoza Quispe": a foreign city of the generated
      // gazetteer that is the first or last word of a stranger's full name here is that
      // person (a weak name, as seat-as-name.ts reads it inside the name).
      const city = all.m[k];
      if (city.type === 'GPE' && !all.spaced.data[k] && city.entityId !== undefined) strangerNamedLikeCity(city, article, byToken, namesByToken);
      continue; // read from the flat array: most mentions are KB names
    }
    const m = all.m[k];
    const text = m.text;
    const spaced = all.spaced.data[k] === 1;
    if (spaced && companies.size > 0) {
      // "Kopi Nusa Lestari" after "PT Kopi Nusa Lestari Tbk": the company, whatever the
      // paragraph took it for (issue 13, pattern 4).
      const company = companies.get(text);
      if (company !== undefined) {
        m.type = 'ORG';
        m.canonical = company;
        all.keep.data[k] = 1;
        continue;
      }
    }
    if (clubs !== undefined && m.type === 'ORG' && !spaced) {
      const club = clubs.get(text);
      if (club !== undefined) m.canonical = club;
    }
    if (!spaced && m.type !== 'GPE') {
      // "ANDINI: “…”" (read as an acronym): a turn label in capitals for the one full name
      // of the article with that word (caps-label-name.ts).
      const label = capitalisedLabel(article, m.start, text);
      const named = label === undefined ? undefined : byToken.get(label);
      if (named !== undefined && named.tokens >= 2) {
        m.type = 'PER';
        m.canonical = named.canonical;
        if (named.entityId) m.entityId = named.entityId;
        all.keep.data[k] = 1;
        continue;
      }
    }
    if (m.type !== 'PER') {
      // "Demokrat menolak" after "Partai Demokrat": a one-word organisation with no identity
      // but its own words (a run the name model typed before a speech verb, unknown-name.ts)
      // is the body named here whose short form it is, as a one-word person would be below.
      // (Not an acronym, nor a name given an identity already: "Pelni" after "PT … atau Pelni"
      // stays the company where "Serikat Pekerja Pelni" is named too.)
      if (m.type === 'ORG' && !spaced && m.canonical === text && text !== text.toUpperCase()) {
        const org = orgTails.get(text);
        if (org !== undefined) m.canonical = org;
      }
      // "tim Dishub turun": a regional body's bare short head (weak, unknown-name.ts) is the
      // one body of the article written with it.
      const body = m.type === 'ORG' && !spaced ? bodiesByShortHead.bodyOf(text) : undefined;
      if (body) {
        m.canonical = body;
        all.keep.data[k] = 1;
        continue;
      }
      // A weak place or organisation (a run after "di" or an acronym the name model read as
      // no name: unknown-name.ts) is confirmed as a weak person is, below.
      if (!all.keep.data[k] && all.source.data[k] === WEAK) {
        weakTexts.add(text);
        weakShapes[all.shape.data[k]] = 1;
      }
      continue;
    }
    if (spaced) {
      const id = nameOf.data[k];
      let best = id >= 0 ? fullestOf[id] : fullest.get(text);
      if (best === undefined) {
        best = text;
        const first = firstTokenOf(text);
        const names = namesByToken.get(first);
        if (names !== undefined) for (let x = 0; x < names.length; x++) if (names[x].length > best.length && containsName(names[x], text)) best = names[x];
        if (slips.size > 0) best = slips.get(best) ?? best;
        // "Cok Wiradana" for "Cokorda Gede Wiradana", "DEDI KURNIAWAN" for "Dedi Kurniawan Saputra".
        if (best === text) best = otherSpelling(text, namesByToken, article, m.start) ?? best;
        if (id >= 0) fullestOf[id] = best; else fullest.set(text, best);
      }
      m.canonical = best;
    } else {
      // One lookup for most single words: the organisation table only matters for a word
      // that is no person's first or last name.
      const hit = byToken.get(text);
      if (hit === undefined) {
        const org = orgTails.get(text);
        const inside = namesByToken.get(text);
        // ("Garam kualitas satu …" after "PT Garam", "Simpanan … Lembaga Penjamin Simpanan"
        // where the article writes "garam", "simpanan": the common word, not the body's short
        // form; names are not written in lower case. common-noun-starts.ts. Mid-sentence, the
        // name of a body of two words, a head and its name, is the writer's capital: "menyebut
        // Demokrat solid" beside "kaum demokrat" is Partai Demokrat; the last word of a longer
        // name is what the body is about: "Pewaris Tabot", the festival. review50)
        if (org && !(writtenInLowerCaseNear(article, text, m.start) && (isSentenceInitial(article, m.start) || org.split(' ').length > 2))) {
          // "Demokrat" after "Partai Demokrat": the short form of an organisation named here.
          m.type = 'ORG';
          m.canonical = org;
          all.keep.data[k] = 1;
        } else if (inside !== undefined && inside.length === 1) {
          // "Irfan" of "Mochamad Irfan Yusuf": a word inside one full name of the article.
          m.canonical = slips.get(inside[0]) ?? inside[0];
          all.keep.data[k] = 1;
        } else {
          const named = nicknamed(introductions, all, k, article) ?? nicknames?.get(text);
          if (named !== undefined) (nicknames ??= new Map()).set(text, named);
          // ("Kepala Desa Amran", "AKBP Sigit": someone else, introduced with a role of their own.)
          const kbPerson = named === undefined && !ownRoleBefore(article, m.start) ? kbInner.get(text) : undefined;
          if (named !== undefined) { m.canonical = named; all.keep.data[k] = 1; } else if (kbPerson) {
            m.canonical = kbPerson.canonical;
            if (kbPerson.entityId) m.entityId = kbPerson.entityId;
            all.keep.data[k] = 1;
          }
        }
      } else {
        // "Amanah" after "Amanah Syariah", the short name of "PT Bank Amanah Syariah" the
        // paragraph read as a person: one word of that name is the company too.
        const company = hit.entityId === undefined && companies.size > 0 ? companies.get(hit.canonical) : undefined;
        if (company !== undefined) m.type = 'ORG';
        m.canonical = company ?? hit.canonical;
        if (hit.entityId) m.entityId = hit.entityId;
        all.keep.data[k] = 1;
      }
    }
    if (!all.keep.data[k] && all.source.data[k] === WEAK) {
      weakTexts.add(text);
      weakShapes[all.shape.data[k]] = 1;
    }
  }
  releaseIntList(nameOf);
  // Weak mentions: confirmed when the same surface is a sure mention elsewhere.
  if (weakTexts.size === 0) return;
  const sure = new Map<string, ActorMention>();
  for (let k = 0; k < all.m.length; k++) {
    if (!all.keep.data[k] || !weakShapes[all.shape.data[k]]) continue;
    const m = all.m[k];
    if (weakTexts.has(m.text) && !sure.has(m.text)) sure.set(m.text, m);
  }
  for (let k = 0; k < all.m.length; k++) {
    if (all.keep.data[k] || all.source.data[k] !== WEAK) continue;
    const m = all.m[k];
    const s = sure.get(m.text);
    if (s) {
      all.keep.data[k] = 1;
      m.type = s.type;
      m.canonical = s.canonical;
      if (s.entityId) m.entityId = s.entityId;
    }
  }
}

/** Indexes the inner words (neither first nor last) of a KB person's full name. */
function offerKbInnerWords(kbInner: Map<string, ActorMention | null>, text: string, m: ActorMention): void {
  // (most names have no inner word: not split for nothing, once per KB person an article names)
  if (tokenCount(text) < 3) return;
  const tokens = tokensOf(text);
  for (let t = 1; t < tokens.length - 1; t++) {
    const cur = kbInner.get(tokens[t]);
    if (cur === undefined) kbInner.set(tokens[t], m);
    else if (cur !== null && cur.canonical !== m.canonical) kbInner.set(tokens[t], null);
  }
}

/** The article's full name that `text` writes with a short first name or in capitals. */
function otherSpelling(text: string, namesByToken: ReadonlyMap<string, string[]>, article: string, start: number): string | undefined {
  const sharingLast = namesByToken.get(lastTokenOf(text));
  const short = fullNameOfShortFirst(text, sharingLast);
  // Not a short name introduced with a role of its own ("Lurah Moh. Sanusi"), nor one that
  // stood before the full name (then it is a full name itself).
  if (short !== undefined && !afterTitle(article, start) && fullNameBefore(article, short, sharingLast, start)) return short;
  // "Van Lindenhorst" after "Pieter van Lindenhorst": the full name that writes the
  // particle in lower case (the names sharing the surname hold it).
  const lowered = particleLowered(text);
  const withParticle = lowered === undefined ? undefined : longestContaining(sharingLast, lowered);
  if (withParticle !== undefined) return withParticle;
  const name = capitalisedName(text);
  if (name === undefined) return undefined;
  return longestContaining(namesByToken.get(firstTokenOf(name)), name);
}

/** The longest of `names` that contains `name` word for word. */
function longestContaining(names: readonly string[] | undefined, name: string): string | undefined {
  let best: string | undefined;
  if (names !== undefined) {
    for (const full of names) if (containsName(full, name) && (best === undefined || full.length > best.length)) best = full;
  }
  return best;
}

/** The full name `full` (single-spaced; one of `names` as written) stands in the article
 *  before `start`. */
function fullNameBefore(article: string, full: string, names: readonly string[] | undefined, start: number): boolean {
  if (names !== undefined) for (const name of names) if (name === full && article.lastIndexOf(name, start) >= 0) return true;
  return false;
}

/** "AirNav Indonesia Cabang Biak", "BPJS Kesehatan Cabang Waingapu": the word after a branch
 *  word is the branch's place, no short form of the body ("Biak" alone is the town); so is
 *  the city after " di " of a mission ("Kedutaan Besar Republik Indonesia di Paramaribo"). */
const BRANCH_PLACE_BEFORE = new RegExp(`[ \u00a0](?:${[...COMPANY_BRANCH_WORDS, 'kabupaten', 'kota', 'provinsi']
  .map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')}|di)$`);

/** The names numbered in `ids` with how often each was written, in order of first appearance. */
function timesByName(ids: ReadonlyMap<string, number>, times: readonly number[]): Map<string, number> {
  const written = new Map<string, number>();
  for (const [name, id] of ids) written.set(name, times[id]);
  return written;
}

const LEGAL_FORM = /^PT\s+|\s+\((?:Persero|PERSERO)\)|\s+(?:Tbk|TBK)$/g;

/** An Indonesian club, Pers- or PS + initials, and its city in one more word ("Persita
 *  Tangerang", "PSBS Biak"). */
const CLUB_WITH_CITY = new RegExp(String.raw`^(?:${PERS_CLUB_NAME}|${PS_CLUB_INITIALS})[ \u00a0]+\p{Lu}\p{Ll}+$`, 'u');

/** A company's name without its legal form: "PT Bank Mandiri (Persero) Tbk" -> "Bank
 *  Mandiri"; other names unchanged. */
function companyCore(name: string): string {
  if (!name.startsWith('PT') && !name.endsWith('Tbk') && !name.endsWith('TBK')) return name;
  return name.replace(LEGAL_FORM, '');
}

/** A KB person's one-word mention ("Retno", Retno Marsudi) that is the first or last name
 *  of a person named in full in the article and unknown to the KB ("Retno Wulandari"),
 *  while the KB person is never named in full here: the stranger. */
function strangerSharingName(m: ActorMention, para: number, strangers: NameEvidence<string>, kbNamedInFull: NameEvidence<true>,
  slips: ReadonlyMap<string, string>): void {
  if (m.type !== 'PER' || countBlanks(m.text, 1) > 0 || (m.entityId !== undefined && kbNamedInFull.near(m.entityId, para))) return;
  const local = strangers.near(m.text, para);
  if (local === undefined) return;
  m.canonical = slips.get(local) ?? local;
  m.entityId = undefined;
}

/** Trade words that end the name of a team or a label ("Garuda Nova Esports", "Starwave
 *  Entertainment") and that the article may drop. */
const BRAND_TAILS = new Set(['Esports', 'Gaming', 'Entertainment', 'Records', 'Pictures', 'Studios']);

/** A name of three words or more without its brand tail, else undefined. */
function withoutBrandTail(name: string): string | undefined {
  const sp = name.lastIndexOf(' ');
  return sp > 0 && name.indexOf(' ') !== sp && BRAND_TAILS.has(name.slice(sp + 1)) ? name.slice(0, sp) : undefined;
}

/** "… dan" before the last word of a body's name ("Kementerian Haji dan Umrah"), any spacing. */
const REMIT_JOIN_BEFORE = /\sdan\s*$/;

/** "Produsen Renyah Riang, PT Sari Gurih Parahyangan, menyatakan …": when the subject the
 *  paragraph found is no actor after all (a brand, declared-codes.ts), the actor in
 *  apposition right after it speaks. */
function appositionAfter(text: string, all: Mentions, k: number): ActorMention | null {
  const next = k + 1;
  if (next >= all.m.length || !all.keep.data[next] || all.para.data[next] !== all.para.data[k]) return null;
  const m = all.m[next];
  return text.startsWith(', ', all.m[k].end) && m.start === all.m[k].end + 2 && text.charCodeAt(m.end) === 44 ? m : null;
}

/** A KB person's one-word mention ("Supratman", Supratman Andi Agtas) written elsewhere in
 *  the article as a person the paragraph pass kept apart from the KB ("Kepala Desa Sepotong,
 *  Supratman,"), while the KB person is never named in full here: that villager. */
function strangerOfOneWord(text: string, m: ActorMention, para: number, strangers: NameEvidence<true>, kbNamedInFull: NameEvidence<true>): void {
  if (m.type !== 'PER' || !strangers.near(m.text, para) || (m.entityId !== undefined && kbNamedInFull.near(m.entityId, para))) return;
  // "Kapolri Listyo": a national title before the word names the KB person, not the villager.
  if (nationalTitleBefore(text, m.start)) return;
  m.canonical = m.text;
  m.entityId = undefined;
}

/** Titles of a village's or a district's head, which a villager may hold. */
const LOCAL_TITLE_WORDS = new Set(['desa', 'dusun', 'kelurahan', 'kampung', 'nagari', 'gampong', 'kecamatan', 'camat', 'lurah', 'kades', 'sekdes', 'kadus', 'keuchik']);

/** The word right before `pos` is a capitalised title other than a village head's. */
function nationalTitleBefore(text: string, pos: number): boolean {
  const w = wordBefore(text, pos);
  if (w === null || w.end + 1 !== pos || !isUpper(text.charCodeAt(w.start))) return false;
  return TITLE_HEAD_WORDS.hasAt(text, w.start, w.end) && !LOCAL_TITLE_WORDS.has(text.slice(w.start, w.end).toLowerCase());
}

/** "kata Roy, sapaan akrabnya", "pria yang akrab disapa Arif": a nickname names the last
 *  person named in full before it, or by one name that holds the nickname ("Sutrisno, …" /
 *  "…," ujar pria yang akrab disapa Pak Tris itu). Returns that name, or undefined. */
function nicknamed(introductions: Introductions, all: Mentions, k: number, article: string): string | undefined {
  if (!introductions.nicknameAt(k)) return undefined;
  const nick = all.m[k].text.toLowerCase();
  const inSentence = nicknamedInSentence(all, k, nick, article);
  if (inSentence !== undefined) return inSentence;
  for (let x = k - 1; x >= 0; x--) {
    const prev = all.m[x];
    if (prev.type === 'PER' && all.keep.data[x] && (countBlanks(prev.text, 1) > 0 || (prev.text.length > nick.length && prev.text.toLowerCase().includes(nick)))) return prev.canonical;
  }
  return undefined;
}

/** "Ketua RT, Budi Santoso, ditemani Marniati, Kiki sapaan akrabnya, …": the nickname
 *  belongs to the nearest person named before it in its own sentence, whether named in full
 *  or by one name, rather than to the last person named in full (Budi Santoso); one whose name
 *  holds the nickname comes first ("Sutrisno bersama Andi, yang akrab disapa Pak Tris").
 *  A one-word name still unconfirmed counts only in apposition right before the nickname
 *  ("Marniati, Kiki sapaan akrabnya"), which confirms it. */
function nicknamedInSentence(all: Mentions, k: number, nick: string, article: string): string | undefined {
  let nearest = -1;
  let from = all.m[k].start;
  for (let x = k - 1; x >= 0; x--) {
    const prev = all.m[x];
    if (sentenceBreakIn(article, prev.end, from)) break;
    from = prev.start;
    if (prev.type !== 'PER') continue;
    const apposed = x === k - 1 && (article.slice(prev.end, all.m[k].start) === ', ' || article.slice(prev.end, all.m[k].start) === ', atau ');
    if (!all.keep.data[x] && !(apposed && all.source.data[x] === WEAK)) continue;
    if (prev.text.length > nick.length && prev.text.toLowerCase().includes(nick)) { nearest = x; break; }
    if (nearest < 0) nearest = x;
  }
  if (nearest < 0) return undefined;
  all.keep.data[nearest] = 1;
  return all.m[nearest].canonical;
}

/** A sentence ends, or a paragraph, in article[from, to). */
function sentenceBreakIn(article: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = article.charCodeAt(i);
    if (c === 10 || endsSentenceAt(article, i)) return true;
  }
  return false;
}

/** A space or no-break space in article[start, end), a mention's text (which is those
 *  characters of the article): read off the article, rather than off the mentions'
 *  strings, scattered in memory and of several representations (their reads were a fifth
 *  of resolvePeople). `add` asks it once per mention, with its characters still in cache
 *  (Mentions.spaced). */
function spaceIn(article: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = article.charCodeAt(i);
    if (c === 32 || c === 0xa0) return true;
  }
  return false;
}

/** `name` occurs in `full` as whole tokens ("Raka Wicaksana" in "Raka Wicaksana Putra"). */
export function containsName(full: string, name: string): boolean {
  for (let i = full.indexOf(name); i !== -1; i = full.indexOf(name, i + 1)) {
    const before = i === 0 ? 32 : full.charCodeAt(i - 1);
    const after = i + name.length >= full.length ? 32 : full.charCodeAt(i + name.length);
    if ((before === 32 || before === 0xa0) && (after === 32 || after === 0xa0)) return true;
  }
  return false;
}

/** Quotes, and reported statements into `reported`: both take their speakers from the
 *  same walk; statements read the walk's state (salient speaker, last person) but do not
 *  change it, so quotes come out as they would without them. */
/** The person the lines above paragraph `pi` introduce as interviewed ("… berbincang dengan
 *  X", "… mewawancarai X"), looked for over the MAX_INTERVIEW_LEAD paragraphs before it, then
 *  over a short lead (SOLE_LEAD_REACH characters from the article's start); else, when no
 *  interview verb stands in that lead, the one person it names (interview-announcement.ts). */
function interviewedAbove(text: string, paras: Paragraphs, all: Mentions, base: number, pi: number): ActorMention | null {
  const lead = Math.max(0, pi - MAX_INTERVIEW_LEAD);
  const named = interviewedIn(text, paras.start.data[lead], base, all.m, all.first.data[lead], (k) => isPerson(all, k));
  if (named !== null || base > SOLE_LEAD_REACH) return named;
  // ("Tempo mewawancarai X …" / three paragraphs of background / "Berikut petikan
  // wawancaranya." / "Tanya: …": a short lead introduces the interview further up)
  const inLead = lead === 0 ? null : interviewedIn(text, 0, base, all.m, 0, (k) => isPerson(all, k));
  // (a lead that says whom it interviewed, "berbincang dengan warga desa", names nobody else so)
  return inLead ?? (interviewVerbIn(text, 0, base) < 0 ? soleLeadPerson(text, base, all.m, (k) => isPerson(all, k)) : null);
}

/** The interview printed as uncued quoted turns (quoted-interview.ts) that a whole-paragraph
 *  quote of paragraph `pi` is a turn of: the one going on, its last turn at most two
 *  paragraphs back (a line of narration between turns); else, for a quote that asks, one
 *  introduced in the MAX_INTERVIEW_LEAD paragraphs before with no quote since its
 *  introduction (`lastQuoteEnd`, -1 with none): an exchange opens with a question. */
function interviewOfTurn(text: string, paras: Paragraphs, all: Mentions, base: number, pi: number, going: QuotedInterview | null, goingPara: number,
  lastQuoteEnd: number, asks: boolean): QuotedInterview | null {
  if (going !== null && goingPara >= pi - 2 &&
      // a line of narration between the turns that brings in somebody else ends the interview
      (goingPara === pi - 1 || !bringsInOther(going, all.m, all.first.data[pi - 1], all.first.data[pi], (k) => isPerson(all, k)))) return going;
  if (!asks) return null;
  const lead = Math.max(0, pi - MAX_INTERVIEW_LEAD);
  const found = quotedInterviewIn(text, paras.start.data[lead], base, all.m, all.first.data[lead], (k) => isPerson(all, k));
  return found !== null && found.verb > lastQuoteEnd ? found : null;
}

function linkQuotes(text: string, paras: Paragraphs, all: Mentions, kb: KbIndex | undefined, reported: ReportedStatement[], pointingBack: Set<Quote>,
  settled: Set<ReportedStatement>, introductions: Introductions, takenFromAfter: Map<Quote, TakenFromAfter>): Quote[] {
  const quotes: Quote[] = [];
  // The article's marks of persons' sex, read on first use (described-gender.ts).
  const sexMarks = new SexMarks(text, all.m);
  // Quotes (their indices) whose attribution is the next quote's, inside one paragraph.
  const closedByNext: number[] = [];
  // Quotes continued across a paragraph of narration (or from such a quote): a later quote's
  // own attribution right after them is theirs too (resolveQuoteChains).
  const acrossNarration = new Set<Quote>();
  // A speaker is a mention and the paragraph it belongs to, kept as two variables rather
  // than an object per speech event and quote (hundreds of thousands on a long text).
  let salient: ActorMention | null = null;
  let salientPara = 0;
  // The last quote: whether there is one, its paragraph and its speaker (or null).
  let hasLastQuote = false;
  let lastQuotePara = 0;
  let lastSpeaker: ActorMention | null = null;
  let lastSpeakerPara = 0;
  // The last person mentioned, kept as its index (-1: none).
  let lastPerson = -1;
  // The quote before the last one (its speaker and paragraph), and whether each of the
  // two asks a question or has a question / answer cue: a question-and-answer exchange.
  let beforeLastSpeaker: ActorMention | null = null;
  let beforeLastPara = -3;
  // Offsets of the last quote and the end of the one before (turns on one line).
  let lastQuoteStart = 0;
  let lastQuoteEnd = 0;
  let beforeLastEnd = 0;
  // Whether somebody (not a weak word) took the floor since the last quote. The person
  // named after the last quote of this paragraph, with nobody taking the floor in between
  // ("“…,” kata Fahmi. Direktur Sinyal Raya, Hendra, optimistis …. Ia mengatakan …"), is
  // the one a pronoun or "katanya" means: what "the person this paragraph introduced"
  // does across paragraphs, inside one (an article delivered as one line). Tested inline
  // below, not in a closure (which would move these locals into a context object).
  let turnSinceQuote = false;
  let lastTurn = 0;
  // The speaker of the last question asked as a line of dialogue, and its paragraph.
  let asker: ActorMention | null = null;
  let askerPara = -9;
  // Whether that question was a labelled turn ("ANDINI: “…?”"): a transcript's host.
  let askerLabelled = false;
  // The last person reported speaking with a reporting verb or cue (not merely opening a
  // sentence), and its paragraph: an interview's answers are that person's, not the
  // interviewer's who opens the paragraph introducing the exchange.
  let voiced: ActorMention | null = null;
  let voicedPara = -9;
  // The one reported speaking before `voiced` took over, and its paragraph: the party a
  // member's or a journalist's question was put to (answer-turns.ts questionedParty).
  let voicedBefore: ActorMention | null = null;
  let voicedBeforePara = -9;
  // The paragraph of the last question nobody named asked ("…?" tanya seorang wartawan),
  // and whether the last quote is such a question (unnamed-questions.ts).
  let unnamedAskPara = -9;
  let lastAskedUnnamed = false;
  // The interviewee of an interview whose answers are labelled ("J: “…”": interview-turns.ts).
  let interviewee: ActorMention | null = null;
  // An interview printed as uncued quoted questions and answers (quoted-interview.ts), while
  // its turns follow each other, and the paragraph of its last turn.
  let quotedInterview: QuotedInterview | null = null;
  let quotedInterviewPara = -9;
  // The one a reported question was put to since the last quote, and its paragraph
  // ("X bertanya kepada Y apakah …": question-addressee.ts).
  let addressee: ActorMention | null = null;
  let addresseePara = -9;
  // The addressee came from a quote in the first person ("Kami …, Pak Gubernur."): a next
  // line in the first person is that speaker going on (vocative-addressee.ts).
  let addressedAsSelf = false;
  // The addressee was named by a question: a reported one ("X bertanya kepada Y …") or a
  // quote that asks ("“Bu Andini, apakah …?”"), not a term in an answer ("Tidak tahu, Pak.").
  let addresseeAsked = false;
  // Who a quote last addressed with each term of address and a name ("Pak Bonar, …"): a bare
  // "…, Pak?" later in the exchange means them (vocative-addressee.ts).
  let addressedByTerm: Map<string, ActorMention> | undefined;
  // The addressee came from such a bare term: in a transcript, the one the host turned to
  // answers, not the guest who answered the question before.
  let bareAddressed = false;
  // Everybody who has spoken so far (quoted or reported with a cue): the one a line of
  // dialogue addresses takes the floor only inside an exchange (vocative-addressee.ts).
  const spokeBefore = new Set<string>();
  // Who was introduced with which ministry, for a minister's short title as a subject.
  const ministers = new MinistryHolders(text, new PeopleByName(all.m));
  // Who may own a channel ("akun tersebut", "laporan itu"), for channel-owner.ts: a kept
  // mention that is no place, in the statement and the quote branches alike.
  const mayOwnChannel = (k: number): boolean => all.keep.data[k] === 1 && all.m[k].type !== 'GPE';
  // The last one who answered somebody else's question, and its paragraph (answer-turns.ts).
  let answerer: ActorMention | null = null;
  let answererPara = -99;
  // (the one whose question that party answered: answer-turns.ts reuses the party for them only)
  let answered: Answered = null;
  // Whether anybody was reported speaking (a speech event) since the last quote.
  let eventSinceQuote = false;
  // Whether somebody was reported speaking with a reporting verb or cue since then.
  let spokeSinceQuote = false;
  // Where the latest speech event that set the salient speaker stands (-1: none): a sentence
  // it opens right before an unattributed quote gives that quote (subject-before-quote.ts).
  let subjectAt = -1;
  for (let pi = 0; pi < paras.start.length; pi++) {
    const base = paras.start.data[pi];
    // Quotes of this paragraph: indices [qi, quotesEnd) in the paras.quote* lists.
    let qi = paras.firstQuote.data[pi];
    const quotesEnd = paras.firstQuote.data[pi + 1];
    // Speech events of this paragraph: indices [ei, eventsEnd) in paras.eventAt/eventMention.
    let ei = paras.firstEvent.data[pi];
    const eventsEnd = paras.firstEvent.data[pi + 1];
    // This paragraph's mentions are all.m[first .. first + count).
    const first = all.first.data[pi];
    const count = all.first.data[pi + 1] - first;
    // Walk quotes, speech events and person mentions of this paragraph in text order.
    let mi = 0;
    // Whether a speech event or a quote of this paragraph came before.
    let paraHadEvent = false;
    while (qi < quotesEnd || ei < eventsEnd) {
      const hasQuote = qi < quotesEnd;
      const qStart = hasQuote ? paras.quoteStart.data[qi] : 0;
      if (ei < eventsEnd && (!hasQuote || paras.eventAt.data[ei] < qStart)) {
        const at = paras.eventAt.data[ei];
        const raw = paras.eventMention.data[ei];
        const mention = raw >= 0 ? raw >> 1 : raw;
        const eventBefore: boolean = eventSinceQuote;
        eventSinceQuote = true;
        // Reported speaking with a reporting verb or cue, not merely opening a sentence.
        const spoke = raw === PRONOUN_SUBJECT || raw === DEFINITE_SUBJECT || raw === TITLE_SUBJECT || (raw >= 0 && (raw & 1) === 1);
        // A later speech event takes the floor from the one asked ("X bertanya kepada Y …. X
        // kemudian menegaskan …" / "“…”" is X's); a question in it names a new one below.
        if (spoke) { spokeSinceQuote = true; addressee = null; }
        for (; mi < count && all.m[first + mi].start < base + at; mi++) if (isPerson(all, first + mi)) lastPerson = first + mi;
        if (mention === DEFINITE_SUBJECT || mention === TITLE_SUBJECT) {
          // "Pelatih itu juga menyebut …": the person described takes the floor; after a bare
          // title ("Kapolres menambahkan …") only one introduced with it, never the last person.
          const described = definiteReferent(text, all, paras.eventHead.get(ei), mention === DEFINITE_SUBJECT, lastPerson, pi, salient,
            mention === DEFINITE_SUBJECT ? unnamedSince(base + at, salient, hasLastQuote ? lastQuoteEnd : 0) : undefined,
            mention === DEFINITE_SUBJECT ? descriptionQualifier(text, base + at, false) : NO_WORDS);
          // ("Karyawati itu mengatakan …" after "Seorang karyawati …": the unnamed one, below)
          if (described !== null && described !== UNNAMED) { salient = agreeingInSex(sexMarks, all.m, (k) => isPerson(all, k) && all.keep.data[k] !== 0, described, sexOfHead(paras.eventHead.get(ei)), lastPerson); salientPara = pi; } else if (mention === TITLE_SUBJECT || described === UNNAMED) {
            // A bare title that names nobody the article introduced ("Kepala Dinas Lingkungan
            // Hidup setempat mengatakan …"): a following "katanya" is nobody's, as after an
            // unnamed source, not the earlier speaker's (title-qualifier.ts).
            salient = null;
            lastPerson = -1;
          }
        } else if (mention === PRONOUN_SUBJECT) {
          // "Ia menambahkan …": the salient speaker (else the last person) speaks again;
          // but a person this paragraph introduced before the pronoun, while the salient
          // speaker spoke in an earlier paragraph, is the one meant ("Direktur X, Hendra,
          // optimistis …. Ia mengatakan …").
          // Not a person named as an object ("ia didampingi Bupati X. Menurutnya, …").
          if (lastPerson >= 0 && salient !== null && all.para.data[lastPerson] === pi &&
              ((salientPara < pi && !paraHadEvent && paragraphSubject(text, base, all.m[lastPerson].start)) || (hasLastQuote && lastQuotePara === pi && !turnSinceQuote && all.m[lastPerson].start >= lastQuoteEnd))) salient = all.m[lastPerson];
          if (salient === null && lastPerson >= 0) salient = all.m[lastPerson];
          if (salient !== null) salientPara = pi;
        } else if (mention < 0 && salient !== null && unnamedAsksAt(text, base + at)) {
          // "Seorang wartawan menanyakan …": a question put to the one holding the floor, who
          // answers the next uncued quote; nobody took a turn (unnamed-questions.ts).
          eventSinceQuote = eventBefore;
          ei++;
          continue;
        } else if (mention < 0) {
          // An unnamed source spoke: a following "katanya" has no named speaker.
          salient = null;
          lastPerson = -1;
          hasLastQuote = false;
        } else if (all.keep.data[first + mention] && !spoke && namedAsObject(text, sentenceStartBefore(text, all.m[first + mention].start, base), all.m[first + mention].start)) {
          // "Tahun lalu, dinas itu menerima bantuan dari Gubernur X.": a person named as an
          // object takes no turn; the next uncued quote goes on with the speaker before
          // (narration-subject.ts).
          eventSinceQuote = eventBefore;
          ei++;
          continue;
        } else if (all.keep.data[first + mention]) {
          salient = all.m[first + mention];
          salientPara = pi;
          // "X bertanya kepada Y apakah …": Y answers the next uncued quote that asks nothing
          // (question-addressee.ts); a question after it is still X's.
          const asked = questionAddresseeStart(text, salient.end, paras.end.data[pi]);
          for (let k = first + mention + 1; asked >= 0 && k < first + count && all.m[k].start < asked + ADDRESSEE_REACH; k++) {
            if (all.m[k].start < asked) continue;
            if (!askedPersonAt(text, asked, all.m[k].start)) break;
            if (isPerson(all, k)) { addressee = all.m[k]; addresseePara = pi; addresseeAsked = true; break; }
          }
        } else {
          // An event on a weak word the article never confirmed ("Pandangan serupa …")
          // is nobody's: it neither takes the floor nor ends this paragraph's opening, nor is it
          // anybody speaking since the last quote ("Diskusi berlanjut setelah jeda iklan.").
          eventSinceQuote = eventBefore;
          ei++;
          continue;
        }
        paraHadEvent = true;
        subjectAt = salient !== null ? base + at : -1;
        if (salient !== null && spoke) {
          if (voiced !== null && voiced.canonical !== salient.canonical) { voicedBefore = voiced; voicedBeforePara = voicedPara; }
          voiced = salient;
          voicedPara = pi;
          spokeBefore.add(salient.canonical);
        }
        // The last quote's own cue naming its speaker ("“…,” kata Fahmi di kantornya")
        // takes no new turn; the same speaker reported again later ("Menurut Peskov, …") does.
        const ownCue = mention >= 0 && salient !== null && lastSpeaker !== null && salient.canonical === lastSpeaker.canonical &&
          at >= lastQuoteEnd - base && at - (lastQuoteEnd - base) <= OWN_CUE_REACH;
        // (and is no one reported speaking since it: a paragraph of narration after
        // "“…,” kata X." still leaves the next unattributed quote to X)
        if (!ownCue) turnSinceQuote = true; else eventSinceQuote = eventBefore;
        ei++;
        continue;
      }
      const info = paras.quoteInfo.data[qi];
      const qEnd = paras.quoteEnd.data[qi];
      const named = paras.quoteMention.data[qi];
      const cue = paras.quoteCue[qi];
      qi++;
      for (; mi < count && all.m[first + mi].start < base + qStart; mi++) if (isPerson(all, first + mi)) lastPerson = first + mi;
      if ((info & UNCLOSED) !== 0 && !continuesOpenQuote(text, paras.start, pi, base + qStart)) continue;
      const start = base + qStart;
      const end = base + qEnd;
      if ((info & REPORTED) !== 0) {
        const kind = info & ATT_MASK;
        let who: ActorMention | null;
        let foundByRule = false;
        if (kind === ATT_MENTION) {
          who = all.keep.data[first + named] ? all.m[first + named] : appositionAfter(text, all, first + named);
        } else if ((info & NAMED_LATER) !== 0) {
          // "Seorang pedagang kaus mengaku …": nobody but the person introduced next with "bernama".
          who = personNamedLater(text, all.m, end, (k) => isPerson(all, k));
        } else {
          const head = paras.quoteHead.get(qi - 1); // the anaphor's head noun ("perusahaan" of "perusahaan itu")
          who = kind === ATT_DESCRIPTION ? describedOrOfficial(text, all, first + named, kb) : null;
          // (a role or a bare title points back to a person named before its sentence, never
          // to the one addressed after the verb: "Kepala … memperingatkan Bupati X bahwa …")
          const pointedFrom = (info & TITLED) !== 0 ? personBeforeSentence(text, all, lastPerson, start) : lastPerson;
          if (kind === ATT_ANAPHORA) {
            const referent = definiteReferent(text, all, head, (info & DEFINITE) !== 0, pointedFrom, pi, salient, unnamedSince(start, salient, hasLastQuote ? lastQuoteEnd : 0),
              descriptionQualifier(text, end, true));
            // "Seorang karyawati … ikut berorasi. Karyawati itu mengatakan …": the unnamed
            // person's words, no identifiable actor's statement (unnamed-introduced.ts), unless
            // the article names them next ("Perempuan bernama X itu …").
            if (referent === UNNAMED) {
              who = personNamedLater(text, all.m, end, (k) => isPerson(all, k));
              if (who === null) continue;
            } else who = referent;
          }
          // "Perusahaan menyebut …" with no company before it: nobody, never the last person.
          // "…, kata laporan itu.": the report's owner, else nobody (channel-owner.ts).
          const channelHead = kind === ATT_ANAPHORA && isChannelHead(head);
          // "…, kata ibunya.": the relative named before, else nobody (unnamed-relative.ts).
          const relativeHead = kind === ATT_ANAPHORA && isRelativeHead(head);
          const bodyHead = kind === ATT_ANAPHORA && (channelHead || relativeHead || isBodyHead(head));
          if (channelHead) {
            who = channelOwner(text, head as string, start, all.m, first + mi - 1, mayOwnChannel);
            foundByRule = true;
          } else if (relativeHead) {
            who = namedRelative(introductions, all.m, (k) => isPerson(all, k), head, first + mi - 1);
            foundByRule = true;
          } else if (bodyHead) {
            who = bodyReferent(text, all, head as string, first + mi - 1);
            foundByRule = true;
          }
          // "Musisi asal Denpasar, Gede Robi, justru mendukung …. Namun, menurutnya, …": a person
          // this paragraph introduced, while the salient speaker spoke in an earlier one, is
          // the one meant (as for "Ia mengatakan" above).
          const titled = (info & TITLED) !== 0;
          if (who === null && titled) who = titleFallbackOf(text, all, first, paras.quoteFallback.get(qi - 1), kb);
          if (who === null && kind === ATT_ANAPHORA && !bodyHead && !titled && lastPerson >= 0 && all.para.data[lastPerson] === pi && salient !== null &&
              salientPara < pi && !paraHadEvent && paragraphSubject(text, base, all.m[lastPerson].start) && !namedInTopic(text, base, all.m[lastPerson].start)) who = all.m[lastPerson];
          if (who === null && !bodyHead && !titled) who = salient ?? (lastPerson >= 0 ? all.m[lastPerson] : null);
          if (who !== null && kind === ATT_ANAPHORA && !ministerSubjectAgrees(text, ministers, who, start)) who = null;
          // "…, kata pria itu." after "Istrinya, Lestari, …": not the wife (described-gender.ts).
          if (who !== null && kind === ATT_ANAPHORA && !bodyHead) {
            const agreeing = agreeingInSex(sexMarks, all.m, (k) => isPerson(all, k) && all.keep.data[k] !== 0, who, sexOfHead(head) ?? describedSexAfter(text, end), lastPerson);
            if (agreeing !== who) { who = agreeing; foundByRule = true; }
          }
          // "Pemandu itu bercerita bahwa …. Perempuan bernama X itu …": named only later.
          if (who === null && kind === ATT_ANAPHORA && (info & DEFINITE) !== 0 && !bodyHead && !titled) who = personNamedLater(text, all.m, end, (k) => isPerson(all, k));
        }
        // A statement is an identifiable actor's: with nobody resolved it is not one.
        if (who !== null) {
          reported.push(reportedStatement(text, start, end, cue, who, kind === ATT_MENTION ? 'explicit' : kind === ATT_ANAPHORA ? 'anaphoric' : 'context'));
          // (the channel's owner or the described body is found, not guessed: the learned choice leaves it)
          if (foundByRule) settled.add(reported[reported.length - 1]);
        }
        // A named statement's speaker takes the floor (statement-floor.ts).
        if (who !== null && kind === ATT_MENTION && (salient === null || salient.canonical !== who.canonical) &&
            statementTakesFloor(text, reported.length < 2 ? -1 : reported[reported.length - 2].start, who.start, start, cue)) { salient = who; salientPara = pi; }
        continue;
      }
      const firstOfPara = !paraHadEvent;
      paraHadEvent = true;
      // The last quote asked a question as a line of dialogue.
      const lastTurnAsked = hasLastQuote && (lastTurn & TURN_QUESTION) !== 0 && (lastTurn & TURN_DIALOGUE) !== 0;
      const out: Quote = { start, end, text: text.slice(start, end), speaker: null };
      let who: ActorMention | null = null;
      let whoPara = pi;
      /** The one interviewed, read once by the answer-after-a-question branch's test. */
      let interviewed: ActorMention | null;
      /** The quoted interview this quote is a turn of, set by that branch's test. */
      let exchange: QuotedInterview | null = null;
      /** The party an answer speaking to the asker is given, set by that branch's test. */
      let questioned: ActorMention | null;
      const kind = info & ATT_MASK;
      // “…” / Hal itu disampaikan Menteri Luar Negeri Sugiono di Jakarta.
      const namedNext = kind === ATT_NONE && qi === quotesEnd ? namedInNextParagraph(text, paras, all, pi, end) : null;
      let askedUnnamed = false;
      if ((info & ANONYMOUS) !== 0) {
        // An unnamed source: nobody, and a following "katanya" has no named speaker. But a
        // question an unnamed journalist asks leaves the floor with the one questioned.
        if (asksQuestion(text, end)) {
          askedUnnamed = true;
        } else {
          salient = null;
          lastPerson = -1;
        }
      } else if (kind === ATT_MENTION) {
        who = all.m[first + named];
        out.cue = cue || 'subject';
      } else if (kind === ATT_DESCRIPTION || kind === ATT_ANAPHORA) {
        const head = paras.quoteHead.get(qi - 1); // the anaphor's head noun
        who = kind === ATT_DESCRIPTION ? describedOrOfficial(text, all, first + named, kb) : null;
        // "Seorang karyawati … ikut berorasi." / "“…,” kata karyawati itu.": someone brought in
        // unnamed since the last quote and the salient speaker's name is meant: nobody, and
        // nobody keeps the floor (unnamed-introduced.ts).
        let unnamedMeant = false;
        // "Hakim: “…”" (turn-labels.ts): a role label, whose holder the article names before
        // the turns or, when nobody before, after them (described-person.ts).
        const labelledTurn = kind === ATT_ANAPHORA && (info & DESCRIBED) !== 0 && cue === ':';
        if (kind === ATT_ANAPHORA) {
          const referent = definiteReferent(text, all, head, (info & DEFINITE) !== 0, lastPerson, pi, salient, unnamedSince(start, salient, hasLastQuote ? lastQuoteEnd : 0),
            descriptionQualifier(text, end, true));
          unnamedMeant = referent === UNNAMED;
          who = referent === UNNAMED ? null : referent;
          // (not when the article brought the label's holder in unnamed: "seorang saksi …" /
          // "Saksi: “…”" stays nobody's, whoever is named in the role later)
          if (who === null && !unnamedMeant && labelledTurn && head !== undefined) who = titledPersonAfter(text, all.m, (k) => isPerson(all, k), firstStartingAt(all.m, end), end, head);
        }
        // "“…,” kata perusahaan itu." with no company before it: nobody, never the last person.
        // "“…,” tulis akun tersebut.": the account's owner, else nobody (channel-owner.ts).
        const channelHead = kind === ATT_ANAPHORA && isChannelHead(head);
        // "“…,” kata ibunya.": the relative named before, else nobody (unnamed-relative.ts).
        const relativeHead = kind === ATT_ANAPHORA && isRelativeHead(head);
        const bodyHead = kind === ATT_ANAPHORA && (channelHead || relativeHead || isBodyHead(head));
        if (channelHead) who = channelOwner(text, head as string, start, all.m, first + mi - 1, mayOwnChannel,
          (from, to) => statementSpeakerIn(all, reported, from, to));
        else if (relativeHead) who = namedRelative(introductions, all.m, (k) => isPerson(all, k), head, first + mi - 1);
        else if (bodyHead) who = bodyReferent(text, all, head as string, first + mi - 1);
        // Not for a description: "kata kepala dinas itu" found no "Kepala Dinas X" here, so it
        // is not the person this paragraph introduced ("Kepala Desa Ahmad").
        // "kata Bupati Kuningan" with no regent introduced: the regency, never the last person.
        const titled = (info & TITLED) !== 0;
        if (who === null && titled) who = titleFallbackOf(text, all, first, paras.quoteFallback.get(qi - 1), kb);
        if (unnamedMeant && who === null) { salient = null; lastPerson = -1; }
        // (a "-nya" or pronoun cue resolved by what came before: the learned choice may
        // re-decide it, speaker-model/)
        const pointsBack = who === null && kind === ATT_ANAPHORA && !bodyHead && !titled && !unnamedMeant && (info & DEFINITE) === 0;
        // (the last person named here stands in a fronted topic: passed over by reading the
        // text, so the learned choice, which sees only the name's place, leaves it)
        const topicNamed = lastPerson >= 0 && all.para.data[lastPerson] === pi && namedInTopic(text, base, all.m[lastPerson].start);
        if (who === null && kind === ATT_ANAPHORA && !bodyHead && !titled && (info & DESCRIBED) === 0 && lastPerson >= 0 && all.para.data[lastPerson] === pi && salient !== null &&
            ((firstOfPara && salientPara < pi) || (hasLastQuote && lastQuotePara === pi && !turnSinceQuote && all.m[lastPerson].start >= lastQuoteEnd)) && !topicNamed) {
          // "Manajer Persib, Dedi, enggan menanggapi. “…” katanya.": a person this paragraph
          // introduced before its first quote is the one meant, as for "Ia mengatakan" above;
          // not one named inside a fronted topic ("Soal kartu merah Reza, pelatih itu …").
          who = all.m[lastPerson];
        }
        if (who === null && kind === ATT_ANAPHORA && !titled && lastTurnAsked && lastQuotePara === pi - 1 && beforeLastPara >= pi - ANSWER_REACH &&
            otherSpeaker(beforeLastSpeaker, lastSpeaker) && text.charCodeAt(end - 2) !== 63 && !DIALOGUE_CUES.has(cue) && firstOfPara && opensTurn(text, start)) {
          // “…?” (the interviewer) / “…,” tegasnya.: "-nya" after somebody else's question
          // is the one who answers, not the one who asked.
          who = beforeLastSpeaker;
          whoPara = beforeLastPara;
        }
        // "Hakim: “…”" with no judge introduced: nobody, never the salient speaker (the
        // defendant the article is about).
        if (who === null && !bodyHead && !labelledTurn && !titled && (info & DESCRIBED) !== 0 && salient !== null && salientPara === pi && lastSpeaker !== null) {
          // "Kepala Desa X ikut menanggapi. “…,” kata kepala dinas itu.": a title the person this
          // paragraph introduced contradicts (attribution.ts, titleContradicted) points past
          // them, to the one who spoke before.
          who = lastSpeaker;
          whoPara = lastSpeakerPara;
        }
        if (who === null && !bodyHead && !labelledTurn && !titled && !unnamedMeant) {
          // The salient speaker, else the last person mentioned.
          if (salient !== null) { who = salient; whoPara = salientPara; } else if (lastPerson >= 0) { who = all.m[lastPerson]; whoPara = all.para.data[lastPerson]; }
        }
        if (who !== null && kind === ATT_ANAPHORA && !ministerSubjectAgrees(text, ministers, who, start)) who = null;
        // "“…,” kata ibu dua anak itu." after "Suaminya, Bambang, …": not the husband (described-gender.ts).
        // (found, not guessed: the learned choice leaves it)
        let sexAgreed = false;
        if (who !== null && kind === ATT_ANAPHORA) {
          const agreeing = agreeingInSex(sexMarks, all.m, (k) => isPerson(all, k) && all.keep.data[k] !== 0, who, sexOfHead(head) ?? describedSexAfter(text, end), lastPerson);
          sexAgreed = agreeing !== who;
          who = agreeing;
        }
        out.cue = kind === ATT_DESCRIPTION ? cue || 'subject' : cue;
        if (pointsBack && !labelledTurn && !sexAgreed && !topicNamed) pointingBack.add(out);
      } else if (namedNext !== null) {
        who = namedNext;
        whoPara = pi + 1;
        out.cue = 'hal itu disampaikan';
      } else if (answerLabelled(text, start)) {
        // "J: “…”": the interviewee's answer, whoever took a turn under their own name between:
        // the one interviewed ("… mewawancarai Menteri Budi …"), else the person reported
        // speaking before the exchange; with neither, nobody's, never the asker's.
        const known: ActorMention | null = interviewee ?? interviewedAbove(text, paras, all, base, pi);
        who = known !== null || voicedPara >= pi - MAX_INTERVIEW_LEAD ? intervieweeOf(known, voiced, lastTurnAsked ? lastSpeaker : null) : null;
        if (who !== null) {
          interviewee = who;
          out.cue = CONTEXT_CUE.exchange;
        }
      } else if (firstOfPara && start === firstNonSpace(text, base) && closesTurn(text, end) &&
          (exchange = interviewOfTurn(text, paras, all, base, pi, quotedInterview, quotedInterviewPara, hasLastQuote ? lastQuoteEnd : -1, asksQuestion(text, end))) !== null) {
        // "Wartawan X mewawancarai Menteri Y …" / "“…?”" / "“…”": the question is the
        // interviewer's, the answer the interviewee's (quoted-interview.ts).
        who = quotedInterviewTurn(exchange, asksQuestion(text, end));
        out.cue = CONTEXT_CUE.exchange;
      } else if (hasLastQuote && lastQuotePara === pi - 1 && (lastTurn & TURN_QUESTION) !== 0 && addressee !== null && addresseePara === pi - 1 && addresseeAsked &&
          firstOfPara && !spokeSinceQuote && opensTurn(text, start) && !asksQuestion(text, end) && !(addressedAsSelf && speaksAsSelf(out.text))) {
        // "“Bu Andini, apakah warga sudah diajak bicara?”" / "“Belum pernah.”": in an
        // interview, a hearing, a press conference or a talk show a question opens a new
        // exchange, and its answer belongs to the one asked: the person the question just
        // before named (vocative-addressee.ts) or a reported question was put to
        // (question-addressee.ts), when the quote opens its paragraph as a turn, asks nothing
        // itself and nobody spoke since; not the one who answered the question before, nor
        // the asker; nor when the one addressed was addressed by a first person whose next
        // line keeps it (that speaker going on).
        who = addressee;
        whoPara = addresseePara;
        out.cue = CONTEXT_CUE.exchange;
      } else if (hasLastQuote && answersUnnamed(text, start, end, lastAskedUnnamed, lastQuotePara, pi)) {
        // "…?" tanya seorang wartawan. / "Belum semua. …": the one questioned answers.
        if (salient !== null) { who = salient; whoPara = salientPara; }
        out.cue = CONTEXT_CUE.exchange;
      } else if (hasLastQuote && lastSpeaker !== null && asksUnnamedAgain(text, start, end, lastAskedUnnamed, lastQuotePara, unnamedAskPara, pi)) {
        // The next question of the same unnamed journalists, after the answer: nobody's.
        askedUnnamed = true;
        out.cue = CONTEXT_CUE.exchange;
      } else if (quotesUnnamedAsking(text, base, start, end)) {
        // "Seorang wartawan bertanya apakah …. “…?”": the unnamed journalist's own question.
        askedUnnamed = true;
        out.cue = CONTEXT_CUE.exchange;
      } else if (hasLastQuote && ((lastQuotePara === pi - 1 && beforeLastPara === pi - 2) ||
            // One line: the turns follow each other with at most a short cue between.
            (lastQuotePara === pi && beforeLastPara === pi && turnGlue(text, lastQuoteEnd, start) && turnGlue(text, beforeLastEnd, lastQuoteStart))) &&
          otherSpeaker(beforeLastSpeaker, lastSpeaker) &&
          // An answer running over two paragraphs ("Karena kita …" / "Sekarang kami …") is
          // one speaker's: the turn changes at a question, asked now or just before.
          (lastTurn & TURN_DIALOGUE) !== 0 && ((lastTurn & TURN_QUESTION) !== 0 || asksQuestion(text, end)) &&
          opensTurn(text, start) && closesTurn(text, end)) {
        // "…?" tanya hakim. / "…," jawab terdakwa. / "Lalu buat siapa?" / "Untuk kas
        // bersama.": in a question-and-answer exchange the turns alternate.
        who = beforeLastSpeaker as ActorMention | null;
        whoPara = beforeLastPara;
        out.cue = CONTEXT_CUE.exchange;
      } else if (hasLastQuote && (lastQuotePara === pi - 1 || (lastQuotePara === pi - 2 && !eventSinceQuote)) && asker !== null &&
          (askerPara >= pi - 3 || (askerLabelled && askerPara >= pi - 6)) && otherSpeaker(asker, lastSpeaker) &&
          (lastTurn & TURN_QUESTION) === 0 && asksQuestion(text, end) && opensTurn(text, start) && closesTurn(text, end)) {
        // The next question after an answer in two paragraphs: the one who asked before asks
        // again (the alternation above sees the answer's two paragraphs, one speaker).
        who = asker;
        whoPara = askerPara;
        out.cue = CONTEXT_CUE.exchange;
      } else if (hasLastQuote && lastTurnAsked && lastQuotePara >= pi - 1 && lastSpeaker !== null && !asksQuestion(text, end) && opensTurn(text, start) &&
          !spokeSinceQuote && !(addressee !== null && addresseePara === pi - 1 && bareAddressed) && answererAfterQuestion(text, lastSpeaker, answerer, answered, answererPara, voiced, voicedPara, pi) !== null) {
        // "…?" (a second judge, a host back from a break) / "Tidak tahu, Pak.": the party who
        // answered before answers again, not the asker (answer-turns.ts).
        const other = answererAfterQuestion(text, lastSpeaker, answerer, answered, answererPara, voiced, voicedPara, pi) as ActorMention;
        who = other;
        whoPara = other === answerer ? answererPara : voicedPara;
        out.cue = CONTEXT_CUE.exchange;
      } else if (hasLastQuote && lastTurnAsked && lastQuotePara === pi - 1 && lastSpeaker !== null && firstOfPara && !spokeSinceQuote && !asksQuestion(text, end) &&
          opensTurn(text, start) && speaksToAsker(out.text) &&
          (questioned = questionedParty(text, lastSpeaker, answerer, answererPara, voicedBefore, voicedBeforePara, pi, out.text)) !== null) {
        // "Anggota X mempertanyakan …" / "“Kenapa …?”" / "“Kami menunggu hasil uji, Bu.”": an
        // answer that speaks to the asker is the questioned party's (answer-turns.ts).
        who = questioned;
        whoPara = questioned === answerer ? answererPara : voicedBeforePara;
        out.cue = CONTEXT_CUE.exchange;
      } else if (addressee !== null && addresseePara >= pi - 1 && !asksQuestion(text, end) && opensTurn(text, start) &&
          !(addressedAsSelf && speaksAsSelf(out.text))) {
        // "X bertanya kepada Y apakah …" / "“Ya, mulai besok …”": the one asked answers.
        who = addressee;
        whoPara = addresseePara;
        out.cue = CONTEXT_CUE.exchange;
      } else if (!hasLastQuote && voiced !== null && voicedPara >= pi - MAX_INTERVIEW_LEAD && questionSentenceBefore(text, base, start)) {
        // "… Berikut petikannya. Mengapa klub …? “…”" on one line: the question line below,
        // read as the sentence before the quote (interview-questions.ts).
        who = voiced;
        whoPara = voicedPara;
        out.cue = CONTEXT_CUE.continuation;
      } else if (hasLastQuote && lastSpeaker !== null && !lastTurnAsked && asksByBareAddress(text, start, end, out.text, lastQuotePara, pi) &&
          !answeredByAnother(paras, all, qi - 1, pi, lastSpeaker)) {
        // "…," kata Kadar seusai rapat. / "“Apakah semua anggota sepakat, Pak?”": a question
        // that calls somebody "Pak" right after that somebody spoke is put to them by a
        // reporter nobody names, not theirs (unnamed-questions.ts); not when the answer after it
        // is another person's by its own cue (answeredByAnother).
        askedUnnamed = true;
        out.cue = CONTEXT_CUE.exchange;
      } else if (spokeSinceQuote && salient !== null && salientPara >= pi - 1) {
        // "X menyebut …" since the last quote: X has the floor, not the earlier speaker.
        // Given in this paragraph by a new turn ("X langsung menyela. “…,”", not the last
        // quote's own cue), the floor is no quote waiting for the next one's attribution
        // (resolveQuoteChains).
        who = salient;
        whoPara = salientPara;
        out.cue = salientPara === pi && turnSinceQuote ? CONTEXT_CUE.floor : CONTEXT_CUE.continuation;
      } else if (salient !== null && salientPara === pi && subjectAt >= base && (!hasLastQuote || subjectAt >= lastQuoteEnd) &&
          (lastSpeaker === null || salient.canonical !== lastSpeaker.canonical) && quoteFollowsSubjectSentence(text, subjectAt, start) &&
          (!subjectActedUpon(text, salient.end) || speaksAsOnePerson(out.text))) {
        // "X terlihat berteriak dari belakang garis. “…”": the person opening the sentence
        // right before an unattributed quote has the floor (subject-before-quote.ts).
        who = salient;
        out.cue = CONTEXT_CUE.floor;
      } else if (hasLastQuote && lastSpeaker !== null && (lastQuotePara >= pi - 1 || ((!eventSinceQuote ||
          // (an interviewer's question printed without quotation marks between two answers)
          isQuestionLine(text, paras.start.data[pi - 1], paras.end.data[pi - 1])) && lastQuotePara >= pi - 2)) &&
          // (not when the question line follows somebody else quoted in the interview's
          // course: "Ketua X, yang dihubungi terpisah, … katanya." / "Apakah …?" / "“…”" is the
          // interviewee's answer, read below)
          // An interview introduced just above whose first question follows another
          // speaker's quote ("Tempo mewawancarai X." / "Warga Y mengeluh. “…,” katanya." /
          // "Apakah …?" / "“…”") likewise: the question hands the floor to X.
          !(pi > 0 && firstOfPara && start === firstNonSpace(text, base) && isQuestionLine(text, paras.start.data[pi - 1], paras.end.data[pi - 1]) &&
            otherSpeaker(interviewee ?? interviewedAbove(text, paras, all, base, pi), lastSpeaker))) {
        // The quote before, in the previous paragraph or across one paragraph of
        // narration in which nobody else was reported speaking.
        who = lastSpeaker;
        whoPara = lastSpeakerPara;
        out.cue = CONTEXT_CUE.continuation;
        if (lastQuotePara < pi - 1 || acrossNarration.has(quotes[quotes.length - 1])) acrossNarration.add(out);
      } else if (!hasLastQuote && voiced !== null && voicedPara >= pi - MAX_INTERVIEW_LEAD && pi > 0 && isQuestionLine(text, paras.start.data[pi - 1], paras.end.data[pi - 1])) {
        // "Mengapa klub memilih …?" / "“…”": the first answer after an interviewer's question
        // printed without quotation marks is the person reported speaking just before, not
        // the interviewer who opens the paragraph introducing the exchange ("Wartawan X
        // berbincang dengan …"); the answers after it continue that speaker.
        who = voiced;
        whoPara = voicedPara;
        out.cue = CONTEXT_CUE.continuation;
      } else if (pi > 0 && firstOfPara && start === firstNonSpace(text, base) && isQuestionLine(text, paras.start.data[pi - 1], paras.end.data[pi - 1]) &&
          (interviewed = interviewee ?? interviewedAbove(text, paras, all, base, pi)) !== null) {
        // "Tempo.co berbincang dengan Yuliana …. Berikut petikannya." / "Dari mana ide …?" /
        // "“…”": the first answer after an unquoted question is the one interviewed, even
        // when somebody else was quoted before the interview began (interview-turns.ts).
        who = interviewed;
        interviewee = who;
        whoPara = pi;
        out.cue = CONTEXT_CUE.exchange;
      } else if (salient !== null && (salientPara >= pi - 1 || (pi > 0 && introducesQuote(text, paras.start.data[pi - 1], paras.end.data[pi - 1])))) {
        // "Berikut isi lengkap pernyataan tersebut:" hands the floor to the last speaker.
        who = salient;
        whoPara = salientPara;
        out.cue = CONTEXT_CUE.continuation;
      } else if (pi > 0 && firstOfPara && start === firstNonSpace(text, base) && paras.firstQuote.data[pi - 1] === paras.firstQuote.data[pi]) {
        // "Koordinator pos SAR, Rudi …, memimpin penyisiran." / "“Arus masih deras …”": the
        // person the paragraph of narration before introduced (narration-subject.ts).
        const k = narrationSubject(text, paras.start.data[pi - 1], paras.end.data[pi - 1], (j) => all.m[j].start, all.first.data[pi - 1], all.first.data[pi], (j) => isPerson(all, j));
        // "Keputusan itu disampaikan lewat halaman Facebook resmi koperasi." / "“…”": the
        // channel's owner (channel-narration.ts).
        // "Nurul meraih emas …. …, atlet termuda itu berlari …." / "“…”": the paragraph's subject.
        const described = k >= 0 ? k : describedNarrationSubject(text, paras.start.data[pi - 1], paras.end.data[pi - 1], (j) => all.m[j].start, all.first.data[pi - 1], all.first.data[pi], (j) => isPerson(all, j));
        const owner = described >= 0 ? described : channelNarrationOwner(text, paras.start.data[pi - 1], paras.end.data[pi - 1], all.m, all.first.data[pi - 1], all.first.data[pi], (j) => all.keep.data[j] === 1);
        if (owner >= 0) { who = all.m[owner]; whoPara = all.para.data[owner]; out.cue = CONTEXT_CUE.floor; }
      }
      if (who !== null && kind !== ATT_MENTION && lastPerson >= 0 && addressesBench(out.text) && introducedAsJudge(text, all.m, who, lastPerson, (k) => isPerson(all, k))) {
        // "“Baik, Yang Mulia. …,” ujar saksi": words to the judge are the other party's.
        const judge: ActorMention = who;
        const before = beforeLastSpeaker as ActorMention | null;
        const other: ActorMention | null = lastSpeaker !== null && lastSpeaker.canonical !== judge.canonical ? lastSpeaker
          : before !== null && before.canonical !== judge.canonical ? before : null;
        if (other !== null) { who = other; whoPara = other === lastSpeaker ? lastSpeakerPara : beforeLastPara; }
      }
      if (who !== null) {
        out.speaker = who.canonical;
        out.speakerMention = { start: who.start, end: who.end };
        salient = who;
        salientPara = whoPara;
      }
      if ((info & CLOSED_BY_NEXT) !== 0) closedByNext.push(quotes.length);
      quotes.push(out);
      // Somebody answered another's question: the party who answers the next uncued one.
      if (hasLastQuote && (lastTurn & TURN_QUESTION) !== 0 && who !== null && otherSpeaker(who, lastSpeaker) && !asksQuestion(text, end)) {
        answered = answeredNow(who, lastSpeaker, answerer, answered);
        answerer = who;
        answererPara = whoPara;
      }
      beforeLastSpeaker = hasLastQuote ? lastSpeaker : null;
      beforeLastPara = hasLastQuote ? lastQuotePara : -3;
      beforeLastEnd = lastQuoteEnd;
      lastQuoteStart = start;
      lastQuoteEnd = end;
      const turnBefore = hasLastQuote ? lastTurn : 0;
      lastTurn = turnOf(text, start, end, out.cue);
      if (who !== null && (lastTurn & TURN_QUESTION) !== 0 && ((lastTurn & TURN_DIALOGUE) !== 0 || cue === ':')) { asker = who; askerPara = pi; askerLabelled = cue === ':'; }
      hasLastQuote = true;
      lastAskedUnnamed = askedUnnamed;
      if (askedUnnamed) unnamedAskPara = pi;
      eventSinceQuote = false;
      spokeSinceQuote = false;
      turnSinceQuote = false;
      // "X bertanya kepada Y …" / "“…?”" (X's question) / "“…”": Y still answers the next
      // uncued quote after the question put to them (question-addressee.ts).
      if (addressee !== null && who !== null && who.canonical !== addressee.canonical && asksQuestion(text, end)) addresseePara = pi;
      else addressee = null;
      addressedAsSelf = false;
      // "…, Pak Kepala." / "Pak Bonar, …": the one addressed answers the next uncued turn
      // (vocative-addressee.ts), through the same floor as "X bertanya kepada Y"; only in
      // an exchange: the one addressed spoke before, or this line or the one before it is
      // a line of dialogue (a visiting governor a resident talks to answers nothing).
      // (an unnamed journalist's question too: "“…, Pak Menteri?” tanya seorang wartawan.")
      if ((who !== null || askedUnnamed) && opensTurn(text, start)) {
        const word = addressedWord(out.text);
        let to = word === null ? null : addressedPerson(text, all.m, (k) => isPerson(all, k), first + mi - 1, word);
        let bare = false;
        if (to === null && word === null && addressedByTerm !== undefined) {
          // "…, Pak?": the one last addressed as "Pak <name>" (vocative-addressee.ts).
          const term = bareAddressTerm(out.text);
          if (term !== null) to = addressedByTerm.get(term) ?? null;
          bare = to !== null;
        }
        if (to !== null && (who === null || to.canonical !== who.canonical) &&
            (spokeBefore.has(to.canonical) || ((lastTurn | turnBefore) & TURN_DIALOGUE) !== 0)) {
          addressee = to;
          addresseeAsked = asksQuestion(text, end);
          addresseePara = pi;
          addressedAsSelf = speaksAsSelf(out.text);
          bareAddressed = bare;
        }
      }
      // (a labelled turn too: "RINA: “Pak Made, …?”" opens no turn of its own)
      const addressed = who === null ? null : addressedWord(out.text);
      if (addressed !== null) {
        const term = addressTermOf(out.text);
        const to = term === null ? null : addressedPerson(text, all.m, (k) => isPerson(all, k), first + mi - 1, addressed);
        if (term !== null && to !== null) (addressedByTerm ??= new Map()).set(term, to);
      }
      if (who !== null) spokeBefore.add(who.canonical);
      lastQuotePara = pi;
      lastSpeaker = who;
      lastSpeakerPara = whoPara;
      quotedInterview = exchange;
      if (exchange !== null) quotedInterviewPara = pi;
    }
    for (; mi < count; mi++) if (isPerson(all, first + mi)) lastPerson = first + mi;
  }
  for (const k of closedByNext) {
    const q = quotes[k];
    const next = quotes[k + 1];
    // (the next quote the walk kept, resolved through the same mention)
    if (next !== undefined && q.speaker !== null && q.speaker === next.speaker && q.speakerMention !== undefined &&
        next.speakerMention !== undefined && q.speakerMention.start === next.speakerMention.start) recordTakenFromAfter(takenFromAfter, q);
  }
  resolveQuoteChains(text, quotes, acrossNarration, takenFromAfter);
  return quotes;
}

/** How far after a quote its own cue may name the speaker (", kata Fahmi Rasyid"). */
const OWN_CUE_REACH = 16;
/** How far before a description an unnamed person brought in with its head is looked for
 *  (unnamed-introduced.ts): a few paragraphs. */
const UNNAMED_REACH = 1500;

/** Quote turns (lastTurn): it asks a question; it is a line of dialogue (a question or
 *  answer cue, an earlier alternation, or a whole paragraph that asks). */
const TURN_QUESTION = 1;
const TURN_DIALOGUE = 2;
const DIALOGUE_CUES = new Set(['tanya', 'jawab', 'bertanya', 'menjawab', 'menanyakan', 'timpal', 'sahut', CONTEXT_CUE.exchange]);

function turnOf(text: string, start: number, end: number, cue: string | undefined): number {
  const asks = asksQuestion(text, end) ? TURN_QUESTION : 0;
  // A line of dialogue opens its paragraph (or, on one line, a turn: turns.ts) and leaves
  // at most a short cue after it ("…," jawab terdakwa.) before the next line or quote: no
  // narration in which somebody else could take the floor.
  if (!opensTurn(text, start)) return asks;
  let k = end;
  const hard = Math.min(text.length, end + 41);
  while (k < hard && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13 && !(k > end && opensQuoteAt(text, k))) k++;
  if (k - end > 40) return asks;
  const dialogue = (cue !== undefined && DIALOGUE_CUES.has(cue)) || (asks !== 0 && closesTurn(text, end)) ? TURN_DIALOGUE : 0;
  return asks | dialogue;
}

/** An opening quotation mark after a blank at k (the next turn of a one-line exchange). */
function opensQuoteAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c === 0x201c || c === 34) && text.charCodeAt(k - 1) === 32;
}

/** Two named speakers, not the same one. */
function otherSpeaker(a: ActorMention | null, b: ActorMention | null): boolean {
  return a !== null && b !== null && a.canonical !== b.canonical;
}

/** "Hal itu disampaikan X", "Pernyataan tersebut diungkapkan X": a paragraph that opens
 *  by attributing what came just before. */
const BACK_ATTRIBUTION_RE = /[ \t]*(?:Hal|Pernyataan|Ucapan|Penegasan|Keterangan|Penjelasan) (?:itu|tersebut|ini) (?:disampaikan|diungkapkan|dikatakan|ditegaskan|dinyatakan|dijelaskan|dituturkan|diutarakan)(?: oleh)? /y;

/** The speaker named by a back attribution opening the paragraph after `pi`, when the
 *  quote ending at `quoteEnd` closes paragraph `pi`: the first person within the
 *  attribution's sentence, else the actor right after the verb. */
function namedInNextParagraph(text: string, paras: Paragraphs, all: Mentions, pi: number, quoteEnd: number): ActorMention | null {
  if (pi + 1 >= paras.start.length) return null;
  for (let k = quoteEnd; k < paras.end.data[pi]; k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return null;
  const from = paras.start.data[pi + 1];
  const c = text.charCodeAt(firstNonSpace(text, from));
  if (c !== 72 && c !== 80 && c !== 85 && c !== 75 && c !== 68 && c !== 66) return null; // H P U K D B
  let at = c === 68 || c === 66 ? postsCloserEnd(text, from) : -1;
  if (at < 0) {
    BACK_ATTRIBUTION_RE.lastIndex = from;
    if (!BACK_ATTRIBUTION_RE.test(text)) return null;
    at = BACK_ATTRIBUTION_RE.lastIndex;
  }
  const dot = text.indexOf('. ', at);
  const limit = Math.min(paras.end.data[pi + 1], at + 150, dot < 0 ? Infinity : dot);
  let first: ActorMention | null = null;
  for (let k = all.first.data[pi + 1]; k < all.first.data[pi + 2]; k++) {
    const m = all.m[k];
    if (m.start < at || !all.keep.data[k]) continue;
    if (m.start >= limit) break;
    if (m.type === 'PER') return m;
    if (first === null && m.start === at) first = m;
  }
  // "Begitu tulis perusahaan pelat merah itu.": a company or ministry named by its common
  // noun (body-anaphor.ts) is the last body of that kind named before this paragraph.
  // "Demikian tulis distributor tersebut.": a body by the kind word of its name, likewise.
  if (first === null) {
    const nounEnd = wordEndFrom(text, at);
    if (BODY_NOUN_WORDS.hasAt(text, at, nounEnd)) return bodyReferent(text, all, text.slice(at, nounEnd).toLowerCase(), all.first.data[pi + 1] - 1);
    const described = bodyDescriptionAt(text, at);
    if (described !== null) return bodyReferent(text, all, described, all.first.data[pi + 1] - 1);
  }
  return first;
}

/** A multi-paragraph quote is attributed once, usually after its last paragraph: the
 *  earlier open paragraphs take that speaker. So does a run of quoted posts, each a
 *  paragraph of its own, closed by one attribution ("… ,” cuit X": issue 13, pattern 14). */
function resolveQuoteChains(text: string, quotes: Quote[], acrossNarration: Set<Quote>, takenFromAfter: Map<Quote, TakenFromAfter>): void {
  // Whether quotes[i + 1] took its speaker from this backward walk: a run of three or more
  // posts passes the closing attribution back through each ("…" / "…" / "…," tulis X).
  let nextChained = false;
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i];
    const next = quotes[i + 1];
    const nextWasChained = nextChained;
    nextChained = false;
    if (next.speaker === null) continue;
    // "…disemak," / "…kalau perlu," cuit X.: a paragraph that is only a quote ending in a
    // comma waits for an attribution, which the next paragraph's post gives; the speaker
    // it continued from the quotes before is not its own (the first of two posts).
    if (q.cue === CONTEXT_CUE.continuation && !nextWasChained && awaitsAttribution(text, q, next.start) && next.cue !== undefined && next.cue !== CONTEXT_CUE.continuation &&
        (startsParagraph(text, q.start) || afterSentenceEnd(text, q.start))) {
      q.speaker = next.speaker;
      q.speakerMention = next.speakerMention;
      recordTakenFromAfter(takenFromAfter, q);
      nextChained = true;
      continue;
    }
    // A quote continued across narration is as good as unattributed here: "“…,” kata X." /
    // narration / "“…”" / "“…,” tulis Y.": a run of posts Y's closing line attributes.
    const weak = acrossNarration.has(q);
    if (isClosed(q.text) && ((!weak && (q.speaker !== null || q.cue !== undefined)) || !startsParagraph(text, q.start) ||
        next.cue === undefined || (next.cue === CONTEXT_CUE.continuation && !nextWasChained) || text.indexOf('\n', q.end) > next.start)) continue;
    if (q.cue !== undefined && q.cue !== CONTEXT_CUE.continuation && q.speaker !== null) continue;
    if (!/^[\s]*$/.test(text.slice(q.end, next.start))) continue;
    q.speaker = next.speaker;
    if (next.speakerMention) q.speakerMention = next.speakerMention;
    q.cue = CONTEXT_CUE.continuation;
    recordTakenFromAfter(takenFromAfter, q);
    nextChained = isClosed(q.text);
  }
}

/** A quote ending in a comma inside its marks ("…disemak,”) with nothing but blanks (a
 *  line break, or spaces in an article delivered as one line) before the next quote at
 *  `nextStart`: its attribution is still to come. */
function awaitsAttribution(text: string, q: Quote, nextStart: number): boolean {
  if (q.text.length < 3 || q.text.charCodeAt(q.text.length - 2) !== 44) return false;
  for (let k = q.end; k < nextStart; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Only blanks between a sentence's end (. ! ? or a closing quote mark after one) and `pos`. */
function afterSentenceEnd(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k < 0) return true;
  let c = text.charCodeAt(k);
  // "… siapa?” “Refund …": a quote that ended its sentence inside its marks.
  if ((c === 34 || c === 0x201d || c === 0x2019 || c === 39) && k > 0) c = text.charCodeAt(k - 1);
  return c === 46 || c === 33 || c === 63;
}

/** The last person (index, from `lastPerson` back) named before the sentence holding `pos`
 *  starts (a sentence end, then blanks, or a line break), or -1. */
function personBeforeSentence(text: string, all: Mentions, lastPerson: number, pos: number): number {
  let s = pos;
  while (s > 0 && text.charCodeAt(s - 1) !== 10 && !(isSpace(text.charCodeAt(s)) && afterSentenceEnd(text, s))) s--;
  let k = lastPerson;
  while (k >= 0 && (all.m[k].start >= s || !isPerson(all, k))) k--;
  return k;
}

function startsParagraph(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13;
}

function isClosed(quoteText: string): boolean {
  if (quoteText.length < 2) return false;
  const c = quoteText.charCodeAt(quoteText.length - 1);
  return c === 0x201d || c === 34 || c === 0x2019 || c === 39 || c === 0xbb || c === 0x201c;
}

/** The person a role stands for ("pemimpin Ukraina" -> the nearest person mentioned in
 *  the article whose KB description names Ukraine). Looks at most 400 mentions back. */
function describedPerson(all: readonly ActorMention[], role: ActorMention, kb: KbIndex): ActorMention | null {
  const target = role.canonical;
  if (!target) return null;
  const named = new RegExp(`\\b${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
  let i = firstStartingAt(all, role.start);
  const stop = Math.max(0, i - 400);
  for (i = i - 1; i >= stop; i--) {
    const m = all[i];
    if (m.type !== 'PER' || !m.entityId) continue;
    const e = kb.byId.get(m.entityId);
    if (e && named.test(e.description.en)) return m;
  }
  return null;
}

/** The person a role of a body stands for: by the KB's descriptions ("pemimpin Ukraina"),
 *  else the one the article introduced with that body in their title ("pejabat BPBD itu":
 *  body-official.ts). */
function describedOrOfficial(text: string, all: Mentions, role: number, kb: KbIndex | undefined): ActorMention | null {
  return (kb ? describedPerson(all.m, all.m[role], kb) : null) ?? officialOfBody(text, all.m, (k) => isPerson(all, k), role, all.m[role]);
}

/** The person a description with `head` names (described-person.ts), else for a definite
 *  subject ("Politikus muda itu menilai") the last person named; null leaves the choice
 *  to the salient-speaker rules. */
function definiteReferent(text: string, all: Mentions, head: string | undefined, definite: boolean, lastPerson: number, pi: number, salient: ActorMention | null,
  unnamed?: UnnamedWindow, qualifier: readonly string[] = NO_WORDS): ActorMention | null | typeof UNNAMED {
  // ("Dirreskrimsus juga menyebut …": the title itself read as a name is not whom it points to.)
  if (lastPerson >= 0 && head !== undefined && head.startsWith(all.m[lastPerson].text.toLowerCase()) &&
      (head.length === all.m[lastPerson].text.length || head.charCodeAt(all.m[lastPerson].text.length) === 32)) {
    do lastPerson--; while (lastPerson >= 0 && !isPerson(all, lastPerson));
  }
  // ("Soal kartu merah Reza, pelatih itu mengatakan …": nor a name inside a fronted topic.)
  while (lastPerson >= 0 && namedInTopic(text, text.lastIndexOf('\n', all.m[lastPerson].start) + 1, all.m[lastPerson].start)) {
    do lastPerson--; while (lastPerson >= 0 && !isPerson(all, lastPerson));
  }
  // A person this paragraph named before the description is looked at first: only those
  // with the title ("Kepala Riset X … ujar analis … itu" is X, not an analyst named two
  // paragraphs before).
  // (Not for the moderator, whom the paragraph names only as the one addressed.)
  const here = lastPerson >= 0 && all.para.data[lastPerson] === pi && head !== MODERATOR_HEAD;
  const firstHere = here ? all.first.data[pi] : 0;
  const long = head === undefined ? undefined : longFormOf(head);
  const titled = head === undefined ? null : titledPersonBefore(text, all.m, (k) => k >= firstHere && isPerson(all, k), lastPerson, head) ??
    (long === undefined ? null : titledPersonBefore(text, all.m, (k) => k >= firstHere && isPerson(all, k), lastPerson, long));
  // "“…,” ujar pelatih asal Brasil tersebut.": the one introduced with the description's names
  // and numbers, before the last one named with its head (description-qualifier.ts).
  if (qualifier.length > 0 && lastPerson >= 0) {
    const withWords = (k: number): boolean => isPerson(all, k) && introducedWith(text, all.m, k, qualifier);
    const qualified = head === undefined ? null : titledPersonBefore(text, all.m, withWords, lastPerson, head);
    if (qualified !== null) return qualified;
    const floor = all.m[lastPerson].start - QUALIFIER_REACH;
    if (titled === null) for (let k = lastPerson; k >= 0 && all.m[k].start >= floor; k--) if (withWords(k)) return all.m[k];
  }
  // "“…,” kata Bima. / Pembalap … itu mengaku …": the salient speaker, named with the same
  // title earlier, keeps the floor over another person with the title named in an earlier
  // paragraph but not speaking ("… dimenangi pembalap asal Malaysia Azlan …").
  if (titled !== null && !here && salient !== null && salient.canonical !== titled.canonical && head !== undefined &&
      titledPersonBefore(text, all.m, (k) => isPerson(all, k) && all.m[k].canonical === salient.canonical, lastPerson, head) !== null) return salient;
  // "Seorang karyawati … ikut berorasi." / "Karyawati itu …": nobody named with the head, and
  // someone brought in unnamed with it since the last person named (unnamed-introduced.ts).
  if (titled === null && head !== undefined && unnamed !== undefined &&
      unnamedIntroducedWith(text, Math.max(unnamed.from, lastPerson >= 0 ? all.m[lastPerson].end : 0), unnamed.at, head)) return UNNAMED;
  // "Gitaris Noah, Lukman, … Sang drummer menyebut …": another member than any named with
  // the role, whom the article does not name (band-roles.ts).
  if (titled === null && head !== undefined && isBandRole(head)) return UNNAMED;
  return titled ?? (definite && lastPerson >= 0 ? all.m[lastPerson] : null);
}

const NO_WORDS: readonly string[] = [];
/** How far back a description's names and numbers may find the person introduced with them. */
const QUALIFIER_REACH = 4000;

/** definiteReferent's answer for a description of someone brought in unnamed. */
const UNNAMED = 'unnamed';

/** Where a description at `at` may find someone brought in unnamed: after the salient
 *  speaker's name and the last quote, at most UNNAMED_REACH back. */
interface UnnamedWindow { from: number; at: number }
function unnamedSince(at: number, salient: ActorMention | null, lastQuoteEnd: number): UnnamedWindow {
  return { from: Math.max(at - UNNAMED_REACH, salient !== null ? salient.end : 0, lastQuoteEnd), at };
}

/** A bare title's fallback (quoteFallback's code, mentions of the paragraph from `first`):
 *  the official a description names, else the body or place in the title itself (which
 *  the reporting verb's event on it made the salient speaker before bare titles were
 *  read); null when there is none. */
function titleFallbackOf(text: string, all: Mentions, first: number, code: number | undefined, kb: KbIndex | undefined): ActorMention | null {
  if (code === undefined) return null;
  const k = first + (code >> 1);
  const official = (code & 1) !== 0 ? describedOrOfficial(text, all, k, kb) : null;
  return official ?? (all.keep.data[k] ? all.m[k] : null);
}

/** "Perusahaan menyebut …", "…,” tulis perusahaan." (body-anaphor.ts): the last company or
 *  ministry the article named before mention index `last`; null when there is none. */
function bodyReferent(text: string, all: Mentions, head: string, last: number): ActorMention | null {
  const i = lastBodyBefore(text, all.m, last, head, (k) => all.keep.data[k] === 1, (k) => all.m[k].end);
  return i >= 0 ? all.m[i] : null;
}

/** The speaker mention of the last statement starting in [from, to), or null. */
function statementSpeakerIn(all: Mentions, reported: readonly ReportedStatement[], from: number, to: number): ActorMention | null {
  for (let r = reported.length - 1; r >= 0 && reported[r].start >= from; r--) {
    const at = reported[r].speakerMention?.start;
    if (reported[r].start >= to || at === undefined) continue;
    const k = firstStartingAt(all.m, at);
    return k < all.m.length && all.m[k].start === at ? all.m[k] : null;
  }
  return null;
}

/** The quote after quote `qi` (of paragraph `pi`), in this paragraph or the next, names by
 *  its own cue a person other than `last` ("“Sudah sepuluh tahun, Pak,” jawab Sumiati"):
 *  the question `qi` asks was put to that person, by the one holding the floor (an official
 *  on a visit asking a resident), not to `last` by a reporter (review49). */
function answeredByAnother(paras: Paragraphs, all: Mentions, qi: number, pi: number, last: ActorMention): boolean {
  const next = qi + 1;
  if (next >= paras.quoteStart.length || (paras.quoteInfo.data[next] & (ATT_MASK | REPORTED)) !== ATT_MENTION) return false;
  const para = next < paras.firstQuote.data[pi + 1] ? pi : pi + 1;
  if (para >= paras.start.length || next >= paras.firstQuote.data[para + 1]) return false;
  const k = all.first.data[para] + paras.quoteMention.data[next];
  return isPerson(all, k) && all.m[k].canonical !== last.canonical;
}

function isPerson(all: Mentions, k: number): boolean {
  return all.keep.data[k] === 1 && all.m[k].type === 'PER';
}

/** A quote with no closing mark is one paragraph of a multi-paragraph quote when it
 *  opens its paragraph or the next paragraph opens with a quotation mark. */
function continuesOpenQuote(text: string, paraStarts: IntList, pi: number, start: number): boolean {
  if (start === firstNonSpace(text, paraStarts.data[pi])) return true;
  if (pi + 1 >= paraStarts.length) return false;
  const c = text.charCodeAt(firstNonSpace(text, paraStarts.data[pi + 1]));
  return c === 0x201c || c === 34 || c === 0x201d || c === 0x2018 || c === 0x201e || c === 0xab;
}

/** How many paragraphs before an interview's first answer its interviewee may have spoken
 *  (the lede, a paragraph introducing the interview, the question). */
const MAX_INTERVIEW_LEAD = 3;

function introducesQuote(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  return e > start && text.charCodeAt(e - 1) === 58;
}

function firstNonSpace(text: string, from: number): number {
  let k = from;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k;
}

/** Names a headline repeats from the body (headline-names.ts): the new mentions, in text
 *  order; a kept mention lying inside one of them is dropped (keep = 0). */
function headlineNames(text: string, paras: Paragraphs, all: Mentions): ActorMention[] {
  const n = paras.start.length;
  let lines: number[] | undefined;
  // Where each line read ends: the whole of a headline-like line, the opening of a line
  // that runs a headline into its dateline (one-line delivery).
  let ends: number[] | undefined;
  for (let pi = 0; pi < n; pi++) {
    const s = paras.start.data[pi];
    const e = paras.end.data[pi];
    // (an article delivered as one line is the text's first paragraph)
    const end = paras.headline.data[pi] === 1 ? e : pi === 0 ? openingEnd(text, s, e) : -1;
    if (end < 0) continue;
    (lines ??= []).push(pi);
    (ends ??= []).push(end);
  }
  if (lines === undefined || ends === undefined) return [];
  // Per paragraph, where its read ends (-1: not read): an array, not a Map, since
  // bodyNames asks for every distinct name of the article.
  const readEnd = takeIntList();
  readEnd.resize(n);
  readEnd.data.fill(-1, 0, n);
  for (let li = 0; li < lines.length; li++) readEnd.data[lines[li]] = ends[li];
  const inRead = (k: number): boolean => {
    const e = readEnd.data[all.para.data[k]];
    return e >= 0 && all.m[k].start < e;
  };
  // Names the rules found without the KB: a KB name in a headline is read there already.
  const keys = new KeyFilter();
  for (let li = 0; li < lines.length; li++) headlineKeys(text, paras.start.data[lines[li]], ends[li], keys);
  const names = bodyNames(all.m, (k) => all.keep.data[k] === 1, (k) => all.keep.data[k] === 1 && all.source.data[k] === KB, inRead, keys);
  releaseIntList(readEnd);
  if (names.size === 0) return [];
  const index = nameIndex(names);
  const out: ActorMention[] = [];
  for (let li = 0; li < lines.length; li++) {
    const pi = lines[li];
    const f = all.first.data[pi];
    const l = all.first.data[pi + 1];
    const crosses = (s: number, e: number): boolean => {
      for (let k = f; k < l; k++) {
        if (!all.keep.data[k]) continue;
        const m = all.m[k];
        if (m.end > s && m.start < e && (m.start < s || m.end > e || (m.start === s && m.end === e))) return true;
      }
      return false;
    };
    for (const h of headlineOccurrences(text, paras.start.data[pi], ends[li], names, index, crosses)) {
      for (let k = f; k < l; k++) if (all.keep.data[k] && all.m[k].start >= h.start && all.m[k].end <= h.end) all.keep.data[k] = 0;
      out.push(h);
    }
  }
  return out;
}

/** Merges `extra` (in text order, overlapping none of them) into `actors` (in text order). */
function mergeInOrder(actors: ActorMention[], extra: readonly ActorMention[]): void {
  // In place from the back, each slot written once: no second list of every actor
  // of a long text (400,000 on the benchmark text) for the garbage collector to copy.
  let a = actors.length - 1;
  let x = extra.length - 1;
  // (grown by pushes, not by setting length: the array stays without holes)
  for (let i = 0; i < extra.length; i++) actors.push(extra[i]);
  for (let w = actors.length - 1; x >= 0; w--) {
    // An extra mention goes after every actor starting where it starts or earlier.
    actors[w] = a >= 0 && actors[a].start > extra[x].start ? actors[a--] : extra[x--];
  }
}

/** "DPRD Blora" -> "Dewan Perwakilan Rakyat Daerah Kabupaten Blora" (regional-names.ts),
 *  "KBRI Khartoum" -> "Kedutaan Besar Republik Indonesia di Khartoum" (diplomatic-mission.ts):
 *  organisations the rules found without the KB, each distinct name looked at once. */
function regionalBodies(text: string, all: Mentions, kb: KbIndex): void {
  let seen: Map<string, string | undefined> | undefined;
  let regionInitials: Map<string, ActorMention> | undefined | null;
  let regencies: Map<string, KbEntity | undefined> | undefined;
  let regencyOnly: Map<string, boolean> | undefined;
  for (let k = 0; k < all.m.length; k++) {
    if (all.source.data[k] !== PATTERN) continue;
    const m = all.m[k];
    // "Batu Bara" (coal), "Tanah Laut" read as a person or an organisation: a name of two words
    // or more that the gazetteer gives only with its regency's prefix, in an article naming
    // the regency or a body of it, is the regency. (One word may be a person's: "Bima".)
    // (two words: the gazetteer's prefix-only names of more words are two, and most people's
    // names are longer or shorter, which spares a long text a lookup per name)
    // (the set test first: a long text names thousands of people by two words, nearly all
    // distinct; each name the test lets through is then looked at once)
    if (m.type !== 'GPE' && m.entityId === undefined && countBlanks(m.text, 2) === 1 && (m.type === 'PER' || m.canonical === m.text) && mayBeBareRegency(m.text, kb)) {
      regencies ??= new Map();
      let regency = regencies.get(m.text);
      if (regency === undefined && !regencies.has(m.text)) { regency = bareRegency(m.text, kb, text); regencies.set(m.text, regency); }
      if (regency !== undefined) { m.type = 'GPE'; m.canonical = regency.canonical; m.entityId = regency.id; continue; }
    }
    if (m.type === 'GPE') {
      // "PATI" in a dateline, "di Pati": a place by its cue that the gazetteer names only with
      // its prefix (the bare word is also an ordinary one) is that regency.
      // Only when the article names the regency or a body of it (regional-names.ts).
      if (m.entityId === undefined) {
        // ("asal Kudus", "di Ketapang": the place by its cue, wherever the article names it:
        // regional-names.ts placeRegency)
        const regency = bareRegency(m.canonical, kb, text) ?? (m.canonical === m.text ? placeRegency(m.text, kb, text, m.end) : undefined);
        if (regency !== undefined) { m.canonical = regency.canonical; m.entityId = regency.id; }
      }
      continue;
    }
    if (m.type !== 'ORG' || countBlanks(m.text, 1) === 0 || m.canonical !== m.text) continue;
    seen ??= new Map();
    let full = seen.get(m.text);
    if (full === undefined && !seen.has(m.text)) {
      // "Komisi I DPRD OKI", "Dinas Pertanian Kabupaten TTS" where the article names the regency
      // in full: the body of that regency, read with its name written out (region-acronyms.ts)
      // (the regions worked out once a text, and only for a name ending in capitals)
      let spelt: string | undefined;
      if (ENDS_IN_INITIALS.test(m.text)) {
        if (regionInitials === undefined) regionInitials = regionsByInitials(all.m) ?? null;
        if (regionInitials !== null) spelt = withRegionSpeltOut(m.text, regionInitials);
      }
      // (the spelt-out name only for a body one of the readings takes as a regional one, or
      // one whose head governs the initials, "DPRD PPU": a body of other words ending in them
      // keeps them, "Forum Relawan PPU", as region-acronyms.ts reads "Ketua LPK", fixB37)
      let name = spelt ?? m.text;
      full = bodyCanonical(name, kb);
      if (full === undefined && spelt !== undefined) {
        if (governedByRegencyWord(m.text.slice(0, m.text.lastIndexOf(' ') + 1))) full = spelt;
        else full = bodyCanonical(name = m.text, kb);
      }
      // ("Dinas Kesehatan Bogor" where the article names only the regency: article-regency.ts)
      if (full !== undefined) full = regencyOfArticle(name, full, text, kb, regencyOnly ??= new Map());
      seen.set(m.text, full);
    }
    if (full !== undefined && !(full.endsWith(JAKARTA_EMBASSY) && elsewhereThanJakarta(text, m.end))) m.canonical = full;
  }
}

/** A body's identity read from its name: a diplomatic mission, a regional body or a body's unit. */
function bodyCanonical(name: string, kb: KbIndex): string | undefined {
  return missionCanonical(name, kb) ?? regionalCanonical(name, kb) ?? bodyUnitCanonical(name, kb);
}

/** A name whose last word is three capitals or more (a region's initials: "TTS", "OKI"). */
const ENDS_IN_INITIALS = / \p{Lu}{3,}$/u;
const JAKARTA_EMBASSY = ', Jakarta';
const PLACE_AFTER = /^[ \u00a0]+di[ \u00a0]+(\p{Lu}[\p{L}-]*)/u;

/** "Kedutaan Besar Rusia di Washington": the mission ending at `end` is said to be in a
 *  place other than Jakarta, so it is no embassy in Jakarta. */
function elsewhereThanJakarta(text: string, end: number): boolean {
  const m = PLACE_AFTER.exec(text.slice(end, end + 40));
  return m !== null && m[1] !== 'Jakarta';
}
