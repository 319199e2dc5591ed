// "Usulan itu dibawa ke Badan Anggaran" in a story about one regional council, "BEM menuntut
// rektor mundur" in one about one university, "Presiden BEM Itera" after "Institut Teknologi
// Sumatera (Itera)": a unit of a body written without its body, or with the body's short form,
// is that body's unit, and the annotation names it with the body's official name ("Badan
// Anggaran Dewan Perwakilan Rakyat Daerah Kota Balikpapan", "Badan Eksekutif Mahasiswa
// Universitas Tanjungpura": eval/README, settled conventions of sessions 48 and 50). The spec
// gives every real-world actor one canonical identity: a council's budget committee is not a
// body of its own named "Badan Anggaran".
// Link pass, after the bodies' own names are resolved (KB, acronyms, regional names). A body
// unit the KB knows with its parent ("Badan Anggaran DPR", body-unit.ts) is not touched.
import type { ActorMention } from './types';

/** A kind of unit: its heads as written, each with the unit's official head, and how the
 *  parent body's identity reads (the capture group is the parent, also inside a longer
 *  identity: "Komisi IV Dewan Perwakilan Rakyat Daerah Kota Balikpapan" names the council). */
interface UnitKind {
  readonly heads: ReadonlyMap<string, string>;
  readonly parent: RegExp;
}

/** A legislature's committees (its "alat kelengkapan") that every council has once. Not
 *  "Komisi N" (resolved by the fuller name the article writes, org-short-forms.ts) nor "BK"
 *  (too many other bodies share the letters). */
const LEGISLATURE_UNITS: UnitKind = {
  heads: new Map([
    ['Badan Anggaran', 'Badan Anggaran'], ['Banggar', 'Badan Anggaran'],
    ['Badan Musyawarah', 'Badan Musyawarah'], ['Bamus', 'Badan Musyawarah'],
    ['Badan Legislasi', 'Badan Legislasi'], ['Baleg', 'Badan Legislasi'],
    ['Badan Kehormatan', 'Badan Kehormatan'],
    ['Badan Pembentukan Peraturan Daerah', 'Badan Pembentukan Peraturan Daerah'], ['Bapemperda', 'Badan Pembentukan Peraturan Daerah'],
  ]),
  // (the national DPR, a regional DPRD with its region, Aceh's DPRA, Papua's DPRP)
  parent: /(?:^| )(Dewan Perwakilan Rakyat(?: \p{Lu}.*)?)$/u,
};

/** A university's student government. */
const STUDENT_UNITS: UnitKind = {
  heads: new Map([
    ['BEM', 'Badan Eksekutif Mahasiswa'], ['Badan Eksekutif Mahasiswa', 'Badan Eksekutif Mahasiswa'],
    ['DPM', 'Dewan Perwakilan Mahasiswa'], ['Dewan Perwakilan Mahasiswa', 'Dewan Perwakilan Mahasiswa'],
  ]),
  parent: /(?:^| )((?:Universitas|Universiti|Institut|Politeknik|Sekolah Tinggi) \p{Lu}.*)$/u,
};

const UNIT_KINDS: readonly UnitKind[] = [LEGISLATURE_UNITS, STUDENT_UNITS];

/** "Dewan Perwakilan Rakyat Daerah" alone: the council of no region, the same council as the
 *  one the article names with its region, no second parent. */
const REGIONLESS_COUNCIL = 'Dewan Perwakilan Rakyat Daerah';

/** Gives each unit among `ms` (`kept`, an organisation of no KB identity) written bare or
 *  with its body's short form the identity "<unit's official head> <body's identity>": the
 *  body the short form names in the article, or the one body of the unit's kind the article
 *  names (none when it names two). */
