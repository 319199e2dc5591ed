// Actor mentions in one paragraph: KB aliases first, then the patterns that find names
// the KB does not know (titles before names, organisation heads, credits, datelines,
// speech-verb contexts). Only capitalised tokens are visited; lower-case words are
// peeked at around them, so the cost stays close to one regex scan of the paragraph.
//
// This file is the driver: it scans the tokens, classifies each distinct word once
// (actors/word-class.ts), sets the line's mode (actors/line-mode.ts) and dateline, then
// walks the tokens applying the ordered rule table (actors/rules/index.ts), one rule
// per file, each with its own tests in test/unit/recognize/rules/.
import type { KbIndex, KbMatch } from '../kb/kb-index';
import { capitalisedSpans } from '../text/capitalised';
import { onlyGlue, type Ctx } from './actors/ctx';
import { dateline } from './actors/dateline';
import { lowerCaseDomains, lowerCaseOutletLine, lowerCaseOutletNames } from './actors/domains';
import { lowerCaseDatelineOutlet } from './actors/lower-case-dateline-outlet';
import { boardPrefixes } from './actors/board-prefix';
import { associationBranches } from './actors/association-branch';
import { companyShortName } from './actors/company-short-name';
import { takeCompanySuffix } from './actors/extents';
import { lineMode } from './actors/line-mode';
import { lineParts } from './actors/line-parts';
import { CUES_CLEAR, CUES_CLEAR_TITLE, CUES_KEEP, CUES_PLACE, CUES_TITLE, NO_MATCH, type ActorRule } from './actors/rule';
import { BODY_RULES, HEADLINE_RULES } from './actors/rules';
import { WORDS, wordInfo } from './actors/word-class';
import type { LocalMention } from './mention';

export { isSentenceInitial } from './actors/ctx';

// Per-token arrays, reused by every paragraph (entries past the paragraph's token count
// are stale): allocated afresh they were six arrays per paragraph, a large share of the
// garbage of a long text. paragraphActors never re-enters, so one set is enough.
const SCRATCH = {
  ts: [] as number[], te: [] as number[], hs: [] as number[], ids: [] as number[], infos: [] as number[],
  kbAt: [] as (KbMatch | null | undefined)[],
};

/** The one Ctx, reset for each paragraph (never re-entered, like SCRATCH); its token
 *  arrays are SCRATCH's. */
const CTX: Ctx = {
  p: '', kb: undefined as unknown as KbIndex, ts: SCRATCH.ts, te: SCRATCH.te, nt: 0,
  ids: SCRATCH.ids, infos: SCRATCH.infos, classes: 0, heads: [], kbAt: SCRATCH.kbAt, out: [], mode: 'normal', valueFrom: 0,
  titleCue: false, placeCue: false, extentJoinsKbPerson: false,
};

/** Called after each rule that applied: its name and the text span of the tokens it
 *  consumed (tests use it to show which rule decided what). */
export type RuleTrace = (rule: string, start: number, end: number) => void;

/** All actor mentions of one paragraph, sorted, non-overlapping. */
export function paragraphActors(p: string, kb: KbIndex, trace?: RuleTrace): LocalMention[] {
  headline = false;
  return actorsOf(p, kb, trace, true);
}

/** Whether the paragraph paragraphActors read last was a headline (Title Case or capitals,
 *  "Baca juga:"), where only KB names are read: the link pass reads the body's names there
 *  (headline-names.ts). A line cut into parts is not: its opening is found another way. */
let headline = false;
export function lastParagraphWasHeadline(): boolean {
  return headline;
}

/** `reshape`: the paragraph may still be cut into parts (false for each part: it is read
 *  as it is). Odd blanks are gone before this: every caller reads the article, or the
 *  windowed analyzer's window, single-spaced (plain-spaces.ts). */
