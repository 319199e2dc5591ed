// Tokens that can be part of a name: words starting with an upper-case letter, with a
// trailing web-domain suffix kept ("KOMPAS.com", "TEMPO.CO") and inner apostrophes
// ("O'Brien"). Lower-case words are never scanned: the recognizer only peeks at the
// few around a candidate, which keeps the whole pass close to one regex scan.

export interface Token {
  start: number;
  end: number;
}

// The lookbehind stops "iPhone" yielding "Phone"; the domain suffix is matched
// case-insensitively because outlets write both ".com" and ".CO".
const CAP_TOKEN = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}]*)?(?:\.(?:[cC][oO]\.[iI][dD]|[cC][oO][mM]|[cC][oO]|[iI][dD])(?![\p{L}\p{N}]))?/gu;

export function capitalisedTokens(text: string): Token[] {
  const out: Token[] = [];
  CAP_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAP_TOKEN.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
