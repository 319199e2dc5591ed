// Tokens that can be part of a name: words starting with an upper-case letter, with a
// trailing web-domain suffix kept ("KOMPAS.com", "TEMPO.CO") and inner apostrophes
// ("O'Brien"). Lower-case words are never scanned: the recognizer only peeks at the
// few around a candidate, which keeps the whole pass close to one regex scan.
import { isWordChar } from './chars';

export interface Token {
  start: number;
  end: number;
}

// The regex is kept as simple as the benchmark's floor scan; the rarer refinements
// (not inside a word, apostrophes, domain suffixes) are checked by hand on each hit.
const CAP_TOKEN = /\p{Lu}[\p{L}\p{M}\p{N}]*/gu;
const LETTER = /\p{L}/u;
const DOMAIN = /^\.(?:co\.id|com|co|id)(?![\p{L}\p{N}])/iu;

export function capitalisedTokens(text: string): Token[] {
  const out: Token[] = [];
  CAP_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAP_TOKEN.exec(text)) !== null) {
    const start = m.index;
    let end = CAP_TOKEN.lastIndex; // not m[0].length: that would build the match string
    // "iPhone": a capital inside a word does not start a token.
    if (start > 0) {
      const b = text.charCodeAt(start - 1);
      if (b < 128 ? (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) : isWordChar(b)) continue;
    }
    const next = text.charCodeAt(end);
    if ((next === 39 || next === 0x2019) && LETTER.test(text.charAt(end + 1))) {
      // "O'Brien", "Ma’ruf": the apostrophe and the letters after it belong to the word.
      end += 2;
      while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
      CAP_TOKEN.lastIndex = end;
    } else if (next === 46) {
      const d = DOMAIN.exec(text.slice(end, end + 8));
      if (d) {
        end += d[0].length;
        CAP_TOKEN.lastIndex = end;
      }
    }
    out.push({ start, end });
  }
  return out;
}
