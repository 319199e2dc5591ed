// The national institutions of foreign countries (data/kb/generated/national-institutions.json,
// written by scripts/build-national-institutions.mjs from its hand-written table) turned into
// KB entities. The spec names a real foreign body by its English Wikipedia title; the news
// names it in Indonesian translation ("Bank Nasional Ethiopia", "Kepolisian Nasional
// Kamboja", "Universitas Addis Ababa"), which the recognizer kept as the identity. An invented
// body keeps its Indonesian name: only the table's bodies are named here. The hand-written
// files and the gazetteers come first and win: a body or an alias they already have stays theirs.
import type { KbEntity } from './types';
import { slugify } from './surface';

/** The generated file's shape (see scripts/build-national-institutions.mjs). */
export interface NationalInstitutionTable {
  /** kind → [English, Indonesian] words for the description ("Central bank", "Bank sentral"). */
  kinds: Readonly<Record<string, readonly [string, string]>>;
  /** [English title, kind, country's English canonical, its Indonesian name, aliases...]. */
  institutions: readonly (readonly string[])[];
}

/** KB entities for the institutions whose id no entity of `known` has, each with the aliases
 *  no actor other than a place in `known` (nor an earlier institution) has. */
export function nationalInstitutionEntities(table: NationalInstitutionTable, known: readonly KbEntity[], suppressed: readonly string[] = []): KbEntity[] {
  const taken = new Set<string>(suppressed);
  const ids = new Set<string>();
  for (const e of known) {
    ids.add(e.id);
    // Places are most of the KB (regions, seats, world cities) and never share a name with an
    // institution's (its aliases open with a body's word, "Bank", "Kepolisian", "Universitas",
    // or are English titles): reading only the others keeps this step near 1 ms at load.
    if (e.type === 'GPE') continue;
    taken.add(e.canonical);
    for (const a of e.aliases) taken.add(a);
  }
  const out: KbEntity[] = [];
  for (const [title, kind, country, countryId, ...aliases] of table.institutions) {
    const id = slugify(title);
    if (ids.has(id) || taken.has(title)) continue;
    const own = aliases.filter((a) => !taken.has(a));
    if (own.length === 0) continue;
    for (const a of own) taken.add(a);
    ids.add(id);
    const [en, idWord] = table.kinds[kind] ?? ['Institution', 'Lembaga'];
    out.push({ id, canonical: title, type: 'ORG', aliases: own,
      description: { en: `${en} of ${country}`, id: `${idWord} ${countryId}` } });
  }
  return out;
}
