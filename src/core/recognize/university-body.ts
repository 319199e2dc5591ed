// "BEM Unmul", "BEM Untan" (link pass): an unknown acronym (or a group's name: "Forum Dosen
// Peduli Unsrat") right before a university the article has named by its short form is a
// body of that university, one organisation.
// The paragraph pass joins them only when the KB knows the university ("BEM UGM"); a
// short form the article itself defines ("Universitas Mulawarman (Unmul)") is known here.
// The joined name keeps its words as its identity here; unit-parent-body.ts spells a student
// executive's out ("Badan Eksekutif Mahasiswa Universitas Mulawarman").
import type { ActorMention } from './types';

const BODY_ACRONYM = /^[A-Z]{2,6}$/;
/** "Forum Dosen Peduli Unsrat", "Ikatan Alumni Unhas": a staff, student or alumni group named
 *  before the university's short form is the university's group, one organisation too. */
const GROUP_BODY = /^(?:Forum|Ikatan|Aliansi|Keluarga|Himpunan|Serikat|Persatuan|Perhimpunan|Paguyuban) \p{Lu}/u;
const UNIVERSITY = /^(?:Universitas|Institut|Universiti|University)\b/;

/** Joins each unknown acronym (`unknown(k)`) with the university mention one space after
 *  it; the university mention is dropped (`drop(k)`) and the acronym's mention, now of
 *  several words, reported (`grown(k)`: the linker keeps per mention whether it holds a
 *  space). */
export function joinBodiesOfUniversities(text: string, ms: ActorMention[], unknown: (k: number) => boolean, drop: (k: number) => void, grown: (k: number) => void): void {
  for (let k = 0; k + 1 < ms.length; k++) {
    const body = ms[k];
    if (body.type !== 'ORG' || !unknown(k) || !(BODY_ACRONYM.test(body.text) || GROUP_BODY.test(body.text))) continue;
    const uni = ms[k + 1];
    if (uni.type !== 'ORG' || !blanksBetween(text, body.end, uni.start) || !UNIVERSITY.test(uni.canonical) || uni.text === uni.canonical) continue;
    body.end = uni.end;
    body.text = text.slice(body.start, body.end);
    body.canonical = body.text;
    body.entityId = undefined;
    drop(k + 1);
    grown(k);
    k++;
  }
}

/** One or two spaces or no-break spaces, and nothing else, in [from, to). */
function blanksBetween(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}
