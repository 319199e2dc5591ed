// A bare office title qualified by where it belongs rather than by a name: "Kepala Dinas
// Lingkungan Hidup setempat mengatakan …", "Kepala Seksi Distribusi dinas tersebut mengatakan …",
// "Kepala bidang di dinas itu mengatakan …". The qualifier points to a body of the story, not
// to a person: the title still names nobody, so it is read as a bare title (title-subject.ts)
// and, with nobody introduced by those title words, its statement and the "katanya" after it
// are nobody's, never the earlier speaker's (issue 13: a bare title that resolved to nobody
// left the floor with the last named speaker).
import { wordAfter } from '../text/chars';
import { DEMONSTRATIVE_WORDS, ORG_HEADS } from './lexicon';

/** The body a qualifier points back to ("dinas tersebut"): an organisation's head word in
 *  lower case, or "instansi" (an agency in general, which opens no body's name). */
function bodyNoun(word: string): boolean {
  return ORG_HEADS.has(word) || word === 'instansi';
}

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
  if (p.charCodeAt(noun.start) < 97 || !bodyNoun(p.slice(noun.start, noun.end))) return -1;
  const dem = wordAfter(p, noun.end);
  if (dem === null || dem.start !== noun.end + 1 || !DEMONSTRATIVE_WORDS.hasAt(p, dem.start, dem.end)) return -1;
  return dem.end;
}
