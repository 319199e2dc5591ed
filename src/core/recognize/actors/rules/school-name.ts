// "SMA Negeri 5 Surabaya", "SMPN 2 Depok", "SD Negeri 2 <village>": a state school is named
// by its level, its number and the place it stands in, and the whole is a body (issue 13,
// dev d258). The level alone is never an actor (lexicon.ts NEVER_ACTOR: "sma", "sd"), so the
// place was read alone, as a GPE. A level without its number ("lulusan SMA") stays no actor.
import { adjacent, has, kbMatch, low, pushMention, type Ctx } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_ACRONYM, F_DIRECTION, F_NEVER_ACTOR, F_ORG_HEAD, F_TITLE_HEAD, F_TITLE_WORD, NOT_IN_A_PERSON_NAME } from '../word-class';
import { classProbs, conventionScorer, O, PER, readsAsPerson } from '../../name-model';
import { MEASURE_UNIT_WORDS, PERSON_ROLES } from '../../lexicon';
import { wordAfter } from '../../../text/chars';

/** A school level ("N": state, as in "SMAN"), "Negeri"/"Swasta" or not, and the school's
 *  number, read at the level's first letter; the number must end a word. (The Islamic levels,
 *  "MTsN", "MA", are left out: "MA" is also the Supreme Court.) */
const SCHOOL = /(?:SD|SMP|SMA|SMK|SLB)N? (?:(?:Negeri|Swasta) )?\d{1,3}(?![\p{L}\p{N}])/uy;
/** The other order, the school's village before its number ("SDN Cikandang 2", "SD Negeri
 *  Sukamaju 3"): one capitalised word, read whole with the number (session 51, dev d313). */
const VILLAGE_SCHOOL = /(?:SD|SMP|SMA|SMK|SLB)N? (?:(?:Negeri|Swasta) )?\p{Lu}\p{Ll}+ \d{1,3}(?![\p{L}\p{N}])/uy;
/** The same spelled out ("Madrasah Aliyah Negeri 1", "Sekolah Menengah Atas Negeri 3"; dev
 *  d300 read the place alone and the madrasah as a GPE), and the state madrasahs' initials
 *  with their number ("MAN 2", "MTsN 1", "MTs Negeri 3", "MIN 4": with a number "MA" is no
 *  court). "MTs"/"MTsN" are never actors alone (lexicon.ts NEVER_ACTOR), which lets this rule
 *  see them: mixed-case, they are no acronym, and a title before read them as a person. */
const SPELLED_SCHOOL = /(?:(?:Madrasah (?:Ibtidaiyah|Tsanawiyah|Aliyah)|Sekolah (?:Dasar|Menengah (?:Pertama|Atas|Kejuruan)|Luar Biasa)) (?:Negeri|Swasta)|MIN|MTsN|MTs Negeri|MAN) \d{1,3}(?![\p{L}\p{N}])/uy;

/** Index of the first token starting at or after `pos`. */
function tokenFrom(ctx: Ctx, i: number, pos: number): number {
  let j = i;
  while (j < ctx.nt && ctx.ts[j] < pos) j++;
  return j;
}

/** End of the place written right after the school's number (one space): a place the KB
 *  knows, whole ("Surabaya", "Kota Batu"), or one unknown capitalised word that the name
 *  model does not read as a person ("Kepala SMPN 4 Rudi mengatakan": the head teacher) and
 *  that ends the run, or is followed by a compass word that does ("… 4 Wetar Utara"), or by
 *  words the model reads as a person's name ("… 2 Majatengah Sri Lestari": the head teacher
 *  after the school); else the number's end. */
function placeEnd(ctx: Ctx, i: number, numberEnd: number): number {
  if (ctx.p.charCodeAt(numberEnd) !== 32) return numberEnd;
  const j = tokenFrom(ctx, i, numberEnd + 1);
  if (j >= ctx.nt || ctx.ts[j] !== numberEnd + 1) return numberEnd;
  const m = kbMatch(ctx, j);
  if (m) return m.entity.type === 'GPE' ? m.end : numberEnd;
  if (has(ctx, j, NOT_IN_A_PERSON_NAME) || readsAsPerson(ctx.p, ctx.ts[j], ctx.te[j])) return numberEnd;
  if (!(j + 1 < ctx.nt && adjacent(ctx, j, j + 1))) return ctx.te[j];
  if (has(ctx, j + 1, F_DIRECTION) && !(j + 2 < ctx.nt && adjacent(ctx, j + 1, j + 2))) return ctx.te[j + 1];
  let r = j + 2;
  while (r < ctx.nt && adjacent(ctx, r - 1, r)) r++;
  return !has(ctx, j + 1, NOT_IN_A_PERSON_NAME) && readsAsPerson(ctx.p, ctx.ts[j + 1], ctx.te[r - 1]) ? ctx.te[j] : numberEnd;
}

