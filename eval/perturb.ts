/**
 * Perturbations of a gold article for the robustness measures of issue 13
 * (`npm run eval -- --perturb NAME`): the article text is rewritten the way real feeds
 * deliver it and the gold offsets are carried over to the new text, so the perturbed
 * article is scored exactly like the original.
 *
 * - `nbsp`: every space inside a gold actor mention becomes U+00A0 (a no-break space);
 * - `double-space`: every space inside a gold actor mention becomes two spaces;
 * - `one-line`: the article delivered as one long line: every run of line breaks (blank
 *   lines included) becomes one space;
 * - `crlf`: every LF line end becomes CRLF;
 * - `straight-quotes`: curly double quotes (“ ”) become straight ones (").
 * The first three must cost less than one point of actor F1; the last two must change
 * nothing at all.
 */
import type { GoldActor, GoldDocument, GoldQuote, GoldReported } from './gold-types';

export const PERTURBATIONS = ['nbsp', 'double-space', 'one-line', 'crlf', 'straight-quotes'] as const;
export type Perturbation = (typeof PERTURBATIONS)[number];

export function isPerturbation(name: string): name is Perturbation {
  return (PERTURBATIONS as readonly string[]).includes(name);
}

/** A rewritten text and, for every offset of the old text (0..length), its offset in the new. */
interface Rewrite { text: string; map: Int32Array }

/** Rewrites `text` piece by piece: `replace(i)` returns what replaces the old text from `i`
 *  (and how many old characters it consumes), or undefined to keep the character. */
function rewrite(text: string, replace: (i: number) => { by: string; length: number } | undefined): Rewrite {
  const map = new Int32Array(text.length + 1);
  const out: string[] = [];
  let n = 0;
  for (let i = 0; i < text.length;) {
    const r = replace(i);
    if (r === undefined) {
      map[i] = n;
      out.push(text[i]);
      n++;
      i++;
      continue;
    }
    // Every consumed character maps to where its replacement starts.
    for (let k = 0; k < r.length; k++) map[i + k] = n;
    out.push(r.by);
    n += r.by.length;
    i += r.length;
  }
  map[text.length] = n;
  return { text: out.join(''), map };
}

/** Marks the characters inside any gold actor mention. */
function insideMentions(doc: GoldDocument): Uint8Array {
  const inside = new Uint8Array(doc.articleText.length);
  for (const a of doc.actors) inside.fill(1, a.start, a.end);
  return inside;
}

function rewriteFor(doc: GoldDocument, kind: Perturbation): Rewrite {
  const t = doc.articleText;
  switch (kind) {
    case 'nbsp':
    case 'double-space': {
      const inside = insideMentions(doc);
      const by = kind === 'nbsp' ? '\u00a0' : '  ';
      return rewrite(t, (i) => (t[i] === ' ' && inside[i] ? { by, length: 1 } : undefined));
    }
    case 'one-line':
      return rewrite(t, (i) => {
        if (t[i] !== '\n' && t[i] !== '\r') return undefined;
        let j = i;
        while (j < t.length && /[\r\n \t]/.test(t[j])) j++;
        // Trailing line breaks are just dropped: the line ends with the text.
        return { by: j === t.length ? '' : ' ', length: j - i };
      });
    case 'crlf':
      return rewrite(t, (i) => (t[i] === '\n' && t[i - 1] !== '\r' ? { by: '\r\n', length: 1 } : undefined));
    case 'straight-quotes':
      return rewrite(t, (i) => (t[i] === '“' || t[i] === '”' ? { by: '"', length: 1 } : undefined));
  }
}

/** The perturbed article with every gold span carried over (its text re-read from the new text). */
export function perturbDocument(doc: GoldDocument, kind: Perturbation): GoldDocument {
  const { text, map } = rewriteFor(doc, kind);
  const move = <T extends GoldActor | GoldQuote | GoldReported>(x: T): T => {
    const start = map[x.start];
    const end = map[x.end];
    return { ...x, start, end, text: text.slice(start, end) };
  };
  const moved: GoldDocument = { name: doc.name, articleText: text, actors: doc.actors.map(move), quotes: doc.quotes.map(move) };
  // Only articles annotated for reported speech carry statements: keep the field absent otherwise.
  if (doc.reported) moved.reported = doc.reported.map(move);
  return moved;
}
