// File names for new articles, derived from the headline: lower-case ASCII words joined
// by hyphens ("Prabowo Sampaikan RAPBN 2026" -> "prabowo-sampaikan-rapbn-2026"), the
// naming the sample corpus uses. Pure, unit-tested.

const MAX_SLUG_CHARS = 60;

export function slugOf(headline: string): string {
  const ascii = headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "é" -> "e"
    .toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG_CHARS) break;
    slug = next;
  }
  // a headline of only symbols or non-Latin script still needs a usable name
  return slug || (words[0] ?? '').slice(0, MAX_SLUG_CHARS) || 'artikel';
}

/** `<slug>.txt`, or `<slug>-2.txt`, `-3`... when the name is taken. */
export function uniqueFileName(slug: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${slug}.txt` : `${slug}-${n}.txt`;
    if (!taken(name)) return name;
  }
}