/** End of the school's level and number starting at token i ("MTsN 2", "SMA Negeri 5"),
 *  or -1. Also read by unknownExtent: "Siswa MTsN 2 Malang" is no person "Siswa MTsN". */
export function schoolNumberEnd(ctx: Ctx, i: number): number {
  const first = ctx.p.charCodeAt(ctx.ts[i]);
  if (first !== 83 /* S */ && first !== 77 /* M */) return -1;
  const c = ctx.p.charCodeAt(ctx.ts[i] + 1);
  const level = first === 83 && (c === 68 || c === 77 || c === 76); /* D M L */
  const pattern = level ? SCHOOL : SPELLED_SCHOOL;
  pattern.lastIndex = ctx.ts[i];
  const m = pattern.exec(ctx.p);
  if (m || !level) return m ? ctx.ts[i] + m[0].length : -1;
  VILLAGE_SCHOOL.lastIndex = ctx.ts[i];
  const v = VILLAGE_SCHOOL.exec(ctx.p);
  return v ? ctx.ts[i] + v[0].length : -1;
}

/** A level written with the kind of school it is instead of a number ("SMP IT", "SMK
 *  Terpadu", "SMA Plus", "MTs Islam Terpadu", joined "SDIT"): private schools are named so,
 *  their own name after it ("SMP IT Darul Falah"). Read at the level's first letter; the kind
 *  must end a word, and a capitalised word must follow (session 58, inst58b: the level and
 *  kind are no actor alone, so the name was read as a person, or as nothing). */
const SCHOOL_KIND = /(?:(?:SD|SMP|SMA|SMK|SLB|MI|MTs|MA)[NS]? (?:Islam Terpadu|IT|Plus|Terpadu|Islam|Kristen|Katolik)|(?:SD|SMP|SMA|SMK)IT) (?=\p{Lu})/uy;
/** The most words a named school's own name runs to ("Islam Terpadu Bina Insan Kamil"). */
const MAX_SCHOOL_NAME_WORDS = 4;
/** The fewest words the school's name keeps when a person's name after it is cut off. */
const MIN_NAME_BEFORE_HOLDER = 2;

/** The most words of a head teacher's (or a teacher's, a pupil's) name cut off the school's. */
const MAX_HOLDER_WORDS = 3;
const WORD_PROBS = classProbs();

/** A role word stands capitalised right before the level at token i ("Kepala", "Guru",
 *  "Siswa" before "SMA Plus …"): the name after the school's kind may be the role's holder. */
function roleWordBefore(ctx: Ctx, i: number): boolean {
  if (i === 0 || !adjacent(ctx, i - 1, i)) return false;
  const c = ctx.p.charCodeAt(ctx.ts[i - 1]);
  return c >= 65 && c <= 90 && (has(ctx, i - 1, F_TITLE_HEAD | F_TITLE_WORD) || PERSON_ROLES.has(low(ctx, i - 1)));
}

/** The holder's name is named after a comma right after the school's run ("Kepala SMA Plus
 *  Nurul Amal, Dedi Kurniawan, …"): the run is the school's whole name. */
function holderAfterComma(ctx: Ctx, last: number): boolean {
  if (ctx.p.charCodeAt(ctx.te[last]) !== 44 || last + 1 >= ctx.nt || ctx.ts[last + 1] !== ctx.te[last] + 2) return false;
  let r = last + 2;
  while (r < ctx.nt && r - last <= MAX_HOLDER_WORDS && adjacent(ctx, r - 1, r)) r++;
  return r - last - 1 >= 2 && readsAsPerson(ctx.p, ctx.ts[last + 1], ctx.te[r - 1]);
}

/** The word at token s, read alone by the convention model, is likelier a given name than no
 *  name: "Budi" opens a person's name, "Mulia" (a school's "Insan Mulia") does not. */
function opensAPersonsName(ctx: Ctx, s: number): boolean {
  const probs = conventionScorer().score([ctx.p.slice(ctx.ts[s], ctx.te[s])], [], [], WORD_PROBS);
  return probs[PER] > probs[O];
}

/** End of a school's level and kind at token i ("SMA Plus", "SDIT"; before a capitalised
 *  word), or -1; none for "MA" the KB knows: the Supreme Court ("Hakim MA Islam …"). */
