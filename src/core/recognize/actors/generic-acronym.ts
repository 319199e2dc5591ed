// "nomor penerbangan GA 123", "pesawat ATR 72-600", "di setiap TPS", "banyak BPR kecil",
// "menjadi BPR ke-14": an acronym used as a code or as the name of a kind of thing is no
// body. Named bodies are not numbered, counted or ranked in running text; codes and kinds
// are, so the signal is the grammar around the acronym, not a list of codes (issue 13). In
// the project's gold (old and dev sets) no actor's acronym stands in these places.
import { isDigit, isUpper, wordAfter, wordBefore } from '../../text/chars';
import { MEASURE_UNIT_WORDS, QUANTIFIER_WORDS } from '../lexicon';
import { debtInstrumentAt } from './debt-instrument';
import { LowerWordSet } from '../../text/lower-word-set';

/** "K20", "X30", "S25": one or two capitals and a number in one word name a product's model
 *  (a phone, a power bank, a fuel blend "B40"), never a body (issue 13, dev d260); a body so
 *  written ("G20") is the KB's, read before this. ("UP3", one digit, is a utility's unit.) */
const MODEL_CODE = /^[A-Z]{1,2}\d{2,4}$/;

/** Words after a kind's acronym that make it one of several ("lain") or size it ("kecil"). */
const KIND_QUALIFIER_WORDS = new LowerWordSet(['lain', 'lainnya', 'kecil', 'besar']);

/** The acronym [start, end) is a code or a kind of thing: a model code, or a number follows
 *  it (not a year, "APBD 2026", and not before a capitalised word, "SMAN 3 Bandung": a
 *  school's name), or an ordinal ("ke-14"), or a quantifier stands right before it, or it
 *  stands where a debt instrument does. */
export function genericAcronym(p: string, start: number, end: number): boolean {
  if (MODEL_CODE.test(p.slice(start, end))) return true;
  if (p.charCodeAt(end) === 32) {
    if (isDigit(p.charCodeAt(end + 1))) return codeNumberAt(p, end + 1);
    if (p.startsWith('ke-', end + 1) && isDigit(p.charCodeAt(end + 4))) return true;
    // "dari ABK lain", "bagi BPR kecil": a kind qualified as one of several or by its size;
    // a named body is neither ("KPK lain" is not written)
    const after = wordAfter(p, end);
    if (after !== null && after.start === end + 1 && p.charCodeAt(after.start) >= 97 && KIND_QUALIFIER_WORDS.hasAt(p, after.start, after.end)) return true;
  }
  const before = wordBefore(p, start);
  if (before !== null && before.end === start - 1 && p.charCodeAt(before.end) === 32 && QUANTIFIER_WORDS.hasAt(p, before.start, before.end)) return true;
  // "obligasi dan MTN", "pemegang MTN": a debt instrument (debt-instrument.ts)
  return debtInstrumentAt(p, start, end);
}

/** The number at `at` numbers a code ("418", "72-600"): not a year (four digits from 19 or
 *  20), not a score ("3-1"), no capitalised word after it, and no unit it counts ("3 hari"). */
function codeNumberAt(p: string, at: number): boolean {
  let k = at;
  while (k < p.length && (isDigit(p.charCodeAt(k)) || (p.charCodeAt(k) === 45 && isDigit(p.charCodeAt(k + 1))))) k++;
  const number = p.slice(at, k);
  if (/^(?:19|20)\d\d$/.test(number) || /^\d{1,2}-\d{1,2}$/.test(number)) return false;
  if (p.charCodeAt(k) !== 32) return true;
  if (isUpper(p.charCodeAt(k + 1))) return false;
  const unit = wordAfter(p, k);
  return unit === null || !MEASURE_UNIT_WORDS.hasAt(p, unit.start, unit.end);
}
