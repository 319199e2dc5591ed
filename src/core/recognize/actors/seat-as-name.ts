// A regency's seat is a weak KB name (review52b): many seats are given names too ("Soe",
// "Praya", "Koba"), and the gazetteer knows nothing of the person. Two readings of the
// context give the person back the name; the unknown-name rule then reads it.
//  - "Menurut Soe Hok Gie": two capitalised words the KB does not know, and of no class that
//    ends a name, follow in the same run: a name continues, and no town is named so.
//  - "Praya mengatakan …" opening a sentence: a town says nothing (a city that speaks for its
//    government is a KB city, not a seat; "Warga Praya mengatakan" is not sentence-initial).
// A foreign city or subdivision of the generated gazetteers (world-cities.json,
// world-regions.json) is weaker still: many are
// surnames ("Mendoza", "Santos", "Banda", "Nelson"), so one capitalised word the KB does not
// know right before or after it, in the same run, makes it a person's name ("Marielle
// Santos", "Santos Quispe"); "Pelabuhan Durban" and "Durban Utara" keep the city (a venue's
// head, a direction end a name).
// Any place the KB knows may be a person's given or clan name ("Hisar", a Batak name and an
// Indian town; "Milan"; Timorese "Bere Mali"); two more readings give the person the name
// whatever the place (names58b):
//  - a credit line's value (values are people) opened by the place and a run of name words
//    the name model reads, place and all, as a person's ("Editor: Hisar Tumpal Siregar");
//  - a titled holder's name of two words or more closed by the place before a comma or a
//    lower-case word ("Letkol Inf Yohanes Seran Mali, …"): a title names one person, and a
//    holder's town is written with "asal", "dari", not glued to the name.
import { IDN_SEATS, isGeneratedWorldCity, isGeneratedWorldRegion } from '../../kb/builtin';
import { isSeat } from '../../kb/seats';
import type { KbMatch } from '../../kb/kb-index';
import { SPEECH_VERB_WORDS, VERB_ADVERB_WORDS } from '../lexicon';
import { adjacent, has, isSentenceInitial, kbMatch, type Ctx } from './ctx';
import { givenNameShape } from './given-name-alias';
import { readsAsPerson, readsAsPersonBesidesPlace } from '../name-model';
import { F_ACRONYM, F_DIRECTION, F_NEVER_ACTOR, F_NON_ACTOR_HEAD, F_ORG_HEAD, F_PLACE_PREFIX, F_SENTENCE_STARTER, F_TITLE_HEAD } from './word-class';

/** Generated towns in a row that may all be words of one person's name ("Ramil Dumaguete
 *  Santos": two); the bound keeps a long run of towns from a walk back per town. */
const MAX_TOWN_WORDS = 2;

/** Classes of a capitalised word after a seat that do not continue a person's name. */
const ENDS_A_NAME = F_ACRONYM | F_NEVER_ACTOR | F_NON_ACTOR_HEAD | F_ORG_HEAD | F_TITLE_HEAD | F_SENTENCE_STARTER | F_PLACE_PREFIX | F_DIRECTION;

/** The KB match `m` at token i, `next` the first token after it, is a seat the context reads
 *  as a person's name. */
export function seatReadAsName(ctx: Ctx, i: number, next: number, m: KbMatch): boolean {
  if (ctx.mode === 'credit') return placeOpensCreditName(ctx, i, next, m);
  if (ctx.mode !== 'normal' || m.entity.type !== 'GPE') return false;
  const worldCity = weakGeneratedPlace(m);
  if (!worldCity && !isSeat(m.entity, IDN_SEATS)) return false;
  if (continuesName(ctx, next) && (worldCity ? capitalised(ctx, next) : continuesName(ctx, next + 1))) return true;
  if (worldCity && nameWordBefore(ctx, i, m.end)) return true;
  return isSentenceInitial(ctx.p, ctx.ts[i]) && speechVerbAfter(ctx.p, m.end);
}

/** Words of a name after the place that opens a credit value or before the one that closes a
 *  holder's name: the bound keeps the name model's question to one short run. */
const MAX_NAME_WORDS = 3;

/** The place `m` at token i (`next` the token after it) opens a credit line's value, and the
 *  name words after it (up to MAX_NAME_WORDS, ending the run) read with it as a person's name. */
function placeOpensCreditName(ctx: Ctx, i: number, next: number, m: KbMatch): boolean {
  if (m.entity.type !== 'GPE' || i !== ctx.valueFrom || next !== i + 1 || m.start !== ctx.ts[i]) return false;
  let k = next;
  while (k < ctx.nt && k - next < MAX_NAME_WORDS && continuesName(ctx, k)) k++;
  if (k === next || (k < ctx.nt && adjacent(ctx, k - 1, k))) return false;
  return readsAsPerson(ctx.p, ctx.ts[i], ctx.te[k - 1]);
}

/** The place `m` at token j closes the name [i, j) of a holder a title names
 *  ("Letkol Inf Yohanes Seran Mali, …"): two to MAX_NAME_WORDS words written as given names
 *  before it, the place one word ending the run before a comma or a lower-case word, and the
 *  name model reads the whole run likelier a person's name than no name or a body's (it reads
 *  such a run as a place's about as often: the title is the evidence; unknownExtent then takes
 *  the place in). */