function schoolKindEnd(ctx: Ctx, i: number): number {
  SCHOOL_KIND.lastIndex = ctx.ts[i];
  const m = SCHOOL_KIND.exec(ctx.p);
  if (!m) return -1;
  const known = kbMatch(ctx, i);
  return known && known.entity.type === 'ORG' && known.end === ctx.te[i] ? -1 : ctx.ts[i] + m[0].length - 1;
}

/** End of a school named by its level, its kind and its own name ("SMA Plus Nurul Ilmi"),
 *  starting at token i, or -1. The name is the capitalised words after the kind up to a
 *  title, a body's head or a name the KB knows (a place: "… Darul Falah Kediri", as an
 *  institution's town is no part of its name). A person's name at its end is cut off
 *  (fix58b): after a role word ("Kepala", "Guru", "Siswa") the role's holder, the last two
 *  or three words that read as a person's name and open with a given name ("Kepala SMA
 *  Kristen Petra Budi Santoso Wibowo", "Kepala SMA IT Insan Mulia Ahmad Fauzi"), or the whole
 *  run ("Kepala SMA Plus Rudi Hartono": no school, the person rule reads him), unless the
 *  holder is named after a comma; with no role word, a run of two or more after a name of two
 *  (as after a numbered school, placeEnd). "MA" the KB knows is the Supreme Court, no level. */
function namedSchoolEnd(ctx: Ctx, i: number): number {
  const kind = schoolKindEnd(ctx, i);
  if (kind < 0) return -1;
  const first = tokenFrom(ctx, i, kind);
  let last = first - 1;
  while (last + 1 < ctx.nt && last + 1 - first < MAX_SCHOOL_NAME_WORDS + 2 && (last < first || adjacent(ctx, last, last + 1)) &&
    !has(ctx, last + 1, F_TITLE_HEAD | F_TITLE_WORD | F_ORG_HEAD) && !kbMatch(ctx, last + 1)) last++;
  const words = last - first + 1;
  if (words === 0) return -1;
  if (roleWordBefore(ctx, i) && !holderAfterComma(ctx, last)) {
    for (let s = Math.max(first, last + 1 - MAX_HOLDER_WORDS); s <= last - 1; s++) {
      if (opensAPersonsName(ctx, s) && readsAsPerson(ctx.p, ctx.ts[s], ctx.te[last])) return s === first ? -1 : ctx.te[s - 1];
    }
  }
  for (let s = first + MIN_NAME_BEFORE_HOLDER; words >= MIN_NAME_BEFORE_HOLDER + 2 && s <= last - 1; s++) {
    if (readsAsPerson(ctx.p, ctx.ts[s], ctx.te[last])) return ctx.te[s - 1];
  }
  return words > MAX_SCHOOL_NAME_WORDS ? -1 : ctx.te[last];
}

/** A school's name starts at token i, numbered ("MTsN 2") or named by its kind ("MTs Plus
 *  Miftahul Ulum"): unknownExtent stops a person's run before it ("Siswa MTs Plus …"). */
export function schoolStartsAt(ctx: Ctx, i: number): boolean {
  return schoolNumberEnd(ctx, i) >= 0 || namedSchoolEnd(ctx, i) >= 0;
}

export const schoolName: ActorRule = {
  name: 'school-name',
  cues: CUES_CLEAR,
  gate: F_NEVER_ACTOR | F_ACRONYM | F_ORG_HEAD,
  apply(ctx, i) {
    const numberEnd = schoolNumberEnd(ctx, i);
    if (numberEnd < 0) {
      const named = namedSchoolEnd(ctx, i);
      // No school (its name the role's holder, or too long): the level and kind are no
      // actor alone ("Plus" was read as one), the name after them is left to the other rules.
      if (named < 0) {
        const kind = schoolKindEnd(ctx, i);
        return kind < 0 ? NO_MATCH : tokenFrom(ctx, i, kind);
      }
      pushMention(ctx, ctx.ts[i], named, 'ORG', 'pattern');
      return tokenFrom(ctx, i, named);
    }
    // "lulus dari SMA 3 tahun lalu": the number counts years (times, people), no school's.
    const unit = wordAfter(ctx.p, numberEnd);
    if (unit && unit.start === numberEnd + 1 && MEASURE_UNIT_WORDS.hasAt(ctx.p, unit.start, unit.end)) return NO_MATCH;
    const end = placeEnd(ctx, i, numberEnd);
    pushMention(ctx, ctx.ts[i], end, 'ORG', 'pattern');
    return tokenFrom(ctx, i, end);
  },
};
