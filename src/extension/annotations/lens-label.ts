// The label above an annotated line (decorations.ts): what each annotation of the line
// says, briefly ("stance: Vladimir Putin against pasukan Barat · source: Reuters (agency,
// reported)"), as brat and INCEpTION show a label on the span. A CodeLens is one line that
// VS Code cuts at the editor's edge without an ellipsis, so the label is kept short here:
// each annotation's words are cut with "…" (clipLine, as describe.ts excerpt() cuts) to a
// fair share of the line, and what does not fit at all is counted ("and 2 more"). The
// full text stays in the hover and the tooltip.
// No vscode import: the adapter passes the translated parts in.
import { clipLine } from '../../core/text/clip';

/** One annotation on the line: its kind as shown ("stance", "stance (budi)") and what it
 *  says (describe.ts summary()). */
export interface LabelPart {
  head: string;
  says: string;
}

/** The whole label, in characters: read at a glance, and in view in a narrow editor (the
 *  text column of a 1000 px window with the side bar open holds about 70 characters of
 *  the lens's smaller font; an editor beside another, about as many). */
export const LABEL_CHARS = 80;
/** One annotation's words when the line has only it. */
export const SAYS_CHARS = 60;
/** Fewer characters of an annotation's words say nothing: show fewer annotations. */
export const SAYS_MIN = 18;
const SEPARATOR = ' · ';

/** `head: says` of each part, joined by " · ", at most about LABEL_CHARS long; `more(n)`
 *  words the n parts left out. */
export function lensLabel(parts: readonly LabelPart[], more: (n: number) => string): string {
  for (let shown = parts.length; shown > 1; shown--) {
    const label = fit(parts, shown, more);
    if (label !== undefined) return label;
  }
  return parts.length ? (fit(parts, 1, more, true) as string) : '';
}

/** The first `shown` parts (and the count of the rest) when each gets SAYS_MIN at least. */
function fit(parts: readonly LabelPart[], shown: number, more: (n: number) => string, anyway = false): string | undefined {
  const first = parts.slice(0, shown);
  const rest = parts.length - shown;
  const tail = rest ? [more(rest)] : [];
  const fixed = first.reduce((n, p) => n + p.head.length + 2, 0) + SEPARATOR.length * (first.length - 1 + tail.length) + (tail[0]?.length ?? 0);
  const shares = fairShares(first.map((p) => clipLine(p.says, SAYS_CHARS).length), LABEL_CHARS - fixed);
  if (!anyway && shares.some((share, i) => share < Math.min(SAYS_MIN, first[i].says.length))) return undefined;
  return [...first.map((p, i) => `${p.head}: ${clipLine(p.says, Math.max(shares[i], SAYS_MIN))}`), ...tail].join(SEPARATOR);
}

/** `budget` shared among words of these lengths: a short one takes only what it needs
 *  and leaves the rest to the longer ones. */
export function fairShares(lengths: readonly number[], budget: number): number[] {
  const shares = new Array<number>(lengths.length).fill(0);
  let left = Math.max(0, budget);
  const shortestFirst = lengths.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b]);
  for (let k = 0; k < shortestFirst.length; k++) {
    const each = Math.floor(left / (shortestFirst.length - k));
    const i = shortestFirst[k];
    if (lengths[i] > each) {
      for (const j of shortestFirst.slice(k)) shares[j] = each;
      break;
    }
    shares[i] = lengths[i];
    left -= lengths[i];
  }
  return shares;
}
