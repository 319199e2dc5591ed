// Codes an article declares for something that is no actor: a brand ("bermerek Krispi
// Ceria": a product, no actor), a person's initials
// ("berinisial SR dan MH", annotation spec: suspects by initials are no actors) and a
// listed company's ticker ("PT … Tbk (BKNS)", a code, not a name). The rule `initials`
// skips the initials where they are declared; later in the article "SR, mantan kepala
// sekolah, …" or "saham BKNS" stand alone and read as acronyms of organisations.

// Sticky: tried only where the cue scan found the cue word, never scanned over the whole
// text (a long text, the analyze bench's 20 MB, has thousands of cues).
const INITIALS_AFTER = /\s+([A-Z]{1,4}(?:(?:,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+)[A-Z]{1,4}\b)*)/y;
const INITIALS_SEPARATOR = /,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+/;
const TICKER_AFTER = /\.?\s+\(([A-Z]{4})\)/y;
/** A brand after "merek" / "bermerek": up to three capitalised words ("Krispi Ceria"), on
 *  the same line ("… tanpa merek" ending a paragraph declares no brand). */
const BRAND_AFTER = /[ \u00a0]+(\p{Lu}[\p{L}\p{N}'-]*(?: \p{Lu}[\p{L}\p{N}'-]*){0,2})/uy;
/** The cue words in one pass over the text: an indexOf loop per word reads a 20 MB text
 *  once each, and "inisial" alone cost twice this scan (its first letter is everywhere in
 *  Indonesian). No cue is a suffix of another's start, so no match hides another. */
const CUES = /inisial|Tbk|merek/g;

/** The codes declared in `text`, or undefined when there are none. */
export function declaredCodes(text: string): Set<string> | undefined {
  let codes: Set<string> | undefined;
  CUES.lastIndex = 0;
  while (CUES.test(text)) {
    const after = CUES.lastIndex;
    const last = text.charCodeAt(after - 1);
    if (last === 107 && text.charCodeAt(after - 2) === 101 /* ek: merek */) {
      BRAND_AFTER.lastIndex = after;
      const m = BRAND_AFTER.exec(text);
      if (m) (codes ??= new Set()).add(m[1]);
    } else if (last === 107 /* k: Tbk */) {
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
