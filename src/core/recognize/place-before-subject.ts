// "Presiden Prancis Emmanuel Macron …", "Pelatih kepala asal Korea Selatan, Kim Tae-hoon,
// terlihat berteriak …", "Di Surabaya, Rudi Hartono …": a place named inside the subject's
// title or in a fronted place adjunct stands before the person, yet the person opens the
// sentence. The speech-event pass took the first name of the sentence for its subject, so a
// place there left the person out of the floor, and a following quote with no attribution
// went to the speaker before. A place that is itself the subject ("Jakarta menyambut
// Presiden Macron …") is followed by a lower-case word before the person: it still blocks; so
// does a place deep in a sentence that opened otherwise ("Pernyataan itu menanggapi keluhan
// sejumlah kepala daerah, termasuk Gubernur Jawa Barat Dedi Mulyadi, …"): the places must
// stand in the sentence's opening phrase, after at most MAX_LEAD lower-case words and no comma.
// A body in the title after its head counts too when the name stands in apposition after it
// ("Kepala Satpol PP Kota Bandung, Rasdian, …"; anaphor48): a body opening the sentence blocks.
import { isUpper, isWordChar } from '../text/chars';
import type { LocalMention } from './mention';

/** Lower-case words a title or fronted adjunct may hold before its place ("Pelatih kepala asal"). */
const MAX_LEAD = 3;

/** mentions[from .. person) are all places, the first after at most MAX_LEAD lower-case words
 *  and no comma from the sentence start `sentence`, with no lower-case word between the last
 *  of them and mentions[person] (only blanks, commas, or capitalised words of the title). */
export function onlyPlacesBefore(p: string, mentions: readonly LocalMention[], sentence: number, from: number, person: number): boolean {
  if (from < 0 || from >= person) return false;
  // "Kepala Satpol PP Kota Bandung, Rasdian, memimpin …": a body inside the person's title,
  // after the title's head, stands before the person as a place does; a body opening the
  // sentence is its subject ("Polri menangkap Budi …": blocked by the verb anyway).
  let words = 0;
  for (let k = from; k < person; k++) if (mentions[k].type !== 'GPE' && mentions[k].type !== 'ORG') return false;
  let lower = 0;
  for (let k = sentence; k < mentions[from].start; k++) {
    if (isWordChar(p.charCodeAt(k)) && (k === sentence || !isWordChar(p.charCodeAt(k - 1)))) words++;
    const c = p.charCodeAt(k);
    if (c === 44) return false;
    if (isWordChar(c) && (k === sentence || !isWordChar(p.charCodeAt(k - 1))) && !isUpper(c) && ++lower > MAX_LEAD) return false;
  }
  // (a body only before a name set off in apposition: "Kepala Dinas PU Budi hadir." keeps the
  // floor where it was, as the dialogue rules expect)
  const apposed = mentions[person].start >= 2 && p.charCodeAt(mentions[person].start - 2) === 44;
  if (words === 0 || !apposed) for (let k = from; k < person; k++) if (mentions[k].type === 'ORG') return false;
  const to = mentions[person].start;
  for (let k = mentions[person - 1].end; k < to; k++) {
    const c = p.charCodeAt(k);
    if (isWordChar(c) && !isWordChar(p.charCodeAt(k - 1)) && !isUpper(c)) return false;
  }
  return true;
}
