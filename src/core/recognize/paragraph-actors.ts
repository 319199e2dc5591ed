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
import { takeCompanySuffix } from './actors/extents';
import { lineMode } from './actors/line-mode';
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
  ids: SCRATCH.ids, infos: SCRATCH.infos, heads: [], kbAt: SCRATCH.kbAt, out: [], mode: 'normal', valueFrom: 0,
  titleCue: false, placeCue: false, extentJoinsKbPerson: false,
};

/** Called after each rule that applied: its name and the text span of the tokens it
 *  consumed (tests use it to show which rule decided what). */
export type RuleTrace = (rule: string, start: number, end: number) => void;

/** All actor mentions of one paragraph, sorted, non-overlapping. */
export function paragraphActors(p: string, kb: KbIndex, trace?: RuleTrace): LocalMention[] {
  const out: LocalMention[] = [];
  const { ts, te, hs, ids, infos, kbAt } = SCRATCH;
  const nt = capitalisedSpans(p, ts, te, hs);
  if (nt === 0) return out;
  WORDS.reserve();
  const heads = WORDS.memosFor(kb);
  for (let k = 0; k < nt; k++) {
    const id = WORDS.idHashed(p, ts[k], te[k], hs[k]);
    ids[k] = id;
    let info = WORDS.memoInt(id);
    if (info === 0) {
      info = wordInfo(kb, id, heads);
      WORDS.setMemoInt(id, info);
    }
    infos[k] = info;
    kbAt[k] = undefined;
  }
  const ctx = CTX;
  ctx.heads = heads;
  ctx.p = p;
  ctx.kb = kb;
  ctx.nt = nt;
  ctx.out = out;
  ctx.mode = 'normal' as Ctx['mode']; // (cast: TS would keep it narrowed to 'normal' after lineMode)
  ctx.valueFrom = 0;
  ctx.titleCue = false;
  ctx.placeCue = false;
  lineMode(ctx);
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
    if (out.length !== emitted) i = takeCompanySuffix(ctx, i);
    lastEnd = te[i - 1];
    if (trace) trace(lastRule, ts[from], lastEnd);
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
