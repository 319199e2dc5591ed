// "Datuk Seri Anwar Ibrahim", "Tan Sri Ahmad Kamal", "Dato' Rosli": a Malaysian or
// Bruneian honorific stays outside the name (issue 13, pattern 12) and, like a title,
// makes the next name a person. So does Indonesia's "H." (Haji): "H. Abdul Khaliq".
// A chain of them is read as one ("Dato Seri Setia Awang Haji Rahman Yusof": no "Setia Awang").
// The table of titles kept outside or inside a name: courtesy-titles.ts. A Minangkabau
// "Datuk" after a given name is a gelar inside the name (minang-gelar.ts).
import { isUpper, isWordChar, wordAfter, wordBefore, wordEndFrom } from '../../../text/chars';
import { BRUNEI_CHAIN_WORDS, BRUNEI_ONLY_CHAIN_WORDS, CHAIN_WORDS, CHESS_TITLES, NAME_OPENING_ONLY_HONORIFICS } from '../../courtesy-titles';
import { HONORIFICS } from '../../lexicon';
import { adjacent, has, kbMatch, low, type Ctx } from '../ctx';
import { gelarAfterGivenName } from '../minang-gelar';
import { CUES_TITLE, NO_MATCH, type ActorRule } from '../rule';
import { F_HONORIFIC, F_TITLE_HEAD, F_TITLE_WORD } from '../word-class';

const MAX_HONORIFIC = Math.max(...HONORIFICS.map((h) => h.length));
const UPPER = /\p{Lu}/u;

export const honorific: ActorRule = {
  name: 'honorific',
  cues: CUES_TITLE,
  gate: F_HONORIFIC,
  apply(ctx, i) {
    if (!has(ctx, i, F_HONORIFIC)) return NO_MATCH;
    const { p, ts, nt } = ctx;
    const rest = p.slice(ts[i], ts[i] + MAX_HONORIFIC + 2);
    for (const h of HONORIFICS) {
      if (!rest.startsWith(h)) continue;
      const gap = rest.charCodeAt(h.length);
      // Only before a name: "Tun" or "Tan" on their own may be a name themselves. A form of
      // address no name follows ("…," kata Jero Mangku.", "kata Datuk Seri kepada wartawan")
      // names nobody: it points back, as "kata Kiai" does, to the person it came with.
      if ((gap !== 32 && gap !== 0xa0) || !UPPER.test(rest.charAt(h.length + 1))) {
        if (!isBareAddress(h, rest.charAt(h.length)) && !bareChessTitle(ctx, i, h, rest.charAt(h.length))) continue;
        let j = i + 1;
        while (j < nt && ts[j] < ts[i] + h.length) j++;
        return j;
      }
      // "M. H. Thamrin": "H." among initials is one of them (an initial right before it;
      // a sentence's full stop, "… kemarin. H. Abdul", is none).
      if (h.endsWith('.') && initialBefore(p, ts[i])) continue;
      // "Ki Sung-yueng": a Korean surname before a hyphenated given name, no Javanese "Ki".
      if (h === 'Ki' && hyphenatedWordAt(p, ts[i] + 3)) continue;
      // "Tony Romo", "Ana Pastor": a priest's honorific that is a surname too, right after a
      // capitalised given name (no title), ends that name; so does a letter "U" ("Blok U").
      if (SURNAME_HONORIFICS.has(h) && afterGivenName(ctx, i)) continue;
      // "Rusdi Datuk Marajo Sati": a Minangkabau gelar after a man's given name is part of
      // his name (minang-gelar.ts); the Malaysian "Datuk" opens one.
      if (h === 'Datuk' && gelarAfterGivenName(ctx, i)) return NO_MATCH;
      // "melakukan U Turn di …": the one-letter "U" opens a Burmese name only before two
      // capitalised words or more ("U Kyaw Min"); before one it is a letter of a word or label.
      // So does the Amharic "Ato" ("Ato Mulugeta Desta"); "Ato Boldon" is a given name.
      if (NAME_OPENING_ONLY_HONORIFICS.has(h) && !beforeTwoCapitalisedWords(ctx, i)) continue;
      // "Pastor Paroki Santo Yosef mengatakan", "Romo Kepala Paroki …": the priest's office
      // follows, no name: only the honorific is read, and the parish after it by its own rule.
      if (SURNAME_HONORIFICS.has(h) && beforePriestsOffice(ctx, i)) return i + 1;
      // "Ki Hadjar Dewantara": a person whose own name (the KB's canonical,
      // as Wikipedia titles them) opens with the honorific is the KB's to read, whole.
      if (namedWithHonorific(ctx, i, h)) return NO_MATCH;
      const after = chainEnd(p, ts[i] + h.length + 1, bruneiTitle(h));
      let j = i + 1;
      while (j < nt && ts[j] < after) j++;
      if (j < nt && ts[j] === after) return j;
    }
    return NO_MATCH;
  },
};

