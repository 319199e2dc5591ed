// "Pengurus Pusat IMI", "PB NU": a federation's or a mass organisation's central board written
// before the organisation's name stands for the organisation (eval/README.md: a federation's
// "PB" takes the federation's identity; "Pengurus Pusat IMI" is IMI). actors/board-prefix.ts
// joins the level to the name and leaves it out of an identity written in full; where the
// organisation after the level is one the KB knows by that name ("IMI"), the identity is the
// KB's. The KB's own board-prefixed aliases ("PP PBSI", "PB PASI") are read by the KB itself.
import type { KbIndex } from '../kb/kb-index';
import type { ActorMention } from './types';

/** A central board's level, written out or short, before a capitalised name. */
const CENTRAL_BOARD = /^(?:Pengurus (?:Besar|Pusat)|PB|PP) (?=\p{Lu})/u;

/** Gives each organisation (`unknown`: not found by the KB) named as written as a central
 *  board before a name the KB knows as an organisation that organisation's identity. */
export function boardsToTheirOrganisation(ms: ActorMention[], unknown: (k: number) => boolean, kb: KbIndex): void {
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || m.canonical !== m.text || !unknown(k)) continue;
    const level = CENTRAL_BOARD.exec(m.text);
    if (level === null) continue;
    const known = kb.lookup(m.text.slice(level[0].length));
    if (known === undefined || known.type !== 'ORG') continue;
    m.canonical = known.canonical;
    m.entityId = known.id;
  }
}
