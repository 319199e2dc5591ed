// Codes an article declares for something that is no actor: a person's initials
// ("berinisial SR dan MH", annotation spec: suspects by initials are no actors) and a
// listed company's ticker ("PT … Tbk (BKNS)", a code, not a name). The rule `initials`
// skips the initials where they are declared; later in the article "SR, mantan kepala
// sekolah, …" or "saham BKNS" stand alone and read as acronyms of organisations.

const INITIALS = /\b(?:ber)?inisial\s+([A-Z]{1,4}(?:(?:,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+)[A-Z]{1,4}\b)*)/g;
const INITIALS_SEPARATOR = /,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+/;
const TICKER = /\bTbk\.?\s+\(([A-Z]{4})\)/g;

/** The codes declared in `text`, or undefined when there are none (the common case, found
 *  with two substring tests before any regular expression runs). */
export function declaredCodes(text: string): Set<string> | undefined {
  let codes: Set<string> | undefined;
  if (text.includes('inisial')) {
    for (const m of text.matchAll(INITIALS)) for (const code of m[1].split(INITIALS_SEPARATOR)) (codes ??= new Set()).add(code);
  }
  if (text.includes('Tbk')) for (const m of text.matchAll(TICKER)) (codes ??= new Set()).add(m[1]);
  return codes;
}
