// What makes a KB place a country: one reading for every rule that asks (foreign bodies,
// ministries and embassies, an organisation's extent before a place). The KB has no kind
// field for places; its one-line English description says what the place is
// ("Country in Southeast Asia", "Island country in Oceania", "City-state in Southeast
// Asia", "Partially recognised state in Western Asia"), as a workspace entry's can.
import type { KbEntity } from './types';

const COUNTRY_DESCRIPTION = /(?:^|\s)country\b|^Sovereign state|^City-state\b|^Partially recognised state\b|^Self-governing island\b/i;

/** The KB entity is a country (or a state standing for one in the news). */
export function isCountry(e: KbEntity): boolean {
  return e.type === 'GPE' && COUNTRY_DESCRIPTION.test(e.description.en);
}

/** A country other than Indonesia: its bodies are not Indonesia's. */
export function isForeignCountry(e: KbEntity): boolean {
  return isCountry(e) && e.canonical !== 'Indonesia';
}