export function placeEndsTitledName(ctx: Ctx, i: number, j: number, m: KbMatch): boolean {
  const { p, ts, te } = ctx;
  if (ctx.mode !== 'normal' || !ctx.titleCue || j - i < 2 || j - i > MAX_NAME_WORDS || m.entity.type !== 'GPE' ||
      m.start !== ts[j] || m.end !== te[j] || has(ctx, j, F_DIRECTION) || (j + 1 < ctx.nt && adjacent(ctx, j, j + 1))) return false;
  const after = p.charCodeAt(m.end);
  if (after !== 44 && !(after === 32 && /\p{Ll}/u.test(p.charAt(m.end + 1)))) return false;
  for (let k = i; k < j; k++) if (!givenNameShape(p, ts[k], te[k])) return false;
  return readsAsPersonBesidesPlace(p, ts[i], m.end);
}

/** Token k is a capitalised word one space after the token before it, of no class that ends
 *  a name and no KB name. (Two such words are asked for: "Soe Hok Gie"; a seat before one
 *  unknown word is as often a place before a word of a place's name.) */
function continuesName(ctx: Ctx, k: number): boolean {
  return k < ctx.nt && adjacent(ctx, k - 1, k) && ctx.p.charCodeAt(ctx.te[k - 1]) === 32 && !has(ctx, k, ENDS_A_NAME) && !kbMatch(ctx, k);
}

/** Token k starts with a capital letter. */
function capitalised(ctx: Ctx, k: number): boolean {
  return /\p{Lu}/u.test(ctx.p.charAt(ctx.ts[k]));
}

/** Token i-1 is a capitalised word one space before token i, of no class that ends a name
 *  (a word that opens sentences is one: "Warga Lautoka" names the place) and no KB name but
 *  a person's one-word alias ("Marielle Santos", "Fransiskus Gebze") or a generated town
 *  that is itself a word of the name ("Ramil Dumaguete Santos"); an unknown word opening
 *  the sentence is evidence only before a speech verb. */
function nameWordBefore(ctx: Ctx, i: number, end: number, depth = 0): boolean {
  const k = i - 1;
  if (k < 0 || !adjacent(ctx, k, i) || ctx.p.charCodeAt(ctx.te[k]) !== 32 || !capitalised(ctx, k) || has(ctx, k, ENDS_A_NAME)) return false;
  // (a KB person's one-word alias is a given name too: "Fransiskus Gebze"; and a generated
  // town that is itself a word of the name is one: "Ramil Dumaguete Santos", two towns after
  // a given name — at most MAX_TOWN_WORDS back, so a run of towns costs a bounded walk each)
  const before = kbMatch(ctx, k);
  if (before !== null) {
    if (before.entity.type === 'PER') return before.alias.indexOf(' ') < 0 && before.end === ctx.te[k];
    return depth < MAX_TOWN_WORDS && weakGeneratedPlace(before) && before.start === ctx.ts[k] && before.end === ctx.te[k] &&
      nameWordBefore(ctx, k, end, depth + 1);
  }
  // (an unknown word opening a sentence has its capital from the sentence: "Orang Basra
  // duduk …" names the town's people, not a person; "Marielle Santos mengatakan" still
  // names one, by the speech verb after the town, `end`)
  return !isSentenceInitial(ctx.p, ctx.ts[k]) || speechVerbAfter(ctx.p, end);
}

/** The KB match `m` at token j is a generated foreign town that a name word before it makes
 *  a surname ("Marielle Santos", "Fransiskus Gebze"): the unknown name's extent goes on past
 *  it (extents.ts), and a KB person's alias before it is someone else's given name (kb-name.ts). */
export function worldCityAsSurname(ctx: Ctx, j: number, m: KbMatch): boolean {
  return ctx.mode === 'normal' && weakGeneratedPlace(m) && nameWordBefore(ctx, j, m.end);
}

/** The KB match is a generated foreign town, or a generated foreign subdivision's one-word
 *  name ("Kogi", "Edo" may be a person's; "Kegubernuran Muthanna", "Oromia Region" are not). */
function weakGeneratedPlace(m: KbMatch): boolean {
  return isGeneratedWorldCity(m.entity) || (m.alias.indexOf(' ') < 0 && isGeneratedWorldRegion(m.entity));
}

/** A speech verb follows `end` after one space, past adverbs ("Koba juga menegaskan"). */
function speechVerbAfter(p: string, end: number): boolean {
  let k = end;
  for (let words = 0; words < 3 && p.charCodeAt(k) === 32; words++) {
    let e = k + 1;
    while (e < p.length && /\p{Ll}/u.test(p[e])) e++;
    if (e === k + 1) return false;
    if (SPEECH_VERB_WORDS.hasAt(p, k + 1, e)) return true;
    if (!VERB_ADVERB_WORDS.hasAt(p, k + 1, e)) return false;
    k = e;
  }
  return false;
}
