// Codes an article declares for something that is no actor: a person's initials
// ("berinisial SR dan MH", annotation spec: suspects by initials are no actors) and a
// listed company's ticker ("PT … Tbk (BKNS)", a code, not a name). The rule `initials`
// skips the initials where they are declared; later in the article "SR, mantan kepala
// sekolah, …" or "saham BKNS" stand alone and read as acronyms of organisations.

// Sticky: tried only where the cue scan found the cue word, never scanned over the whole
// text (a long text, the analyze bench's 20 MB, has thousands of cues).
const INITIALS_AFTER = /\s+([A-Z]{1,4}(?:(?:,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+)[A-Z]{1,4}\b)*)/y;
const INITIALS_SEPARATOR = /,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+/;
const TICKER_AFTER = /\.?\s+\(([A-Z]{4})\)/y;
/** Both cue words in one pass over the text: two indexOf loops read a 20 MB text twice,
 *  and "inisial" alone cost twice this scan (its first letter is everywhere in
 *  Indonesian). The two words share no letter, so no match hides another. */
const CUES = /inisial|Tbk/g;

/** The codes declared in `text`, or undefined when there are none. */
export function declaredCodes(text: string): Set<string> | undefined {
  let codes: Set<string> | undefined;
  CUES.lastIndex = 0;
  while (CUES.test(text)) {
    const after = CUES.lastIndex;
    if (text.charCodeAt(after - 1) === 107 /* k: Tbk */) {
      TICKER_AFTER.lastIndex = after;
      const m = TICKER_AFTER.exec(text);
      if (m) (codes ??= new Set()).add(m[1]);
    } else {
      INITIALS_AFTER.lastIndex = after;
      const m = INITIALS_AFTER.exec(text);
      if (m) for (const code of m[1].split(INITIALS_SEPARATOR)) (codes ??= new Set()).add(code);
    }
  }
  return codes;
}
