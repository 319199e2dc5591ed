// Other spellings of a person's name within one article (link pass): what the per-paragraph
// pass cannot know, since the full name stands in another paragraph.
import { isSentenceInitial } from './actors/ctx';
import { isUpper, isWordChar, wordBefore } from '../text/chars';
import { blankIn } from '../text/words';
import { KINSHIP_NOUNS, MINISTER_TITLES, NAME_PARTICLES, PERSON_ROLES, SHORT_FIRST_NAMES, TITLE_HEADS, TITLE_WORDS } from './lexicon';
import type { ActorMention } from './types';
import { KnownNouns } from './known-nouns';
import { COURTESY_TITLES } from './courtesy-titles';
import { readsAloneAsNoPerson } from './body-glued-person';

/** The first name written short: "Cok Wiradana" for "Cokorda Gede Wiradana", "Moh. Rizal"
 *  for "Mohammad Rizal Hakim". Among `names` (full names sharing the last token of `text`)
 *  the one whose last token is the same and whose first token starts with the short one;
 *  undefined when none or more than one does. Only two-token names whose first token is a
 *  customary short form (SHORT_FIRST_NAMES, or a word ending in a dot) are read that way:
 *  "Ari Wibowo" is a name of its own, not "Arief Budi Wibowo" written short. */
export function fullNameOfShortFirst(text: string, names: readonly string[] | undefined): string | undefined {
  if (names === undefined) return undefined;
  const sp = text.indexOf(' ');
  if (sp < 2 || text.indexOf(' ', sp + 1) >= 0) return undefined;
  const lowerFirst = text.slice(0, sp).toLowerCase();
  // "Gung Mahendra" for "Anak Agung Gede Putra Mahendra": a short form of a title-like name.
  const whole = SHORT_FORMS_OF_WORDS.get(lowerFirst);
  if (!text.endsWith('.', sp) && whole === undefined && !SHORT_FIRST_NAMES.has(lowerFirst)) return undefined;
  const first = whole !== undefined ? `${whole} ` : text.endsWith('.', sp) ? text.slice(0, sp - 1) : text.slice(0, sp);
  const last = text.slice(sp + 1);
  let found: string | undefined;
  for (const name of names) {
    if (!name.endsWith(' ' + last) || !name.startsWith(first) || (whole === undefined && name.charCodeAt(first.length) === 32)) continue;
    if (found !== undefined && found !== name) return undefined;
    found = name;
  }
  return found;
}

/** Short forms of the first words of Balinese noble names ("Gung" for "Anak Agung"). */
const SHORT_FORMS_OF_WORDS: ReadonlyMap<string, string> = new Map([['gung', 'Anak Agung'], ['agung', 'Anak Agung']]);

const ALL_CAPS_NAME = /^[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)+$/;

/** "DEDI KURNIAWAN" in a photo credit: a name in capitals, as it would be written in
 *  a sentence ("Dedi Kurniawan"), or undefined when it is not a name in capitals. */
