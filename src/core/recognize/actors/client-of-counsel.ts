// "Pengacara Villaroman, Jose Lacson, menyebut …", "Advokat Sutrisno, Budi Santoso, …": the
// name right after a lawyer's title and before another name in apposition is the lawyer's
// client, and a client is as often a person as a company; unknown-name.ts reads one word
// between a title and the full name it introduces as the title's organisation ("CEO
// Kirimaja, Gilang Pradipta,"), which is right for a company's officer, not for a lawyer's
// client whose name reads as a person's to the name model (with no context: the title before
// it and the name after its comma are the body's context), and clearly so: a lawyers' body
// after the title ("Pengacara Peradi, Otto Hasibuan,") is a word the model barely knows at all,
// and one in capitals is an acronym (session 48 review).
import { classProbs, nameScorer, ORG, PER, modelMargins } from '../name-model';
import { lowIs, word, type Ctx } from './ctx';

/** Titles of a lawyer, whose complement is the client. ("Kuasa hukum X, Y," is not read by
 *  the rule this guards: its lower-case "hukum" gives no title cue.) */
const COUNSEL_TITLES = ['pengacara', 'advokat'];
/** Titles whose complement is a person as often as a body: a lawyer's client, a manager's,
 *  an aide's, an assistant's or a private secretary's principal, an interpreter's speaker
 *  ("Manajer Dewa Ayu Laksmi, Kadek Sari, …": the singer's manager). */
const PERSON_SERVING_TITLES: readonly (readonly string[])[] = [
  ...COUNSEL_TITLES.map((w) => [w]), ['manajer'], ['ajudan'], ['asisten'], ['penerjemah'], ['sekretaris', 'pribadi'],
];
const PROBS = classProbs();

/** The run from token s follows, one space after it, a title whose complement may be a person
 *  (PERSON_SERVING_TITLES): no body's name need stand there. */
export function afterPersonServingTitle(ctx: Ctx, s: number): boolean {
  return PERSON_SERVING_TITLES.some((t) => s >= t.length && ctx.ts[s] === ctx.te[s - 1] + 1 &&
    t.every((w, n) => lowIs(ctx, s - t.length + n, w)));
}

/** The run [s, e) follows a lawyer's title right before it, a comma follows it, and the name
 *  model reads its words alone as a person's name clearly rather than an organisation's, no
 *  word of them written in capitals. */
export function clientOfCounsel(ctx: Ctx, s: number, e: number): boolean {
  if (s === 0 || !COUNSEL_TITLES.some((w) => lowIs(ctx, s - 1, w)) || ctx.ts[s] !== ctx.te[s - 1] + 1) return false;
  if (ctx.p.charCodeAt(ctx.te[e - 1]) !== 44) return false;
  const words: string[] = [];
  for (let k = s; k < e; k++) {
    const w = word(ctx, k);
    if (w.length > 1 && w === w.toUpperCase()) return false;
    words.push(w);
  }
  const probs = nameScorer().score(words, [], [], PROBS);
  return probs[PER] >= probs[ORG] + modelMargins().counselClient;
}