/** Honorifics that are surnames too (courtesy-titles.ts: Tony Romo, Ana Pastor), the
 *  Burmese one-letter "U", a letter of a label or a name after a capitalised word ("Blok U
 *  Perumahan", "Kim U Jin"), and the Amharic "Ato", a Ghanaian middle name ("Cassiel Ato
 *  Forson"): after a capitalised given name they open no name. */
const SURNAME_HONORIFICS: ReadonlySet<string> = new Set(['Romo', 'Pastor', 'U', 'Ato']);

/** What follows a priest's "Pastor" or "Romo" when it is his office, not his name: a
 *  church unit ("Pastor Paroki Santo Yosef", the parish priest; "Romo Kepala Paroki Hati
 *  Kudus") names the parish, which is no person. */
const CHURCH_UNITS: ReadonlySet<string> = new Set(['paroki', 'gereja', 'katedral', 'kapel', 'stasi', 'keuskupan', 'kevikepan']);

/** The word after the honorific at i is a title or a church unit: the honorific is the
 *  priest's office there and opens no name. */
function beforePriestsOffice(ctx: Ctx, i: number): boolean {
  const k = i + 1;
  if (k >= ctx.nt || !adjacent(ctx, i, k)) return false;
  return has(ctx, k, F_TITLE_HEAD | F_TITLE_WORD) || CHURCH_UNITS.has(low(ctx, k));
}

/** Tokens i+1 and i+2 are capitalised words, each one space after the one before. */
function beforeTwoCapitalisedWords(ctx: Ctx, i: number): boolean {
  return i + 2 < ctx.nt && adjacent(ctx, i, i + 1) && adjacent(ctx, i + 1, i + 2) &&
    isUpper(ctx.p.charCodeAt(ctx.ts[i + 1])) && isUpper(ctx.p.charCodeAt(ctx.ts[i + 2]));
}

/** Token i follows a capitalised word, no title's, with one space between them. */
function afterGivenName(ctx: Ctx, i: number): boolean {
  if (i === 0 || !adjacent(ctx, i - 1, i) || has(ctx, i - 1, F_TITLE_HEAD | F_TITLE_WORD | F_HONORIFIC)) return false;
  return isUpper(ctx.p.charCodeAt(ctx.ts[i - 1]));
}

/** Honorifics that are never a name of their own, when no name follows (`next`, the
 *  character after them, is no letter): phrases of two words or more ("Jero Mangku",
 *  "Datuk Seri") and the Malay forms of address. "Tun", "Ki" or "GM" alone may be a name
 *  or a body's initials and are left to the other rules. */
const BARE_ADDRESSES: ReadonlySet<string> = new Set(['Datuk', "Dato'", 'Dato’', 'Dato', 'Datin', 'Encik']);

function isBareAddress(h: string, next: string): boolean {
  return !/\p{L}/u.test(next) && (h.includes(' ') || BARE_ADDRESSES.has(h));
}

/** "norma GM", "mengalahkan GM asal Ukraina", "grandmaster (GM)": a chess title written alone
 *  (no letter, digit or hyphen after it, no name) is a rank, no body's initials (dev d510). A
 *  KB that knows the letters as a body ("GM", General Motors, built in) keeps them ("Saham GM
 *  turun") unless a word around them says the rank (chessRankCue). */
function bareChessTitle(ctx: Ctx, i: number, h: string, next: string): boolean {
  return CHESS_TITLES.has(h) && !/[\p{L}\p{N}-]/u.test(next) && (kbMatch(ctx, i) === null || chessRankCue(ctx.p, ctx.ts[i], ctx.ts[i] + h.length));
}

/** Words right before a bare chess title that make it the rank ("norma GM", "gelar GM", "jadi
 *  GM", "grandmaster (GM)"); "asal" right after it says where the player is from ("GM asal
 *  Serbia"). A company's initials take other words ("saham GM", "pabrik GM"). */
