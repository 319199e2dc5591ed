// A bare office title qualified by where it belongs rather than by a name: "Kepala Dinas
// Lingkungan Hidup setempat menyebut …", "Kepala Seksi Distribusi dinas tersebut menyebut …",
// "Kepala bidang di dinas itu mengatakan …". The qualifier points to a body of the story, not
// to a person: the title still names nobody, so it is read as a bare title (title-subject.ts)
// and, with nobody introduced by those title words, its statement and the "katanya" after it
// are nobody's, never the earlier speaker's (issue 13: a bare title that resolved to nobody
// left the floor with the last named speaker).
import { wordAfter } from '../text/chars';
import { LowerWordSet } from '../text/lower-word-set';

/** Nouns for the body a qualifier points back to ("dinas tersebut"). */
const BODY_NOUNS = new LowerWordSet(['dinas', 'badan', 'kantor', 'lembaga', 'instansi', 'perusahaan', 'kementerian', 'pemkot', 'pemkab', 'pemprov', 'organisasi', 'balai']);
const DEMONSTRATIVES = new LowerWordSet(['tersebut', 'itu', 'ini']);

/** Where a place qualifier starting at `at` ends ("setempat", "dinas tersebut", "di dinas
 *  itu"), else -1. */
export function titleQualifierEnd(p: string, at: number): number {
  const w = wordAfter(p, at);
  if (w === null || w.start !== at) return -1;
  const word = p.slice(w.start, w.end);
  if (word === 'setempat') return w.end;
  let noun = w;
  if (word === 'di') {
    const next = wordAfter(p, w.end);
    if (next === null || next.start !== w.end + 1) return -1;
    noun = next;
  }
  if (!BODY_NOUNS.hasAt(p, noun.start, noun.end) || p.charCodeAt(noun.start) < 97) return -1;
  const dem = wordAfter(p, noun.end);
  if (dem === null || dem.start !== noun.end + 1 || !DEMONSTRATIVES.hasAt(p, dem.start, dem.end)) return -1;
  return dem.end;
}