function actorsOf(p: string, kb: KbIndex, trace: RuleTrace | undefined, reshape: boolean): LocalMention[] {
  const out: LocalMention[] = [];
  const { ts, te, hs, ids, infos, kbAt } = SCRATCH;
  const nt = capitalisedSpans(p, ts, te, hs);
  if (nt === 0) {
    lowerCaseDomains(p, kb, out);
    lowerCaseOutletLine(p, kb, out);
    lowerCaseOutletNames(p, kb, out);
    return out;
  }
  if (reshape) {
    // Read off the characters after the tokens just found: a paragraph laid out as usual
    // costs no further scan.
    const parts = hasLabel(p, te, nt) || (ts[0] === 0 && nt > 5) ? lineParts(p, kb, ts, te, nt) : undefined;
    if (parts !== undefined) return partsActors(p, parts, kb, trace);
  }
  WORDS.reserve();
  const heads = WORDS.memosFor(kb);
  let classes = 0;
  for (let k = 0; k < nt; k++) {
    const id = WORDS.idHashed(p, ts[k], te[k], hs[k]);
    ids[k] = id;
    let info = WORDS.memoInt(id);
    if (info === 0) {
      info = wordInfo(kb, id, heads);
      WORDS.setMemoInt(id, info);
    }
    infos[k] = info;
    classes |= info;
    kbAt[k] = undefined;
  }
  const ctx = CTX;
  ctx.heads = heads;
  ctx.p = p;
  ctx.kb = kb;
  ctx.nt = nt;
  ctx.classes = classes;
  ctx.out = out;
  ctx.mode = 'normal' as Ctx['mode']; // (cast: TS would keep it narrowed to 'normal' after lineMode)
  ctx.valueFrom = 0;
  ctx.titleCue = false;
  ctx.placeCue = false;
  lineMode(ctx);
  headline = reshape && ctx.mode === 'kbOnly';
  const datelineEnd = dateline(ctx);
  let i = 0;
  while (i < nt && ts[i] < datelineEnd) i++;
  const rules = ctx.mode === 'kbOnly' ? HEADLINE_RULES : BODY_RULES;
  let lastEnd = -1;
  while (i < nt) {
    // A cue from a title ("Presiden Prancis Emmanuel Macron", "Juru bicara Kremlin,
    // Dmitri S. Peskov") only reaches the next name if nothing but a comma intervenes.
    if (lastEnd >= 0 && !onlyGlue(p, lastEnd, ts[i])) { ctx.titleCue = false; ctx.placeCue = false; }
    const from = i;
    const emitted = out.length;
    i = applyFirst(ctx, rules, i);
    if (out.length !== emitted) i = companyShortName(ctx, takeCompanySuffix(ctx, i));
    lastEnd = te[i - 1];
    if (trace) trace(lastRule, ts[from], lastEnd);
  }
  lowerCaseDomains(p, kb, out);
  lowerCaseOutletLine(p, kb, out);
  lowerCaseOutletNames(p, kb, out);
  lowerCaseDatelineOutlet(p, kb, out);
  associationBranches(p, out);
  boardPrefixes(p, out);
  return out;
}

/** Whether a capitalised word stands before a colon, or before one word and a colon
 *  ("Penulis:", "Baca juga:", "Artikel terkait:"): a label, which may start a part of a
 *  line (actors/line-parts.ts). Read off the characters right after the tokens. */
function hasLabel(p: string, te: readonly number[], nt: number): boolean {
  // The word-and-colon look-ahead only where it stays well inside the paragraph.
  const last = p.length - 9;
  for (let k = 0; k < nt; k++) {
    const e = te[k];
    const a = p.charCodeAt(e);
    if (a === 58) return true;
    if (a === 32 && e <= last && (p.charCodeAt(e + 5) === 58 || p.charCodeAt(e + 8) === 58)) return true;
  }
  return false;
}

/** A line holding several parts of an article (one-line delivery): each part is read as
 *  the line it would have been. */
function partsActors(p: string, parts: readonly number[], kb: KbIndex, trace: RuleTrace | undefined): LocalMention[] {
  const out: LocalMention[] = [];
  for (let k = 0; k <= parts.length; k++) {
    const from = k === 0 ? 0 : parts[k - 1];
    let to = k === parts.length ? p.length : parts[k];
    while (to > from && p.charCodeAt(to - 1) === 32) to--; // the space before the next part
    const found = actorsOf(p.slice(from, to), kb, trace && ((rule, s, e) => trace(rule, from + s, from + e)), false);
    const base = out.length;
    for (const m of found) {
      m.start += from;
      m.end += from;
      if (m.expands !== undefined) m.expands += base;
      out.push(m);
    }
  }
  return out;
}

/** The name of the rule applyFirst applied last (read by the trace only). */
let lastRule = '';

/** Applies the first rule of `rules` that matches at token i (the last one always does);
 *  returns the next token index. */
function applyFirst(ctx: Ctx, rules: readonly ActorRule[], i: number): number {
  const info = ctx.infos[i];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if ((info & rule.gate) === 0) continue;
    const next = rule.apply(ctx, i);
    if (next === NO_MATCH) continue;
    lastRule = rule.name;
    switch (rule.cues) {
      case CUES_KEEP: break;
      case CUES_CLEAR: ctx.titleCue = false; ctx.placeCue = false; break;
      case CUES_CLEAR_TITLE: ctx.titleCue = false; break;
      case CUES_TITLE: ctx.titleCue = true; ctx.placeCue = false; break;
      case CUES_PLACE: ctx.placeCue = true; ctx.titleCue = false; break;
    }
    return next;
  }
  throw new Error(`no actor rule applies at token ${i}: the last rule of a table must always apply`);
}
