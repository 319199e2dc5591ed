// Names in one paragraph that decide another paragraph's identities: "Retno Wulandari" (a
// stranger) makes a bare "Retno" elsewhere hers, not the KB's Retno Marsudi, unless the KB
// person is named in full too (link.ts strangerSharingName, strangerOfOneWord). Over a
// whole article (analyze) that evidence is read anywhere in it. The windowed analyzer
// (incremental/windowed-analyzer.ts) links a window of paragraphs whose cut depends on
// which paragraphs an edit left to link, so there a mention reads the evidence only within
// a fixed reach of its own paragraph: the context every paragraph of every window is
// guaranteed. Its result then no longer depends on where the window was cut, and an edit
// needs re-linking only the paragraphs within that reach of it (changedEvidence below tells
// which of them can be affected).
import type { ParagraphAnalysis } from './paragraph';

/** Paragraphs before and after a mention whose names may decide its identity. */
export interface ParagraphReach {
  readonly before: number;
  readonly after: number;
}

/** Values filed under a key with the paragraph they were written in, in article order. */
export class NameEvidence<V> {
  private readonly byKey = new Map<string, { paras: number[]; values: V[] }>();

  /** Without a reach every paragraph reads every other: only the first value is kept. */
  constructor(private readonly reach: ParagraphReach | undefined) {}

  get empty(): boolean {
    return this.byKey.size === 0;
  }

  /** True when every occurrence of a name must be filed, not only its first. */
  get positional(): boolean {
    return this.reach !== undefined;
  }

  add(key: string, para: number, value: V): void {
    const cur = this.byKey.get(key);
    if (cur === undefined) this.byKey.set(key, { paras: [para], values: [value] });
    else if (this.reach !== undefined) {
      cur.paras.push(para);
      cur.values.push(value);
    }
  }

  /** The first value filed under `key` that a mention in paragraph `para` may read. */
  near(key: string, para: number): V | undefined {
    const cur = this.byKey.get(key);
    if (cur === undefined) return undefined;
    const reach = this.reach;
    if (reach === undefined) return cur.values[0];
    for (let i = 0; i < cur.paras.length; i++) {
      const d = (cur.paras[i] as number) - para;
      if (d >= -reach.before && d <= reach.after) return cur.values[i];
    }
    return undefined;
  }
}

/** A run of capitalised words ("Menteri Luar Negeri Rusia Kata Prabowo"): where the link
 *  pass cuts people's names from. */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
const ENTITY = '\u0000';
const STRANGER = '\u0001';

/** What a paragraph (its `text`, read by `part`) offers other paragraphs as evidence about
 *  names: its runs of two capitalised words or more (a lone word names no stranger by
 *  itself), the people the paragraph pass found unknown to the KB, and the identities of the
 *  KB people it names in full. */
export function nameEvidenceOf(text: string, part: ParagraphAnalysis | undefined): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(NAME_RUN) ?? []) if (/\s/.test(run)) out.add(run);
  if (part) for (const m of part.mentions) {
    if (m.type !== 'PER') continue;
    const name = text.slice(m.start, m.end);
    if (m.source !== 'kb') out.add(STRANGER + name);
    else if (m.entityId && /\s/.test(name)) out.add(ENTITY + m.entityId);
  }
  return out;
}

/** The words and identities whose evidence differs between two sets of nameEvidenceOf. */
export function changedEvidence(before: ReadonlySet<string>, after: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const note = (item: string): void => {
    if (item.startsWith(ENTITY)) out.add(item);
    else for (const w of (item.startsWith(STRANGER) ? item.slice(1) : item).split(/\s+/)) out.add(w.replace(/[.'’-]+$/u, ''));
  };
  for (const item of before) if (!after.has(item)) note(item);
  for (const item of after) if (!before.has(item)) note(item);
  return out;
}

/** The keys (word, identity) under which a paragraph's one-word KB people read evidence. */
export function oneWordPersonKeys(text: string, part: ParagraphAnalysis): string[] {
  const out: string[] = [];
  for (const m of part.mentions) {
    if (m.type !== 'PER' || m.source !== 'kb') continue;
    const word = text.slice(m.start, m.end);
    if (/\s/.test(word)) continue;
    out.push(word);
    if (m.entityId) out.push(ENTITY + m.entityId);
  }
  return out;
}
