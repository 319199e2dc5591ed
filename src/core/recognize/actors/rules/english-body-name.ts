// "ASEAN Lawyers for Human Rights (ALHR)", "Committee to Protect Journalists
// (CPJ)": an English body's name joins its words with "for", "of", "to", "on", "and" or
// "the", which cut the run of capitalised words the other rules read. When the words,
// connectors and all, are followed by an acronym in brackets made of the initials of
// their capitalised words, the run is one organisation (its first word may be a body the
// KB knows), and the acronym names it too. So is such a run right after a medium's noun
// ("surat kabar Global New Light of Myanmar", media-cue.ts), and one opened by a body's
// English head ("Center for …", lexicon.ts ENGLISH_OPENING_BODY_HEADS).
import { adjacent, kbMatch, low, pushMention, type Ctx } from '../ctx';
import { ENGLISH_OPENING_BODY_HEADS } from '../../lexicon';
import { acronymAfter } from '../extents';
import { mediaNounBefore } from '../media-cue';
import { NameConnectors } from '../name-connectors';
import { ALWAYS, CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';

/** Words joining an English name's capitalised words, with their blanks. */
const CONNECTORS = new NameConnectors([' for ', ' of ', ' to ', ' on ', ' and ', ' the ', ' for the ', ' of the ', ' on the ']);
const MAX_WORDS = 8;
const ACRONYM = /^ \((\p{Lu}{3,8})\)/u;
/** First words of a document's English name ("Treaty on the Prohibition of Nuclear Weapons
 *  (TPNW)", "Declaration on the Rights of Indigenous Peoples"): a document is no actor
 *  (eval/README.md), so the run and its acronym are no mention. */
const DOCUMENT_HEADS = new Set(['treaty', 'declaration', 'convention', 'agreement', 'protocol', 'charter', 'act', 'covenant',
  'accord', 'resolution', 'statute', 'pact', 'memorandum']);

export const englishBodyName: ActorRule = {
  name: 'english-body-name',
  cues: CUES_CLEAR,
  gate: ALWAYS,
  apply(ctx, i) {
    // Only at the start of a run, and only where the run goes on through a connector.
    if ((i > 0 && adjacent(ctx, i - 1, i)) || ctx.mode === 'kbOnly') return NO_MATCH;
    let k = i;
    let connected = false;
    while (k + 1 < ctx.nt && k - i < MAX_WORDS) {
      if (adjacent(ctx, k, k + 1)) { k++; continue; }
      if (!CONNECTORS.between(ctx, k, k + 1)) break;
      connected = true;
      k++;
    }
    if (!connected) return NO_MATCH;
    const acronym = ACRONYM.exec(ctx.p.slice(ctx.te[k], ctx.te[k] + 12));
    // "surat kabar Global New Light of Myanmar": after a medium's noun no acronym is needed,
    // nor after a body's head ("Center for Industrial Policy Studies").
    if (!acronym) {
      if (!(mediaNounBefore(ctx.p, ctx.ts[i]) || ENGLISH_OPENING_BODY_HEADS.has(low(ctx, i))) || !capitalised(ctx, k)) return NO_MATCH;
      // "Association of Southeast Asian Nations": a run the KB knows whole is its body
      // (kb-name.ts gives it the KB's canonical, "ASEAN").
      const known = kbMatch(ctx, i);
      if (known !== null && known.end >= ctx.te[k]) return NO_MATCH;
      pushMention(ctx, ctx.ts[i], ctx.te[k], 'ORG', 'pattern');
      return k + 1;
    }
    // The name may start inside the run ("Kelompok ASEAN Parliamentarians for …"): the
    // words before it are the sentence's ("Menurut", a group noun), no actor.
    let s = k - acronym[1].length + 1;
    while (s > i && (adjacent(ctx, s - 1, s) || CONNECTORS.between(ctx, s - 1, s)) && initials(ctx, s, k).length < acronym[1].length) s--;
    if (s < i || initials(ctx, s, k) !== acronym[1]) return NO_MATCH;
    // The acronym is the token after the run: a document's name and acronym are both skipped.
    if (DOCUMENT_HEADS.has(low(ctx, s))) return k + 2;
    pushMention(ctx, ctx.ts[s], ctx.te[k], 'ORG', 'pattern');
    return acronymAfter(ctx, k + 1, ctx.out.length - 1);
  },
};

/** The first letters of the capitalised words of tokens i..k, upper-cased. */
function initials(ctx: Ctx, i: number, k: number): string {
  let out = '';
  for (let t = i; t <= k; t++) out += ctx.p[ctx.ts[t]].toUpperCase();
  return out;
}

function capitalised(ctx: Ctx, k: number): boolean {
  const c = ctx.p.charCodeAt(ctx.ts[k]);
  return c >= 65 && c <= 90;
}