const CHESS_RANK_WORDS_BEFORE: ReadonlySet<string> = new Set(['norma', 'gelar', 'jadi', 'menjadi', 'grandmaster', 'pecatur']);

/** Words of chess in a paragraph: there a bare title is the rank wherever it stands ("dan GM
 *  tuan rumah", "tiga GM lain" after "mengalahkan GM asal Ukraina", "bermain remis"). */
const CHESS_PARAGRAPH = /(?<![\p{L}\p{N}])(?:[Pp]ecatur|[Cc]atur|[Gg]randmaster|[Rr]emis|[Ss]kak|FIDE|(?:W?GM|W?IM) asal)(?![\p{L}\p{N}])/u;
/** The last paragraph asked about and its answer: a paragraph is searched once, however many
 *  bare titles it holds (the rules see one paragraph at a time). */
let chessParagraph = '';
let chessParagraphAnswer = false;

function chessRankCue(p: string, start: number, end: number): boolean {
  if (p !== chessParagraph) {
    chessParagraph = p;
    chessParagraphAnswer = CHESS_PARAGRAPH.test(p);
  }
  if (chessParagraphAnswer) return true;
  const before = wordBefore(p, p.charCodeAt(start - 1) === 40 /* ( */ ? start - 1 : start);
  if (before && CHESS_RANK_WORDS_BEFORE.has(p.slice(before.start, before.end).toLowerCase())) return true;
  const after = wordAfter(p, end);
  return after !== null && after.start === end + 1 && p.slice(after.start, after.end) === 'asal';
}

/** The KB knows a person at token i whose canonical name opens with the honorific `h`. */
function namedWithHonorific(ctx: Ctx, i: number, h: string): boolean {
  const known = kbMatch(ctx, i);
  return known !== null && known.entity.type === 'PER' && known.entity.canonical.startsWith(`${h} `);
}

/** An initial ("M. ") ends right before `at`: one capital letter, its dot and a space. */
function initialBefore(p: string, at: number): boolean {
  return at >= 3 && p.charCodeAt(at - 2) === 46 && isUpper(p.charCodeAt(at - 3)) && (at === 3 || !isWordChar(p.charCodeAt(at - 4)));
}

/** Where a chain of honorifics that continues at `at` ends: further honorific phrases and chain
 *  words ("Seri", "Setia", "Paduka", "Haji"), each before another capitalised word, are read
 *  with the first; "Awang", "Dayang", "Laila" only after a Brunei title word or before a Haji. */
function chainEnd(p: string, at: number, brunei: boolean): number {
  for (;;) {
    const word = wordAt(p, at);
    if (!word || !capitalAfter(p, at + word.length)) return at;
    let len = 0;
    if (CHAIN_WORDS.has(word)) len = word.length;
    else if (BRUNEI_ONLY_CHAIN_WORDS.has(word)) {
      const next = wordAt(p, at + word.length + 1);
      if (brunei || next === 'Haji' || next === 'Hajah' || next === 'Hj.') len = word.length;
    } else {
      const h = HONORIFICS.find((x) => x.length > 2 && p.startsWith(x, at) && capitalAfter(p, at + x.length));
      if (h) len = h.length;
    }
    if (len === 0) return at;
    brunei ||= bruneiTitle(p.slice(at, at + len));
    at += len + 1;
  }
}

/** Some word of the phrase is a title only Brunei confers ("Pehin Orang Kaya", "Setia"). */
function bruneiTitle(phrase: string): boolean {
  return phrase.split(' ').some((w) => BRUNEI_CHAIN_WORDS.has(w));
}

/** The word (letters, an apostrophe or a dot included) starting at `at`, or ''. */
function wordAt(p: string, at: number): string {
  let k = at;
  while (k < p.length && (isWordChar(p.charCodeAt(k)) || p.charCodeAt(k) === 39 || p.charCodeAt(k) === 0x2019 || p.charCodeAt(k) === 46)) k++;
  return p.slice(at, k);
}

/** A space and a capital letter follow `at`. */
function capitalAfter(p: string, at: number): boolean {
  const gap = p.charCodeAt(at);
  return (gap === 32 || gap === 0xa0) && UPPER.test(p.charAt(at + 1));
}

/** The word at `at` has a hyphen inside ("Sung-yueng"). */
function hyphenatedWordAt(p: string, at: number): boolean {
  const k = wordEndFrom(p, at);
  return p.charCodeAt(k) === 45 && k > at && isWordChar(p.charCodeAt(k + 1));
}
