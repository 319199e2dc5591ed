// The label above an annotated line (decorations.ts): what each annotation of the line
// says, briefly ("stance: Vladimir Putin against pasukan Barat · source: Reuters (agency,
// reported)"), as brat and INCEpTION show a label on the span. A CodeLens is one line that
// VS Code cuts at the editor's edge without an ellipsis, so the label is kept short here:
// each annotation's words are cut with "…" (clipLine, as describe.ts excerpt() cuts) to a
// fair share of the line, and what does not fit at all is counted ("and 2 more"). A long
// list of annotators is shortened ("stance (budi +4)") before any words are cut, and the
// label never runs past LABEL_CHARS. The full text stays in the hover and the tooltip.
// No vscode import: the adapter passes the translated parts in.
import { clipLine } from '../../core/text/clip';

/** One annotation on the line: its kind as shown ("stance", "stance, needs review"), who
 *  made it when annotators are named, and what it says (describe.ts summary()). */
export interface LabelPart {
  head: string;
  annotators?: readonly string[];
  says: string;
}

/** The head with its annotators in words ("stance (budi, rina)"): the adapter's translated
 *  pattern. */
export type NamedHead = (head: string, annotators: string) => string;
const plainNamedHead: NamedHead = (head, annotators) => `${head} (${annotators})`;

/** The whole label, in characters: read at a glance, and in view in a narrow editor (the
 *  text column of a 1000 px window with the side bar open holds about 70 characters of
 *  the lens's smaller font; an editor beside another, about as many). */
export const LABEL_CHARS = 80;
/** One annotation's words when the line has only it. */
export const SAYS_CHARS = 60;
/** Fewer characters of an annotation's words say nothing: show fewer annotations. */
export const SAYS_MIN = 18;
const SEPARATOR = ' · ';

/** `head: says` of each part (the head alone when it says nothing), joined by " · ", at
 *  most LABEL_CHARS long; `more(n)` words the n parts left out. */
export function lensLabel(parts: readonly LabelPart[], more: (n: number) => string, named: NamedHead = plainNamedHead): string {
  if (parts.length === 0) return '';
  const full = parts.map((p) => ({ head: headOf(p, named), says: clipLine(p.says, SAYS_CHARS) }));
  const short = parts.map((p, i) => ({ head: headOf(p, named, true), says: full[i].says }));
  // (all the annotators when no word is cut for them, else the shortened list)
  for (let shown = parts.length; shown > 1; shown--) {
    const label = fit(full, shown, more, 'whole') ?? fit(short, shown, more);
    if (label !== undefined) return label;
  }
  return fit(full, 1, more, 'whole') ?? fit(short, 1, more) ?? clipLine(fit(short, 1, more, 'anyway') as string, LABEL_CHARS);
}

/** A part's head with its annotators: all of them, or (`short`) the first and how many
 *  more ("budi +4"). */
export function headOf(p: LabelPart, named: NamedHead = plainNamedHead, short = false): string {
  const names = p.annotators ?? [];
  if (names.length === 0) return p.head;
  return named(p.head, short && names.length > 1 ? `${names[0]} +${names.length - 1}` : names.join(', '));
}

/** "head: says", or the head alone for an annotation that says nothing ("claim", not "claim: "). */
export function partText(head: string, says: string): string {
  return says ? `${head}: ${says}` : head;
}

/** The first `shown` parts (and the count of the rest) when each gets SAYS_MIN at least
 *  (`whole`: all its words) and the whole fits in LABEL_CHARS (`anyway`: whatever it takes). */
function fit(parts: readonly { head: string; says: string }[], shown: number, more: (n: number) => string, mode?: 'whole' | 'anyway'): string | undefined {
  const anyway = mode === 'anyway';
  const first = parts.slice(0, shown);
  const rest = parts.length - shown;
  const tail = rest ? [more(rest)] : [];
  const fixed = first.reduce((n, p) => n + p.head.length + (p.says ? 2 : 0), 0) + SEPARATOR.length * (first.length - 1 + tail.length) + (tail[0]?.length ?? 0);
  const shares = fairShares(first.map((p) => p.says.length), LABEL_CHARS - fixed);
  if (!anyway && shares.some((share, i) => share < (mode === 'whole' ? first[i].says.length : Math.min(SAYS_MIN, first[i].says.length)))) return undefined;
  const label = [...first.map((p, i) => partText(p.head, clipLine(p.says, Math.max(shares[i], Math.min(SAYS_MIN, p.says.length))))), ...tail].join(SEPARATOR);
  return anyway || label.length <= LABEL_CHARS ? label : undefined;
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
