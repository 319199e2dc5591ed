// Codes an article declares for something that is no actor: a brand ("bermerek Krispi
// Ceria": a product, no actor), a person's initials
// ("berinisial SR dan MH", annotation spec: suspects by initials are no actors) and a
// listed company's ticker ("PT … Tbk (BKNS)", "saham ANTM": a code, not a name). The rule `initials`
// skips the initials where they are declared; later in the article "SR, mantan kepala
// sekolah, …" or "saham BKNS" stand alone and read as acronyms of organisations.

// Sticky: tried only where the cue scan found the cue word, never scanned over the whole
// text (a long text, the analyze bench's 20 MB, has thousands of cues).
const INITIALS_AFTER = /\s+([A-Z]{1,4}(?:(?:,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+)[A-Z]{1,4}\b)*)/y;
const INITIALS_SEPARATOR = /,\s+dan\s+|,\s+|\s+dan\s+|\s+serta\s+/;
const TICKER_AFTER = /\.?\s+\(([A-Z]{4})\)/y;
/** "saham ANTM", "kode saham BBRI": the Indonesian exchange's tickers are four capitals. */
const TICKER_AFTER_SHARE = /\s+(?:berkode\s+|dengan\s+kode\s+)?([A-Z]{4})(?![\p{L}\p{N}])/uy;
/** A brand after "merek" / "bermerek": up to three capitalised words ("Krispi Ceria"), on
 *  the same line ("… tanpa merek" ending a paragraph declares no brand). */
const BRAND_AFTER = /[ \u00a0]+(\p{Lu}[\p{L}\p{N}'-]*(?: \p{Lu}[\p{L}\p{N}'-]*){0,2})/uy;
/** The cue words in one pass over the text: an indexOf loop per word reads a 20 MB text
 *  once each, and "inisial" alone cost twice this scan (its first letter is everywhere in
 *  Indonesian). No cue is a suffix of another's start, so no match hides another. */
const CUES = /inisial|Tbk|merek|[sS]aham/g;

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
    } else if (last === 109 /* m: saham */) {
      TICKER_AFTER_SHARE.lastIndex = after;
      const m = TICKER_AFTER_SHARE.exec(text);
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
  return initialsWithAge(text, codes);
}

/** "nakhoda AS (41), serta dua ABK, RZ (29) dan TKH (35)": Indonesian crime and court news
 *  gives a suspect's or a victim's initials with the age in brackets right after, often
 *  without "berinisial" (issue 13's leftover "TKH (35)" read as an organisation). Two to
 *  four capitals standing alone before " (NN)" are a person's initials, no actor, here and
 *  wherever they stand again. Found with an indexOf loop on " (", rarer than any letter. */
function initialsWithAge(text: string, codes: Set<string> | undefined): Set<string> | undefined {
  for (let k = text.indexOf(' ('); k !== -1; k = text.indexOf(' (', k + 2)) {
    if (!isDigit(text.charCodeAt(k + 2))) continue;
    const close = isDigit(text.charCodeAt(k + 3)) ? k + 4 : k + 3;
    if (text.charCodeAt(close) !== 41 /* ) */) continue;
    let s = k;
    while (s > 0 && s > k - 5 && isCapital(text.charCodeAt(s - 1))) s--;
    const n = k - s;
    if (n < 2 || n > 4 || (s > 0 && isLetterOrDigit(text.charCodeAt(s - 1)))) continue;
    (codes ??= new Set()).add(text.slice(s, k));
  }
  return codes;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A letter (any script, cheaply: ASCII letters or anything above 0x7f) or a digit. */
function isLetterOrDigit(c: number): boolean {
  return isDigit(c) || isCapital(c) || (c >= 97 && c <= 122) || c > 127;
}