export function unitsToTheirParentBody(ms: ActorMention[], kept: (k: number) => boolean): void {
  let units: Array<[k: number, kind: UnitKind, head: string, rest: string]> | undefined;
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    // (an unknown short head read as a place after "ke" or "di": "dibawa ke Banggar")
    if (!(m.type === 'ORG' || (m.type === 'GPE' && m.text.indexOf(' ') < 0)) || !kept(k) || m.entityId !== undefined) continue;
    for (const kind of UNIT_KINDS) {
      const found = unitHead(m, kind);
      if (found !== undefined) (units ??= []).push([k, kind, found[0], found[1]]);
    }
  }
  if (units === undefined) return;
  // The parents of each kind, read once (a long text has many units).
  const parents = new Map<UnitKind, Parents>();
  for (const [k, kind, head, rest] of units) {
    let p = parents.get(kind);
    if (p === undefined) parents.set(kind, p = parentsOf(ms, kept, kind));
    // (a short form names its body; a bare unit takes the body written right after it, or
    // none when that is another body (null: `?? undefined`), else the article's one body)
    const after = rest === '' ? bodyWrittenAfter(ms, kept, k, kind) : undefined;
    const parent = rest !== '' ? p.byShortForm.get(rest) : after === undefined ? p.only : after ?? undefined;
    if (parent === undefined) continue;
    ms[k].canonical = `${head} ${parent}`;
    ms[k].type = 'ORG';
  }
}

/** For a bare unit followed by the body it belongs to ("BEM Fakultas Hukum UGM", "BEM SMA
 *  Negeri 1", "Badan Anggaran DPRD Kota Bogor" read as two names): that body's identity when
 *  it is a parent of the kind, null when it is another body (a faculty's or a school's
 *  executive is no unit of the university), undefined when no body follows. */
function bodyWrittenAfter(ms: readonly ActorMention[], kept: (k: number) => boolean, k: number, kind: UnitKind): string | null | undefined {
  const end = ms[k].end;
  for (let j = k + 1; j < ms.length && ms[j].start <= end + 1; j++) {
    if (ms[j].start !== end + 1 || ms[j].type !== 'ORG' || !kept(j)) continue;
    return kind.parent.exec(ms[j].canonical)?.[1] ?? null;
  }
  return undefined;
}

/** The unit's official head and the rest of the name ('' for a bare unit) when `m` is a unit
 *  of `kind` written bare or before one word or acronym, and not resolved to a fuller
 *  identity already. */
function unitHead(m: ActorMention, kind: UnitKind): [head: string, rest: string] | undefined {
  const bare = kind.heads.get(m.text);
  if (bare !== undefined) return m.canonical === m.text || m.canonical === bare ? [bare, ''] : undefined;
  if (m.canonical !== m.text) return undefined;
  const sp = m.text.lastIndexOf(' ');
  if (sp < 0) return undefined;
  const head = kind.heads.get(m.text.slice(0, sp));
  return head === undefined ? undefined : [head, m.text.slice(sp + 1)];
}

/** The parent bodies of a kind the article names: the one body (undefined: none or two), and
 *  each body by the short form the article writes it with ("Itera", "DPRD Sultra"). */
interface Parents {
  readonly only: string | undefined;
  readonly byShortForm: ReadonlyMap<string, string>;
}

/** Reads the kept organisations of `ms` for the parents of `kind` (the council of no region
 *  aside: it is the regional one again). */
function parentsOf(ms: readonly ActorMention[], kept: (k: number) => boolean, kind: UnitKind): Parents {
  let only: string | undefined;
  let two = false;
  const byShortForm = new Map<string, string>();
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    if (m.type !== 'ORG' || !kept(k)) continue;
    const parent = kind.parent.exec(m.canonical)?.[1];
    if (parent === undefined || parent === REGIONLESS_COUNCIL) continue;
    if (parent === m.canonical && m.text !== m.canonical) byShortForm.set(m.text, parent);
    // (a unit's own identity, "Badan Anggaran Dewan Perwakilan Rakyat", names its council too)
    if (only === undefined) only = parent;
    else if (parent !== only) two = true;
  }
  return { only: two ? undefined : only, byShortForm };
}