export function capitalisedName(text: string): string | undefined {
  if (!ALL_CAPS_NAME.test(text)) return undefined;
  return text.toLowerCase().replace(/(^| )([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** "Van Lindenhorst" for "Pieter van Lindenhorst": a surname whose particle is written in
 *  capitals where it opens the name (the Dutch and Flemish custom once the given name is
 *  left out; "De Jong", "Von der Leyen"), as the full name writes it: its opening particles
 *  lowered ("van Lindenhorst"). Undefined when the name does not open with a particle or
 *  is nothing but particles. */
export function particleLowered(text: string): string | undefined {
  let at = 0;
  for (;;) {
    const sp = text.indexOf(' ', at);
    if (sp < 0 || !isUpper(text.charCodeAt(at)) || !NAME_PARTICLES.has(text.slice(at, sp).toLowerCase())) break;
    at = sp + 1;
  }
  return at === 0 ? undefined : text.slice(0, at).toLowerCase() + text.slice(at);
}

/** The word before `start` is a title ("Lurah Moh. Sanusi", "AKBP Sigit"): the name was
 *  introduced with a role of its own. */
export function afterTitle(article: string, start: number): boolean {
  const w = wordBefore(article, start, Math.max(0, start - 40));
  return w !== null && isTitleWord(article.slice(w.start, w.end).toLowerCase());
}

/** A one-word name after a title or a capitalised word ("Kapolres Klaten AKBP Sigit",
 *  "Politikus PDIP Bambang", "Kepala Desa Amran") that is no minister's title within three
 *  words ("Mentan Amran", "Menteri Pertanian Amran"): someone with a role of their own, not
 *  the minister the article names in full. */
export function ownRoleBefore(article: string, start: number): boolean {
  const floor = Math.max(0, start - 60);
  let w = wordBefore(article, start, floor);
  if (w === null) return false;
  const first = article.slice(w.start, w.end);
  // (a capitalised word that only starts the sentence, "Kata Amran", says nothing)
  if (!isTitleWord(first.toLowerCase()) && !(isUpper(first.charCodeAt(0)) && !isSentenceInitial(article, w.start))) return false;
  for (let n = 0; n < 3 && w !== null; n++) {
    if (MINISTER_TITLES.has(article.slice(w.start, w.end).toLowerCase())) return false;
    w = article.charCodeAt(w.start - 1) === 32 ? wordBefore(article, w.start, floor) : null;
  }
  return true;
}

function isTitleWord(lower: string): boolean {
  return TITLE_HEADS.has(lower) || TITLE_WORDS.has(lower);
}

/** "Agensi Han Seo-yeon, Starwave …": at a sentence start, a capitalised common noun before
 *  a person the article names elsewhere is no word of the name. Cuts that word off the
 *  unknown people (`unknown(k)`) of three tokens or more (two after a kinship noun,
 *  KINSHIP_NOUNS: "Ayah Ilham") whose remainder is another person mention's text, unless
 *  the word starts another person's name too. Only a word
 *  known as a noun is cut (the article writes it in lower case too, or the lexicon lists
 *  it): "Teuku", "Andi", "I" before a name are first names.
 *  Also (speakers50) a word glued after a title or a body's initials ("Manajer Personalia
 *  Budi Hartanto", "GP Kosmetik Dewi Kartika") or opening a list of people ("Trio Sinta
 *  Wulandari, Rina …") when the article names the person again by the word after it alone
 *  ("ujar Budi"), never by the glued word, and the name model reads that word alone as no
 *  person's name and the courtesy table lists it as no name part ("Teuku", "Andi"): the
 *  field, the body's word, the group, not the given name (dev d232, d384, d388). */
export function trimNounBeforeKnownName(article: string, ms: ActorMention[], unknown: (k: number) => boolean): void {
  let candidates: number[] | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'PER' || !unknown(k)) continue;
    const sp = blankIn(m.text, 0);
    // (a name of two tokens only after a kinship noun: "Ayah Ilham" is Ilham's father)
    if (sp > 0 && (blankIn(m.text, sp + 1) > 0 || KINSHIP_NOUNS.has(m.text.slice(0, sp).toLowerCase())) &&
      (opensSentenceOrLine(article, m.start) || afterTitleOrInitials(article, m.start))) {
      (candidates ??= []).push(k);
    }
  }
  if (candidates === undefined) return;
  const people = new Set<string>();
  const firstWords = new Set<string>();
  const nouns = new KnownNouns(article);
  // (the candidates are in mention order: one step through them, not a search of all of
  // them per person, which a long text with many such names made quadratic)
  let next = 0;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'PER') continue;
    people.add(m.text);
    while (next < candidates.length && candidates[next] < k) next++;
    if (candidates[next] === k) continue;
    const sp = blankIn(m.text, 0);
    firstWords.add(sp < 0 ? m.text : m.text.slice(0, sp));
  }
  for (const k of candidates) {
    const m = ms[k];
    const sp = blankIn(m.text, 0);
    const rest = m.text.slice(sp + 1);
    const word = m.text.slice(0, sp);
    // (the glued word: after a title or initials, or a group's noun opening a list of people)
    // (after a title, not a short word: "Direktur Dwi Ayu Lestari … kata Ayu", "Sri", "Tri",
    // "Putri", "Sekar" open names and people go by the word after them; a title's field or a
    // body's word is a longer derived noun: Personalia, Farmasi, Kosmetik, Pemasaran. review50)
    const glued = (afterTitleOrInitials(article, m.start) && sp > SHORT_GIVEN_NAME_MAX) || (isSentenceInitial(article, m.start) && opensListOfPeople(article, ms, k));
    // (a word opening another person's name, or named alone, is a name; unless only ever
    // inside a longer name: "Apa usulan GP Kosmetik?" names the body again)
    if ((firstWords.has(word) || people.has(word)) && !(glued && neverAloneElsewhere(article, m.start, word))) continue;
    const named = people.has(rest) && opensSentenceOrLine(article, m.start) && nouns.has(word);
    if (!named && !(glued && namedByGivenName(people, rest) && readsAsNoNamePart(word))) continue;
    m.start += sp + 1;
    if (m.canonical === m.text) m.canonical = rest;
    m.text = rest;
  }
}

