// "Tribun-Timur.com", "TRIBUN-TIMUR.COM", "Pos-Kupang.com": a regional outlet the KB does
// not know, written as its hyphenated web domain, is named as the KB names the ones it
// knows ("Tribun-Medan.com" → Tribun Medan): the domain's labels as words, the top-level
// domain dropped, each word capitalised as a name ("TIMUR" → "Timur").
import type { LocalMention } from '../mention';
import { OUTLET_TOP_LEVEL } from './domains';

const TOP_LEVEL = new RegExp(`\\.(?:${OUTLET_TOP_LEVEL})$`, 'i');

/** The outlet's name for the hyphenated domain `surface`. */
export function outletDomainName(surface: string): string {
  return surface.replace(TOP_LEVEL, '').split('-').map(asName).join(' ');
}

/** Names the mention last pushed (the domain) by its outlet's name. */
export function nameOutletDomain(out: LocalMention[], start: number): void {
  const last = out[out.length - 1];
  if (last && last.start === start && last.entityId === undefined) last.canonical = outletDomainName(last.canonical);
}

function asName(word: string): string {
  return word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word;
}
