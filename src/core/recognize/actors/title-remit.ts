// "Kepala Administrasi Militer Regional Kharkiv …", "Dirjen Hortikultura Kementerian
// Pertanian, …", "Kepala Misi PBB …": after a title, unknown words followed at once (one
// blank, no comma) by a place or an organisation the KB knows are the title's remit or a
// body of that place or organisation, not the title holder's name: Indonesian news names the
// holder after the body and its place ("Kepala Dinas Kesehatan Garut Budi …"), so a name
// right before a known place or body is rare. Rare, not never: a surname may be a country's
// name ("Yosef Bere Mali", dev d63), so the name model must also read the words as no
// person's. The title cue made these words a person (dev d36, d96; old 19).
import { classProbs, conventionScorer, PER, modelMargins } from '../name-model';
import { adjacent, has, kbMatch, word, type Ctx } from './ctx';
import { F_ACRONYM, F_ORG_HEAD } from './word-class';

const PROBS = classProbs();

/** The unknown run of tokens [s, e), whose last token is j - 1, is a title's remit or a
 *  body before a place or an organisation the KB knows. */
export function remitBeforeKnownName(ctx: Ctx, s: number, e: number, j: number): boolean {
  if (!beforeKnownBody(ctx, e, j) && !beforeBodyItNames(ctx, e, j)) return false;
  const words: string[] = [];
  for (let k = s; k < e; k++) words.push(word(ctx, k));
  return conventionScorer().score(words, [], [], PROBS)[PER] < modelMargins().titleRemitPerson;
}

/** The run ending at token e (j the next capitalised token) stands right before a place or an
 *  organisation the KB knows. */
function beforeKnownBody(ctx: Ctx, e: number, j: number): boolean {
  if (e !== j || j >= ctx.nt || !adjacent(ctx, j - 1, j) || ctx.p.charCodeAt(ctx.te[j - 1]) !== 32) return false;
  const m = kbMatch(ctx, j);
  return m !== null && m !== undefined && m.entity.type !== 'PER';
}

/** A body's words after the run: "… PT X", "… Bank X", "… BEM X" (an organisation head or an
 *  acronym, which open the body the title holder belongs to: "Direktur Produksi PT Sinar Laut,
 *  Hendra …", "Presiden Mahasiswa BEM Unhas, …"), or a body written in lower case and pointed
 *  back to ("Kepala Seksi Distribusi dinas tersebut, …", "… Wali Amanat bank itu, …"). A
 *  holder's name comes after the body in Indonesian news, not between the title and it
 *  (session 50, dev d195, d198, d210, d341, d367, d385). */
function beforeBodyItNames(ctx: Ctx, e: number, j: number): boolean {
  const after = ctx.te[e - 1];
  if (e === j && j < ctx.nt && ctx.ts[j] === after + 1 && ctx.p.charCodeAt(after) === 32) return has(ctx, j, F_ORG_HEAD | F_ACRONYM);
  return LOWER_BODY_POINTED_BACK.test(ctx.p.slice(after, after + 40));
}
/** " dinas tersebut", " bank itu": a lower-case noun and a demonstrative after the run. */
const LOWER_BODY_POINTED_BACK = /^ \p{Ll}+ (?:tersebut|itu)(?![\p{L}])/u;
