// "Izin Usaha Pertambangan (IUP)", "Sistem Penerimaan Murid Baru (SPMB)", "Benda Jatuh
// Antariksa (BJA)", "Asia Road Racing Championship (ARRC)": Indonesian news writes permits,
// systems, things and events in Title Case and defines an acronym for them once, then
// reuses the acronym. Neither the words nor the acronym are an actor, though an unknown
// acronym reads as an organisation and the words as a name (issue 13, recog36: the known
// leftover "an acronym the document defines as something else is still typed ORG").
// A term is told from a body by its first word (a permit, a system, a document, a thing,
// a programme, a course)
// or, for an event, by its last (EVENT_TAILS); a body's head ("Badan", "Aliansi") never
// opens one, and "Forum" and "League" are left out since they also end bodies' names
// ("World Economic Forum").
import { EVENT_TAILS, ORG_HEADS, PROGRAMME_HEADS, TERM_HEADS } from './lexicon';

const CAPITAL_WORD_BEFORE = /(\p{Lu}[\p{Ll}\p{Lu}'-]*)\s*$/u;
/** Function words a term's name may hold between its capitalised words, without a letter
 *  of its acronym ("Izin Usaha di Bidang …", "Analisis Mengenai Dampak Lingkungan"); the
 *  one list the readers of a term's words share (link.ts adds its own for lower-case words). */
export const TERM_GLUE_WORDS: readonly string[] = ['dan', 'atau', 'di', 'ke', 'dari', 'untuk', 'bagi', 'serta', 'dengan', 'tentang', 'pada', 'mengenai'];
const GLUE_ALTERNATIVES = TERM_GLUE_WORDS.join('|');
const GLUE_WORD_BEFORE = new RegExp(`(?:^|\\s)(${GLUE_ALTERNATIVES})\\s*$`, 'u');
/** A capitalised word and one space right before the spelled words: the name goes on. */
const NAME_GOES_ON = /\p{Lu}[\p{Ll}\p{Lu}]* $/u;
const BODY_TAILS_TOO = new Set(['forum', 'league']);
/** A course a person takes ("Pendidikan Profesi Guru (PPG)", "Pelatihan … (P…)"): a term
 *  defined with its acronym as a programme is (PROGRAMME_HEADS: "Program Keluarga Harapan
 *  (PKH)", "Kartu Indonesia Pintar (KIP)"); a body that teaches starts with its own head
 *  ("Lembaga Pendidikan …", "Balai Pelatihan …"). */
const TRAINING_HEADS = new Set(['pendidikan', 'pelatihan', 'kursus', 'diklat']);
/** How far back the words of a definition are looked for (a long name is a few words). */
const REACH = 90;

/** Where the capitalised words right before the bracket at `bracket` start, when they
 *  spell `acronym` (upper case, one word per letter, function words such as "dan" in
 *  between without a letter) and name a term or an event rather than a body; -1 when they
 *  do not. */
export function definedTermStart(text: string, bracket: number, acronym: string): number {
  const from = Math.max(0, bracket - REACH);
  const before = text.slice(from, bracket);
  let pos = before.length;
  let first = '';
  let last = '';
  for (let i = acronym.length - 1; i >= 0; i--) {
    let m = CAPITAL_WORD_BEFORE.exec(before.slice(0, pos));
    if (!m && i < acronym.length - 1) {
      // a function word between two words of the name ("Izin Usaha di Bidang …")
      const glue = GLUE_WORD_BEFORE.exec(before.slice(0, pos));
      if (glue) {
        pos -= glue[0].length - (glue[0].startsWith(' ') ? 1 : 0);
        m = CAPITAL_WORD_BEFORE.exec(before.slice(0, pos));
      }
    }
    if (!m || m[1].charAt(0) !== acronym.charAt(i)) return -1;
    pos -= m[0].length;
    if (i === acronym.length - 1) last = m[1].toLowerCase();
    first = m[1].toLowerCase();
  }
  // the words must open the name: no capitalised word of it before them ("Badan Izin …")
  if (NAME_GOES_ON.test(before.slice(0, pos))) return -1;
  if (ORG_HEADS.has(first)) return -1;
  const isTerm = TERM_HEADS.has(first) || PROGRAMME_HEADS.has(first) || TRAINING_HEADS.has(first) || (EVENT_TAILS.has(last) && !BODY_TAILS_TOO.has(last));
  return isTerm ? from + pos : -1;
}

const GLUE = new Set(TERM_GLUE_WORDS);
/** Capitalised words and glue, up to eight, ending right before a bracket. */
const WORDS_BEFORE = new RegExp(`(?:(?:\\p{Lu}[\\p{Ll}\\p{Lu}'-]*|${GLUE_ALTERNATIVES}) ){2,8}$`, 'u');

/** "Analisis Mengenai Dampak Lingkungan (Amdal)", "Analisis Dampak Lalu Lintas (Andalalin)":
 *  Indonesian also shortens a term by the first letters of each of its words, written as
 *  one capitalised word. Where the words right before the bracket at `bracket` spell
 *  `acronym` so (each capitalised word its first letter or more, in order, a glue word
 *  none or more) and the first is a term's head, the offset where they start; else -1. */
export function syllabicTermStart(text: string, bracket: number, acronym: string): number {
  const from = Math.max(0, bracket - REACH);
  const m = WORDS_BEFORE.exec(text.slice(from, bracket));
  if (!m) return -1;
  const words = m[0].trimEnd().split(' ');
  const target = acronym.toLowerCase();
  let offset = from + m.index;
  for (let k = 0; k < words.length - 1; k++) {
    if (TERM_HEADS.has(words[k].toLowerCase()) && spells(words.slice(k).map((w) => w.toLowerCase()), target)) return offset;
    offset += words[k].length + 1;
  }
  return -1;
}

/** `target` is the words' prefixes in order: each word gives its first letter or more, a
 *  glue word may give nothing. */
function spells(words: readonly string[], target: string): boolean {
  const at = (w: number, t: number): boolean => {
    if (w === words.length) return t === target.length;
    const word = words[w];
    if (GLUE.has(word) && at(w + 1, t)) return true;
    for (let n = 1; n <= word.length && t + n <= target.length && word.charCodeAt(n - 1) === target.charCodeAt(t + n - 1); n++) {
      if (at(w + 1, t + n)) return true;
    }
    return false;
  };
  return at(0, 0);
}

/** Lower-case words (and spaces) opening a bracket right before a slash: "(medium term notes/". */
const LOWER_WORDS_AFTER_BRACKET = /\([a-z]+(?: [a-z]+)*$/;

/** "surat berharga jangka menengah (medium term note/MTN)": the acronym starting at `start`
 *  follows a slash after lower-case words that open a bracket (a term's words in another
 *  language, then its acronym); the caller checks that those words spell it. Business news
 *  so defines debt instruments and other terms ("(global depositary receipt/GDR)"). */
export function slashAfterLowerTermWords(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 47 && LOWER_WORDS_AFTER_BRACKET.test(text.slice(Math.max(0, start - 61), start - 1));
}
