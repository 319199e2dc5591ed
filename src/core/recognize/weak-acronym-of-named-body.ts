// "Pelatih PSIS Semarang … bek PSIS pada menit ke-80", "DPRD Kabupaten Jember … bersama
// DPRD": an acronym that the paragraph pass made weak for want of evidence around it
// (actors/acronym-evidence.ts) is confirmed when the article names a body with it as the first
// word (issue 13, actors51b). Read before the passes that give a bare body the identity of
// the one body named in full (clubs, regional bodies), so that it takes it too.
import type { ActorMention } from './types';

const ACRONYM = /^[A-Z]{2,6}$/;

/** Tells `confirm(k)` of each weak (`isWeak`) organisation acronym whose text is the first word
 *  of a kept (`isKept`) organisation's name of two words or more. Two walks over the mentions. */
export function confirmAcronymsOfNamedBodies(mentions: readonly ActorMention[], isWeak: (k: number) => boolean,
  isKept: (k: number) => boolean, confirm: (k: number) => void): void {
  let weak: number[] | undefined;
  for (let k = 0; k < mentions.length; k++) if (isWeak(k) && mentions[k].type === 'ORG' && ACRONYM.test(mentions[k].text)) (weak ??= []).push(k);
  if (weak === undefined) return;
  const firstWords = new Set<string>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.type !== 'ORG' || !isKept(k)) continue;
    const space = m.text.indexOf(' ');
    if (space > 0) firstWords.add(m.text.slice(0, space));
  }
  for (const k of weak) if (firstWords.has(mentions[k].text)) confirm(k);
}
