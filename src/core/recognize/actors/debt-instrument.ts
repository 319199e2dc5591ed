// "obligasi dan MTN", "penerbitan MTN", "pemegang MTN", "MTN dan obligasi": an
// unknown acronym read in a debt instrument's place names the instrument (medium-term
// notes), not a body, though "MTN" is also a telecom company's name ("MTN Group", read by its
// own words). The signal is the grammar around the acronym (issue 13's rule for codes and
// kinds, generic-acronym.ts), not a list of instrument codes (dev d367).
import { isUpper, wordAfter, wordBefore } from '../../text/chars';
import { LowerWordSet } from '../../text/lower-word-set';
import { LIST_JOINER_WORDS } from '../lexicon';

/** Debt instruments a company issues, coordinated with another one ("obligasi dan MTN"). */
const INSTRUMENTS = new LowerWordSet(['obligasi', 'sukuk']);
/** Lower-case nouns of an instrument's life ("penerbitan MTN", "pemegang MTN", "bunga MTN",
 *  "kupon MTN"): a body is not issued, held or paid interest on. */
const INSTRUMENT_NOUNS = new LowerWordSet(['penerbitan', 'pemegang', 'bunga', 'kupon', 'pelunasan']);
// (Not "MTN senilai Rp …": a company too is named before an amount, "kontrak dengan PPA
// senilai Rp 2 triliun".)

/** The acronym [start, end) stands where a debt instrument does. */
export function debtInstrumentAt(p: string, start: number, end: number): boolean {
  const before = wordBefore(p, start, Math.max(0, start - 40));
  if (before !== null && before.end === start - 1) {
    // (not before a capitalised word: a bank's name goes on with its region or its own word,
    // "bunga BPD Bali", "bunga BPR Lestari", and a bank pays interest; review49)
    if (INSTRUMENT_NOUNS.hasAt(p, before.start, before.end)) return !nameGoesOn(p, end);
    if (LIST_JOINER_WORDS.hasAt(p, before.start, before.end)) {
      const first = wordBefore(p, before.start, Math.max(0, before.start - 40));
      if (first !== null && first.end === before.start - 1 && INSTRUMENTS.hasAt(p, first.start, first.end)) return true;
    }
  }
  const after = wordAfter(p, end);
  if (after === null || after.start !== end + 1) return false;
  if (!LIST_JOINER_WORDS.hasAt(p, after.start, after.end)) return false;
  const second = wordAfter(p, after.end);
  return second !== null && second.start === after.end + 1 && INSTRUMENTS.hasAt(p, second.start, second.end);
}

/** A capitalised word follows the acronym ending at `end`. */
function nameGoesOn(p: string, end: number): boolean {
  const after = wordAfter(p, end);
  return after !== null && after.start === end + 1 && isUpper(p.charCodeAt(after.start));
}
