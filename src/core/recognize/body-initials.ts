// "Pengurus Daerah Ikatan Apoteker Indonesia Nusa Tenggara Timur … Menurut IAI, …",
// "Balai Besar Wilayah Sungai Citarum … Kepala BBWS Citarum":
// regional news names a body in full once and then by its initials, without ever defining
// them in brackets (the brackets' case is resolveAcronyms' in link.ts and
// regional-acronym-body.ts). An unknown acronym that spells the initials of a body the
// article names is that body: written with the body's region, the body; written bare, the
// body when its name is a national one and a region ("IAI" is the chapter the article names,
// as a unit written without its body is the one body the article names: unit-parent-body.ts).
// Two bodies with the same initials leave the acronym as it was (session 51, dev d408, d98).
import type { ActorMention } from './types';
import { REGION_PREFIX_ALTERNATION } from './regional-names';

/** An acronym as a body's name opens with it ("IAI", "BBPJN"): capitals only. */
const ACRONYM = /^\p{Lu}{3,7}$/u;
/** A region's identity ("Kabupaten Pandeglang", "Provinsi Bali"). */
const REGION_PREFIXED = new RegExp(String.raw`^(?:${REGION_PREFIX_ALTERNATION}) \p{Lu}`, 'u');
/** The last word of a national body's name, before its chapter's region. */
const NATIONAL = 'Indonesia';
/** A hyphen before a capital inside a word ("Anti-Doping"). */
const HYPHEN_BEFORE_CAPITAL = /-\p{Lu}/u;
/** Longer names are no body's the news shortens to initials. */
const MAX_WORDS = 14;

/** Gives each mention (`unknown`: not found by the KB) that is an acronym the article does
 *  not define in brackets (`defined`), alone or with words after it, the identity of the one
 *  organisation whose identity it abbreviates, and tells `resolved(k)` of it: a weak one
 *  ("ke BANI", no evidence around it) is confirmed so (actors54b, dev d444). */
export function bodiesByInitials(ms: ActorMention[], unknown: (k: number) => boolean, defined: { has(acronym: string): boolean },
  resolved: (k: number) => void = () => {}): void {
  let wanted: Set<string> | undefined;
  let places: Set<string> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type === 'GPE') (places ??= new Set()).add(m.canonical);
    if (m.type !== 'ORG' || !unknown(k) || m.canonical !== m.text) continue;
    const sp = m.text.indexOf(' ');
    const first = sp < 0 ? m.text : m.text.slice(0, sp);
    if (ACRONYM.test(first) && !defined.has(first)) (wanted ??= new Set()).add(m.text);
  }
  if (wanted === undefined) return;
  // Each key the wanted acronyms are: the identity it abbreviates, null for two.
  const byKey = new Map<string, string | null>();
  const seen = new Set<string>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || seen.has(m.canonical) || wanted.has(m.canonical)) continue;
    seen.add(m.canonical);
    addKeys(m.canonical, wanted, places, byKey, false);
    // "Lembaga Anti-Doping Indonesia … LADI": a hyphenated word of capitalised parts gives
    // each part's initial (actors53, dev d446); offered besides the one-initial reading.
    if (HYPHEN_BEFORE_CAPITAL.test(m.canonical)) addKeys(m.canonical, wanted, places, byKey, true);
  }
  if (byKey.size === 0) return;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !unknown(k) || m.canonical !== m.text) continue;
    const full = byKey.get(m.text);
    if (full) { m.canonical = full; m.entityId = undefined; resolved(k); }
  }
}

/** Adds to `byKey` the keys among `wanted` that abbreviate `name`: the initials of its first
 *  words (capitalised words only: "Obat dan Makanan" is "OM"; with `hyphenParts`, each
 *  capitalised part of a hyphenated word: "Anti-Doping" is "AD") with the rest of the name after
 *  them, and the initials alone when the rest is a region (prefixed, a place the article
 *  names, or after "Indonesia") or nothing. */
function addKeys(name: string, wanted: ReadonlySet<string>, places: ReadonlySet<string> | undefined, byKey: Map<string, string | null>,
  hyphenParts: boolean): void {
  const words = name.split(' ');
  if (words.length < 3 || words.length > MAX_WORDS) return;
  let initials = '';
  for (let s = 0; s < words.length; s++) {
    const c = words[s].charCodeAt(0);
    if (c >= 97 && c <= 122) continue; // "dan", "untuk": no letter of the acronym
    if (!(c >= 65 && c <= 90)) return;
    initials += words[s][0];
    if (hyphenParts) for (let h = words[s].indexOf('-'); h > 0; h = words[s].indexOf('-', h + 1)) {
      const part = words[s].charCodeAt(h + 1);
      if (part >= 65 && part <= 90) initials += words[s][h + 1];
    }
    if (initials.length < 3) continue;
    const rest = words.slice(s + 1).join(' ');
    if (rest !== '') offer(byKey, `${initials} ${rest}`, name, wanted);
    if (rest === '' || words[s] === NATIONAL || REGION_PREFIXED.test(rest) || places?.has(rest)) offer(byKey, initials, name, wanted);
  }
}

function offer(byKey: Map<string, string | null>, key: string, name: string, wanted: ReadonlySet<string>): void {
  if (!wanted.has(key)) return;
  const had = byKey.get(key);
  byKey.set(key, had === undefined || had === name ? name : null);
}
