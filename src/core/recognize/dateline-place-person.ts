// "Labuan Bajo - Video seorang wisatawan …" and later "… merusak nama Labuan Bajo yang …",
// "Kampung Ujung, Labuan Bajo, Manggarai Barat": a place the KB does not know that the
// article's dateline names is that place wherever the article writes the name again. With
// no cue of their own the paragraph pass typed those later mentions by the name model,
// which reads a two-word name as a person's (dev d339). The dateline is the article's own
// statement of where it is written: a person's name never stands there. Link pass, after
// the places inside a regency are dropped and before the people are resolved.
import { isDateline } from './dateline-mention';
import type { ActorMention } from './types';

/** What the link pass tells about mention k. */
export interface DatelinePlaceFacts {
  /** A place found by a rule (no KB name), kept. */
  unknownPlace(k: number): boolean;
  /** A person of two words or more found by a rule or the name model (no KB name), kept. */
  unknownPerson(k: number): boolean;
}

/** How far into the article a dateline is looked for (a headline and a line or two). */
const DATELINE_REACH = 400;
/** After a dateline's place, of the punctuation isDateline takes: its dash, or the comma
 *  before the outlet ("LABUAN BAJO, KOMPAS.com -"), not a comma alone ("Labuan Bajo, Manggarai
 *  Barat, …" opening a paragraph names a place in its region). */
const AFTER_DATELINE_PLACE = /^ ?(?:[-–—]|, ?[\p{L}.]+(?: ?[\p{L}.]+)? ?[-–—])/u;

/** Retypes as the dateline's place every unknown person whose name is the dateline's place. */
export function retypeDatelinePlaceNames(text: string, ms: ActorMention[], facts: DatelinePlaceFacts): void {
  let place: ActorMention | undefined;
  for (let k = 0; k < ms.length && ms[k].start < DATELINE_REACH; k++) {
    const m = ms[k];
    if (m.type !== 'GPE' || !facts.unknownPlace(k) || !isDateline(text, m)) continue;
    if (AFTER_DATELINE_PLACE.test(text.slice(m.end, m.end + 30))) { place = m; break; }
  }
  if (place === undefined || place.text.indexOf(' ') < 0) return;
  const name = place.canonical.toLowerCase();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'PER' || m.text.length !== name.length || !facts.unknownPerson(k) || m.text.toLowerCase() !== name) continue;
    m.type = 'GPE';
    m.canonical = place.canonical;
  }
}
