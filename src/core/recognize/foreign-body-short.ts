// "Kementerian Luar Negeri Malaysia memanggil duta besar … Kementerian Luar Negeri
// mengatakan …": news from abroad names a foreign body once with its country and then by
// its bare Indonesian name, which the KB files under Indonesia's own body of that name
// (Kementerian Luar Negeri is Indonesia's foreign ministry). Read that way, a foreign
// ministry's statement would be Indonesia's: a wrong identity, the worst error for a
// researcher asking who says what. Link pass, after the rules have named the foreign
// bodies (actors/foreign-ministry.ts) and the regional ones (bare-regional-body.ts, whose
// regions are Indonesia's: this file is about other countries).
import { isForeignCountry, isIndonesianPlace } from '../kb/country';
import type { KbIndex } from '../kb/kb-index';
import type { ActorMention } from './types';

/** Gives each bare body the KB knows (`kb(k)`: linked to a KB entity by its text) the
 *  identity of the foreign body named before it as that text followed by a country. Not
 *  when the article names two such bodies ("… Malaysia", "… Thailand"), writes the KB's
 *  body in another form as well (an acronym, "… RI": then the bare name may mean either),
 *  or has turned to Indonesia since the foreign body (a mention of Indonesia or a place in
 *  it: "Di Jakarta, Kementerian Perdagangan …" is Indonesia's again). `kept(k)`: the
 *  mention is kept. Mentions are in text order. */
export function foreignBodiesWrittenShort(ms: ActorMention[], kept: (k: number) => boolean, kb: (k: number) => boolean, kbIndex: KbIndex): void {
  // Bare name → the foreign body it opens (null: bodies of two identities); and the bare
  // name each full mention opens, by index.
  let foreign: Map<string, ActorMention | null> | undefined;
  const opens = new Map<number, string>();
  // Each distinct name looked up once: a long text repeats most names many times.
  const bareOf = new Map<string, string | null>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !kept(k)) continue;
    let bare = bareOf.get(m.text);
    if (bare === undefined) bareOf.set(m.text, (bare = bareBeforeCountry(m.text, kbIndex) ?? null));
    if (bare === null) continue;
    opens.set(k, bare);
    foreign ??= new Map();
    const had = foreign.get(bare);
    if (had === undefined) foreign.set(bare, m);
    else if (had !== null && had.canonical !== m.canonical) foreign.set(bare, null);
  }
  if (foreign === undefined) return;
  const writtenOtherwise = new Set<string>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type === 'ORG' && kept(k) && kb(k) && m.entityId !== undefined && !foreign.has(m.text)) writtenOtherwise.add(m.entityId);
  }
  // The bare names whose foreign body is in view: named in full, no Indonesian place since.
  const inView = new Set<string>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (!kept(k)) continue;
    if (m.type === 'GPE') {
      const place = m.entityId === undefined ? undefined : kbIndex.byId.get(m.entityId);
      if (place !== undefined && isIndonesianPlace(place)) inView.clear();
      continue;
    }
    if (m.type !== 'ORG') continue;
    const opened = opens.get(k);
    if (opened !== undefined) { inView.add(opened); continue; }
    const body = foreign.get(m.text);
    if (body === undefined || body === null || !inView.has(m.text) || !kb(k) || m.entityId === undefined || writtenOtherwise.has(m.entityId)) continue;
    m.canonical = body.canonical;
    if (body.entityId !== undefined) m.entityId = body.entityId;
    else delete m.entityId;
  }
}

/** The words of `name` before a foreign country that ends it ("Kementerian Pertanian" of
 *  "Kementerian Pertanian Thailand"), when there are two of them or more. */
function bareBeforeCountry(name: string, kbIndex: KbIndex): string | undefined {
  // The country is the last one to three words: "Thailand", "Korea Selatan", "Papua Nugini".
  let sp = name.lastIndexOf(' ');
  for (let words = 1; words <= 3 && sp > 0; words++, sp = name.lastIndexOf(' ', sp - 1)) {
    const place = kbIndex.lookup(name.slice(sp + 1));
    if (place !== undefined && isForeignCountry(place)) {
      const bare = name.slice(0, sp);
      return bare.indexOf(' ') > 0 ? bare : undefined;
    }
  }
  return undefined;
}
