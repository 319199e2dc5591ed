// "BPBD Kabupaten Garut … logistik BPBD ke lokasi", "DPRD Kabupaten Jember … rapat DPRD pekan
// lalu": an acronym that the paragraph pass made weak for want of evidence around it
// (actors/acronym-evidence.ts) is confirmed when the article names a body with it as the first
// word (issue 13, actors51b). Read before the passes that give a bare body the identity of
// the one body named in full (clubs, regional bodies), so that it takes it too.
import type { ActorMention } from './types';

const ACRONYM = /^[A-Z]{2,6}$/;

/** Tells `confirm(k)` of each weak (`isWeak`) organisation acronym whose text is the first word
 *  of kept (`isKept`) organisations' names of two words or more, all of one identity. Two walks
 *  over the mentions. */
export function confirmAcronymsOfNamedBodies(mentions: readonly ActorMention[], isWeak: (k: number) => boolean,
  isKept: (k: number) => boolean, confirm: (k: number) => void): void {
  let weak: number[] | undefined;
  for (let k = 0; k < mentions.length; k++) if (isWeak(k) && mentions[k].type === 'ORG' && ACRONYM.test(mentions[k].text)) (weak ??= []).push(k);
  if (weak === undefined) return;
  // The acronym → the one name it starts; two different names ("DPRD Garut", "DPRD Jawa
  // Barat") leave the bare acronym ambiguous, and it stays weak (merge of actors51 and 51b).
  const namesByFirstWord = new Map<string, string | null>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'ORG' || !isKept(k)) continue;
    const space = m.text.indexOf(' ');
    if (space <= 0) continue;
    const first = m.text.slice(0, space);
    const seen = namesByFirstWord.get(first);
    namesByFirstWord.set(first, seen === undefined || seen === m.canonical ? m.canonical : null);
  }
  for (const k of weak) if (namesByFirstWord.get(mentions[k].text) ?? null) confirm(k);
}
