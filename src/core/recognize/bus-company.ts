// "PO Sampri Jaya", "PO Lintas Jaya": "PO" (Perusahaan Otobus) heads a bus company's name.
// It is also the pre-order of shops and ticket sellers ("membuka PO Redmi Note 14", "PO
// Tiket Konser Jakarta"), so it heads a name only where the text speaks of buses: in the
// paragraph for the paragraph pass (organisation-head.ts, which can see no further), else
// near it in the article for the link pass, which keeps the name the paragraph pass gave
// as weak.

/** Words of bus travel: the bus, its company, fleet, route, crew, riders and stations. */
const BUS_CUE = /(?<![\p{L}\p{N}])(?:bus|bis|otobus|armada|penumpang|terminal|sopir|supir|pengemudi|kernet|trayek|angkutan|akap|akdp)(?![\p{L}\p{N}])/iu;

/** How far from a name the link pass looks for a bus word, each way: an article, not a
 *  long text read end to end for each name. */
const NEAR = 5000;

/** The lowercase head, as ORG_HEADS (lexicon.ts) lists it. */
export const BUS_COMPANY_HEAD = 'po';

/** `s` (a paragraph) speaks of buses. */
export function speaksOfBuses(s: string): boolean {
  return BUS_CUE.test(s);
}

/** The article speaks of buses near `at`. */
export function busesNear(text: string, at: number): boolean {
  return BUS_CUE.test(text.slice(Math.max(0, at - NEAR), Math.min(text.length, at + NEAR)));
}

/** `text` opens with the head ("PO Sampri Jaya", any case). */
export function headedAsBusCompany(text: string): boolean {
  return text.length > 3 && (text.charCodeAt(0) | 32) === 112 && (text.charCodeAt(1) | 32) === 111 && text.charCodeAt(2) === 32;
}
