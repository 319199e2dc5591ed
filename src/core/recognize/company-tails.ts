// The last words that end a company's name in English, Malay or Indonesian trade names
// ("Samudra Investa Sekuritas", "Gunung Sewu Group", "Aurora Seas Cruises"): one list for
// the rules that need to know a run of capitalised words is a company. A name ending in
// one is an organisation (the lexicon's ORG_TAILS takes them all), a company after a
// geographic head ("Samudra Airlines", not a sea: actors/rules/non-actor-head.ts), and a
// company that "perusahaan" points back to ("…,” tulis perusahaan yang bermarkas di
// Miami itu.", body-anaphor.ts) as a name with PT or Tbk is.
// Carriers are named by their trade ("Cruises", "Lines", "Airways"): a cruise operator's
// English name was read as a person's before, and so were a trading house's and a biotech
// firm's and a food maker's ("… Coffee Trading", "… Biotech", "… Foods": dev d450, d399, d294).
/** English legal words that end a company's name, and may follow its trade word ("Highland
 *  Tea Trading Company Limited": actors/rules/unknown-name.ts runs the name on over them). */
export const ENGLISH_LEGAL_WORDS: ReadonlySet<string> = new Set(['company', 'corporation', 'limited', 'ltd', 'inc', 'llc', 'plc']);

export const COMPANY_TAILS: ReadonlySet<string> = new Set(['sekuritas', 'securities', 'group', 'corp', 'holdings',
  'capital', 'partners', 'fund', 'ventures', 'energy', 'oil', 'gas', 'motors', 'labs', 'berhad', 'bhd', 'bank',
  'airlines', 'airways', 'cruises', 'lines', 'shipping', 'logistics', 'trading', 'biotech', 'foods', ...ENGLISH_LEGAL_WORDS]);

/** The last word of `name` (trailing dots aside: "Inc.") is a company tail. */
export function endsWithCompanyTail(name: string): boolean {
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 46) end--;
  const space = name.lastIndexOf(' ', end - 1);
  return space > 0 && COMPANY_TAILS.has(name.slice(space + 1, end).toLowerCase());
}
