// "Komite Disiplin PSSI" is "Komite Disiplin Persatuan Sepak Bola Seluruh Indonesia", "Badan
// Anggaran DPR" "Badan Anggaran Dewan Perwakilan Rakyat", "Komdis PSSI" the same committee as
// the first: a committee, council or board of a body the KB knows by its acronym is named
// with the body's official name (the annotation's convention for the new sets). Research
// centres and institutes keep the acronym as written ("Pusat Riset Antariksa BRIN"): only
// the heads below expand. A pure function of the name and the KB; the link pass applies it
// to the organisations the rules found without the KB (link.ts regionalBodies).
import type { KbIndex } from '../kb/kb-index';

/** Heads of a body's committee or council, with the short heads written for them. */
const UNIT_HEADS: ReadonlyMap<string, string> = new Map([
  ['Komite', 'Komite'], ['Komisi', 'Komisi'], ['Badan', 'Badan'], ['Dewan', 'Dewan'], ['Majelis', 'Majelis'],
  ['Komdis', 'Komite Disiplin'],
  // a university's senate ("Senat Unsrat" is "Senat Universitas Sam Ratulangi")
  ['Senat', 'Senat'],
]);
/** The body's short name: an acronym ("PSSI") or a university's short name ("Unsrat"). */
const ACRONYM = /^(?:[A-Z]{2,6}|Un[a-z]{2,6})$/;

/** The official name of `name` (single-spaced) when it is a unit of a body the KB knows,
 *  written with that body's acronym last; else undefined. */
export function bodyUnitCanonical(name: string, kb: KbIndex): string | undefined {
  const sp = name.indexOf(' ');
  const last = name.lastIndexOf(' ');
  if (sp < 0) return undefined;
  const head = UNIT_HEADS.get(name.slice(0, sp));
  const acronym = name.slice(last + 1);
  if (head === undefined || !ACRONYM.test(acronym)) return undefined;
  const body = kb.lookup(acronym);
  if (body === undefined || body.type !== 'ORG') return undefined;
  return `${head}${name.slice(sp, last)} ${body.canonical}`;
}
