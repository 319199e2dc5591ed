// "Propam Polda Sumsel": a national police division's short name right before a regional
// office names the office's unit (the Polda's Bidang Propam), not the national division.
// The paragraph pass joins the two (actors/rules/organisation-head.ts); the link pass gives
// the short name alone, later in the article, the one regional unit the article named.
import type { ActorMention } from './types';

/** National divisions (by KB id) whose short name also names their units in a regional
 *  office: the short name, and the unit's title there by the office's head. */
export const DIVISION_UNITS: ReadonlyMap<string, { short: string; titles: ReadonlyMap<string, string> }> = new Map([
  ['divisi-profesi-dan-pengamanan-kepolisian-negara-republik-indonesia', {
    short: 'Propam',
    titles: new Map([
      ['polda', 'Bidang Profesi dan Pengamanan'], ['polres', 'Seksi Profesi dan Pengamanan'], ['polresta', 'Seksi Profesi dan Pengamanan'],
      ['polrestabes', 'Seksi Profesi dan Pengamanan'], ['polsek', 'Seksi Profesi dan Pengamanan'],
    ]),
  }],
]);

/** Each division's distinct unit titles, made once: the first walk below asks them of
 *  every unknown organisation of every article. */
const UNIT_TITLES: ReadonlyArray<[id: string, titles: readonly string[]]> = [...DIVISION_UNITS].map(([id, d]) => [id, [...new Set(d.titles.values())]]);

/** Mentions of a division by its short name alone ("Propam") take the identity of the one
 *  regional unit of it the article names ("Propam Polda Sumsel"), if there is exactly one
 *  and the article does not name the national division otherwise ("Propam Polri"). */
export function bareDivisionsToRegionalUnit(ms: ActorMention[]): void {
  let units: Map<string, Set<string>> | undefined;
  for (const m of ms) {
    if (m.type !== 'ORG' || m.entityId !== undefined) continue;
    for (const [id, titles] of UNIT_TITLES) {
      for (const title of titles) {
        if (!m.canonical.startsWith(title + ' ')) continue;
        units ??= new Map();
        let set = units.get(id);
        if (!set) units.set(id, set = new Set());
        set.add(m.canonical);
      }
    }
  }
  if (units === undefined) return;
  for (const m of ms) {
    const division = m.entityId === undefined ? undefined : DIVISION_UNITS.get(m.entityId);
    if (division !== undefined && m.text !== division.short) units.delete(m.entityId as string);
  }
  for (const m of ms) {
    const unit = m.entityId === undefined ? undefined : units.get(m.entityId);
    if (unit === undefined || unit.size !== 1) continue;
    m.canonical = unit.values().next().value as string;
    m.entityId = undefined;
  }
}
