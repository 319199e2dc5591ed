// Codes an article declares for something that is no actor: a person's initials
// ("berinisial SR dan MH", annotation spec: suspects by initials are no actors) and a
// listed company's ticker ("PT … Tbk (BKNS)", a code, not a name). The rule `initials`
// skips the initials where they are declared; later in the article "SR, mantan kepala
// sekolah, …" or "saham BKNS" stand alone and read as acronyms of organisations.

// Sticky: tried only where indexOf found the cue word, never scanned over the whole text
// (a long text, the analyze bench's 20 MB, has thousands of cues).
const INITIALS_AFTER = /\s+([A-Z]{1,4}(?:(?:,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+)[A-Z]{1,4}\b)*)/y;
const INITIALS_SEPARATOR = /,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+/;
const TICKER_AFTER = /\.?\s+\(([A-Z]{4})\)/y;

/** The codes declared in `text`, or undefined when there are none. */
export function declaredCodes(text: string): Set<string> | undefined {
  let codes: Set<string> | undefined;
  for (let at = text.indexOf('inisial'); at !== -1; at = text.indexOf('inisial', at + 7)) {
    INITIALS_AFTER.lastIndex = at + 7;
    const m = INITIALS_AFTER.exec(text);
    if (m) for (const code of m[1].split(INITIALS_SEPARATOR)) (codes ??= new Set()).add(code);
  }
  for (let at = text.indexOf('Tbk'); at !== -1; at = text.indexOf('Tbk', at + 3)) {
    TICKER_AFTER.lastIndex = at + 3;
    const m = TICKER_AFTER.exec(text);
    if (m) (codes ??= new Set()).add(m[1]);
  }
  return codes;
}