/** The mention at `start` opens a sentence, or a line whose line before ends without a full
 *  stop (a numbered section's heading, "2. Dibiayai keluarga", dev d510). */
function opensSentenceOrLine(article: string, start: number): boolean {
  if (isSentenceInitial(article, start)) return true;
  let k = start - 1;
  while (k >= 0 && (article.charCodeAt(k) === 32 || article.charCodeAt(k) === 9)) k--;
  return k >= 0 && article.charCodeAt(k) === 10;
}

/** The longest word after a title that may be a given name opening a name ("Dwi", "Putri",
 *  "Sekar", "Cahya"), never cut as a field: fields are longer nouns. */
const SHORT_GIVEN_NAME_MAX = 5;

/** The word right before `start` is a title's head that takes a field ("Manajer
 *  Personalia …"; not a role such as "Terdakwa", before which a name stands) or a body's
 *  initials ("GP Kosmetik …"): the word at `start` may be the field or the body's word. */
function afterTitleOrInitials(article: string, start: number): boolean {
  if (article.charCodeAt(start - 1) !== 32) return false;
  const w = wordBefore(article, start, Math.max(0, start - 40));
  if (w === null || w.end !== start - 1 || !isUpper(article.charCodeAt(w.start))) return false;
  const before = article.slice(w.start, w.end);
  const lower = before.toLowerCase();
  return (TITLE_HEADS.has(lower) && !PERSON_ROLES.has(lower)) || (before.length >= 2 && before === before.toUpperCase());
}

/** Every other occurrence of `word` (a whole word) stands right after a capitalised word,
 *  inside a longer name ("GP Farmasi", "Gabungan Perusahaan Farmasi"): never a name alone. */
function neverAloneElsewhere(article: string, at: number, word: string): boolean {
  for (let k = article.indexOf(word); k >= 0; k = article.indexOf(word, k + 1)) {
    if (k === at || isWordChar(article.charCodeAt(k - 1)) || isWordChar(article.charCodeAt(k + word.length))) continue;
    const w = article.charCodeAt(k - 1) === 32 ? wordBefore(article, k, Math.max(0, k - 40)) : null;
    if (w === null || w.end !== k - 1 || !isUpper(article.charCodeAt(w.start))) return false;
  }
  return true;
}

/** Person k is the first of a list of people ("Trio Sinta Wulandari, Rina Lestari, dan …"):
 *  another person's name follows its comma. */
function opensListOfPeople(article: string, ms: readonly ActorMention[], k: number): boolean {
  const after = ms[k].end + 2;
  return article.startsWith(', ', ms[k].end) && k + 1 < ms.length && ms[k + 1].start === after && ms[k + 1].type === 'PER';
}

/** The remainder "Budi Hartanto" is named elsewhere by its given name alone ("ujar Budi"). */
function namedByGivenName(people: ReadonlySet<string>, rest: string): boolean {
  const sp = blankIn(rest, 0);
  return sp > 0 && people.has(rest.slice(0, sp));
}

/** First words of the courtesy table's rows, in lower case ("teuku", "andi", "datuk"). */
const COURTESY_FIRST_WORDS: ReadonlySet<string> = new Set(COURTESY_TITLES.map((t) => t.form.split(/[ .'’]/)[0].toLowerCase()));

const WORD_OF_LETTERS = /^\p{Lu}\p{Ll}{2,}$/u;
/** `word` opens no name: no courtesy title or name part, and the name model reads it alone
 *  as no person's name (body-glued-person.ts's guard for given names). */
function readsAsNoNamePart(word: string): boolean {
  // (a word of three letters or more: "M." and "H." are a name's initials)
  return WORD_OF_LETTERS.test(word) && !COURTESY_FIRST_WORDS.has(word.toLowerCase()) && !TITLE_HEADS.has(word.toLowerCase()) && readsAloneAsNoPerson([word]);
}
