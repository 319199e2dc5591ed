// Names first written in a headline (issue 13). A Title Case or capitals headline is read
// for KB names only, since every word there is capitalised and an unknown run has no
// edge; the body then names the same actor with a clear clue ("Universitas Mulawarman",
// "Komisi Pengawas Persaingan Usaha (KPPU)", "PT Lintas Nalar Teknologi"). One sense per
// article: the headline's occurrence of a name the body found is that actor. Only short
// lines without a closing full stop are read (headlines, "Baca juga:" lines, captions),
// so the pass costs nothing on body paragraphs.
import type { ActorMention } from './types';

/** A line longer than this is no headline. */
const MAX_HEADLINE = 220;
/** Trailing words of a company's name its short form may drop ("PT Lintas Nalar Teknologi"
 *  -> "Lintas Nalar"): the sector, not the name. */
const SECTOR_WORDS = new Set(['Teknologi', 'Technology', 'Telekomunikasi', 'Seluler', 'Airlines', 'Airline', 'Indonesia',
  'Nusantara', 'Digital', 'Group', 'Grup', 'Sekuritas', 'Finance', 'Internasional', 'International', 'Persada', 'Tbk']);

/** A name to look for: its text and the identity it carries. */
interface Known { type: ActorMention['type']; canonical: string; entityId?: string }

/** Could paragraph [start, end) be a headline-like line? */
export function headlineLike(text: string, start: number, end: number): boolean {
  if (end - start > MAX_HEADLINE || end - start < 8) return false;
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 13)) e--;
  return text.charCodeAt(e - 1) !== 46; // '.'
}

const DATELINE_DASH = / (?:-|--|–|—) /g;

/** An article delivered as one line opens with its headline run into the dateline
 *  ("Mahasiswa Universitas Mulawarman Demo Tolak UKT Samarinda, IDN Times - Ratusan …"):
 *  the end of that opening (the dateline's dash) when it comes early enough, else -1. */
export function openingEnd(text: string, start: number, end: number): number {
  if (end - start <= MAX_HEADLINE) return -1;
  const head = text.slice(start, start + MAX_HEADLINE + 60);
  DATELINE_DASH.lastIndex = 0;
  const m = DATELINE_DASH.exec(head);
  return m === null || m.index < 20 || head.lastIndexOf('. ', m.index) !== -1 ? -1 : start + m.index;
}

/** Short forms a company's name is also written by: "PT Kopi Nusa Lestari Tbk" -> "Kopi Nusa
 *  Lestari"; "PT Lintas Nalar Teknologi" -> also "Lintas Nalar". */
export function companyShortForms(name: string): string[] {
  if (!name.startsWith('PT ')) return [];
  const core = name.replace(/^PT\s+|\s+\((?:Persero|PERSERO)\)|\s+(?:Tbk|TBK)$/g, '');
  const short = withoutSectorWord(core);
  return short === undefined ? [core] : [core, short];
}

/** A company's core name of three words or more without its last word when that word
 *  names the sector ("Lintas Nalar Teknologi" -> "Lintas Nalar"), else undefined. */
export function withoutSectorWord(core: string): string | undefined {
  const sp = core.lastIndexOf(' ');
  if (sp < 0 || core.indexOf(' ') === sp || !SECTOR_WORDS.has(core.slice(sp + 1))) return undefined;
  return core.slice(0, sp);
}

/** The names the body found that a headline may repeat, by their text. */
export function bodyNames(mentions: readonly ActorMention[], kept: (k: number) => boolean, inHeadline: (k: number) => boolean): Map<string, Known> {
  const names = new Map<string, Known>();
  const offer = (s: string, m: ActorMention): void => {
    if (s.length < 3 || names.has(s)) return;
    names.set(s, m.entityId !== undefined ? { type: m.type, canonical: m.canonical, entityId: m.entityId } : { type: m.type, canonical: m.canonical });
  };
  for (let k = 0; k < mentions.length; k++) {
    if (!kept(k) || inHeadline(k)) continue;
    const m = mentions[k];
    offer(m.text, m);
    if (m.type === 'ORG') for (const s of companyShortForms(m.text)) offer(s, m);
    if (m.type === 'ORG' && m.canonical !== m.text && m.canonical.length < m.text.length && m.text.startsWith(m.canonical)) offer(m.canonical, m);
  }
  return names;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const NAME_START = /(?<![\p{L}\p{M}\p{N}'’-])\p{Lu}/gu;

/** Occurrences in the line [start, end) of the body's names, longest first at each word,
 *  that no kept mention of the line already covers in part. `covered(s, e)` answers -1 when
 *  a kept mention overlaps [s, e) without lying inside it, else 0. */
export function headlineOccurrences(text: string, start: number, end: number, names: ReadonlyMap<string, Known>,
  byFirstWord: ReadonlyMap<string, string[]>, crosses: (s: number, e: number) => boolean): ActorMention[] {
  const out: ActorMention[] = [];
  const line = text.slice(start, end);
  NAME_START.lastIndex = 0;
  let from = 0;
  for (let m = NAME_START.exec(line); m !== null; m = NAME_START.exec(line)) {
    const at = m.index;
    if (at < from) continue;
    let wordEnd = at + 1;
    while (wordEnd < line.length && WORD_CHAR.test(line.charAt(wordEnd))) wordEnd++;
    const candidates = byFirstWord.get(line.slice(at, wordEnd));
    if (candidates === undefined) continue;
    for (const s of candidates) {
      const e = at + s.length;
      if (!line.startsWith(s, at) || (e < line.length && WORD_CHAR.test(line.charAt(e)))) continue;
      if (crosses(start + at, start + e)) continue;
      const k = names.get(s)!;
      out.push(k.entityId !== undefined
        ? { start: start + at, end: start + e, text: s, type: k.type, canonical: k.canonical, entityId: k.entityId }
        : { start: start + at, end: start + e, text: s, type: k.type, canonical: k.canonical });
      from = e;
      break;
    }
  }
  return out;
}

/** The body's names indexed by their first word, longest first. */
export function namesByFirstWord(names: ReadonlyMap<string, Known>): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const s of names.keys()) {
    let w = 0;
    while (w < s.length && WORD_CHAR.test(s.charAt(w))) w++;
    const first = s.slice(0, w);
    const list = by.get(first);
    if (list) list.push(s); else by.set(first, [s]);
  }
  for (const list of by.values()) list.sort((a, b) => b.length - a.length);
  return by;
}
