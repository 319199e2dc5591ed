// "FOTO: Panen Raya, Harga Cabai Rawit Anjlok", "Piala AFF Futsal Putri 2026": a run of
// capitalised everyday words (a title-case headline, the name of a competition or a product)
// is read as a person for want of any clue. Where the article writes the same words as a
// common phrase, in lower case ("saat panen raya", "tim futsal putri") or opening a sentence
// with only its first capital ("Harga cabai rawit di tingkat petani …"), they are that phrase:
// names are not written so. common-noun-starts.ts does this for one word opening a sentence;
// this is its counterpart for runs of words anywhere (issue 13, actors51b: dev headlines and
// event names of three articles read as people). A run with a speaker's words around it
// ("Lurah Sri Rejeki menyebut …", person-context.ts) is a person's name all the same (fix51b).
import { isWordCharAt } from '../kb/surface';
import { KnownNouns } from './known-nouns';
import { speakerContext } from './person-context';
import type { ActorMention } from './types';

/** How far on each side of a run its common form is looked for (as common-noun-starts.ts). */
const WINDOW = 2_000;

/** Drops (`drop(k)`) each run of two words or more `isCandidate` offers that the text near it
 *  writes as a common phrase, and each person `isPerson` offers whose identity (the fullest
 *  name the link pass gave it: "Harga" for "Harga Bawang Merah") is such a run. Only runs
 *  whose later words the article writes in lower case somewhere (KnownNouns, one walk over
 *  the text) are searched for: nearly no name is. */
export function dropCommonPhrasePeople(text: string, mentions: readonly ActorMention[], isCandidate: (k: number) => boolean,
  isPerson: (k: number) => boolean, drop: (k: number) => void): void {
  let known: KnownNouns | undefined;
  let phrases: Set<string> | undefined;
  // (each run's text asked of KnownNouns once: the answer holds wherever the run stands)
  let laterKnown: Map<string, boolean> | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const space = m.text.indexOf(' ');
    if (space < 0 || !isCandidate(k)) continue;
    // (an identity found a phrase already is not searched for again near its other occurrences)
    if (phrases?.has(m.canonical)) continue;
    known ??= new KnownNouns(text);
    laterKnown ??= new Map();
    let later = laterKnown.get(m.text);
    if (later === undefined) laterKnown.set(m.text, (later = laterWordsKnown(m.text, space, known)));
    if (!later) continue;
    if (writtenAsCommonPhraseNear(text, m.text, m.start)) (phrases ??= new Set()).add(m.canonical);
  }
  if (phrases === undefined) return;
  // ("Ketua RT Adil Makmur mengatakan warga ingin hidup adil makmur": a person named where a
  // speaker's words stand around the run keeps every mention)
  let speakers: Set<string> | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (phrases.has(m.canonical) && isPerson(k) && speakerContext(text, m.start, m.end)) (speakers ??= new Set()).add(m.canonical);
  }
  for (let k = 0; k < mentions.length; k++) {
    const c = mentions[k].canonical;
    if (phrases.has(c) && !speakers?.has(c) && isPerson(k)) drop(k);
  }
}

function laterWordsKnown(run: string, firstSpace: number, known: KnownNouns): boolean {
  for (let from = firstSpace + 1; from < run.length;) {
    const next = run.indexOf(' ', from);
    const end = next < 0 ? run.length : next;
    if (!known.has(run.slice(from, end))) return false;
    from = end + 1;
  }
  return true;
}

/** The text within WINDOW of `at` holds `run` in lower case, or with only its first letter a
 *  capital, as words of their own. */
function writtenAsCommonPhraseNear(text: string, run: string, at: number): boolean {
  const lower = run.toLowerCase();
  const opening = run.charAt(0) + lower.slice(1);
  const from = Math.max(0, at - WINDOW);
  const near = text.slice(from, Math.min(text.length, at + run.length + WINDOW));
  return occursAsWords(near, lower) || (opening !== run && occursAsWords(near, opening));
}

function occursAsWords(near: string, phrase: string): boolean {
  for (let k = near.indexOf(phrase); k >= 0; k = near.indexOf(phrase, k + 1)) {
    if ((k === 0 || !isWordCharAt(near, k - 1)) && (k + phrase.length >= near.length || !isWordCharAt(near, k + phrase.length))) return true;
  }
  return false;
}
