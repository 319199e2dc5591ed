/**
 * The actors an annotation picker offers, with the forms the article writes them in.
 *
 * An actor is listed by its canonical name ("Russia", "United States"), but the
 * researcher reads the article and types what it says: "Rusia", "AS", "Kremlin", "Menlu
 * Retno". Matching only the canonical name left such text unmatched, and Enter then made a
 * free-text value without the actor's KB id: an annotation no longer linked to the
 * identity. So each actor carries a few of its written forms, and a few of the KB's
 * aliases the article does not use ("Federasi Rusia"); the picker shows them (and the
 * window's filter matches them), and typed text equal to one of them, letter case and
 * accents aside, is that actor (pick-list.ts resolvePick).
 */
import { foldAccents } from '../kb/surface';
import type { ActorType } from '../recognize/types';
import type { Choice } from './pick-list';

/** How many written forms an actor shows: enough for the usual spellings and short forms,
 *  few enough for one line of the picker. */
export const WRITTEN_FORMS_SHOWN = 3;
/** How many KB aliases an actor shows besides: the KB has a handful per entity (a few
 *  places have twenty), and the line must stay readable. */
export const ALIASES_SHOWN = 4;

/** One mention of an actor in the article, as the recognizer gives it. */
export interface WrittenMention {
  /** The surface text, as the article writes it. */
  text: string;
  type: ActorType;
  canonical: string;
  entityId?: string;
}

/**
 * The article's actors as picker choices, most mentioned first (then by name): one per
 * canonical name, with its KB id when a mention was linked, its mention count, and its
 * written forms, most frequent first, each once (letter case and accents aside), at most
 * WRITTEN_FORMS_SHOWN; then, for an actor with a KB id, the first ALIASES_SHOWN of
 * `aliasesOf(id)` that are none of those. A form inside the canonical name ("Retno" of
 * Retno Marsudi) is left out: the name itself already matches it, and the line stays for
 * the forms that differ.
 */
export function articleActorChoices(mentions: Iterable<WrittenMention>, aliasesOf: (id: string) => readonly string[] = () => []): Choice[] {
  const byName = new Map<string, { choice: Choice & { mentions: number }; forms: Map<string, { text: string; count: number }> }>();
  for (const m of mentions) {
    let entry = byName.get(m.canonical);
    if (!entry) {
      entry = { choice: { label: m.canonical, type: m.type, mentions: 0 }, forms: new Map() };
      byName.set(m.canonical, entry);
    }
    entry.choice.mentions++;
    if (m.entityId) entry.choice.id = m.entityId;
    const text = m.text.replace(/\s+/g, ' ').trim();
    const key = foldForPick(text);
    if (!key || foldForPick(m.canonical).includes(key)) continue;
    const form = entry.forms.get(key);
    if (form) form.count++;
    else entry.forms.set(key, { text, count: 1 });
  }
  const out: Choice[] = [];
  for (const { choice, forms } of byName.values()) {
    // Map order is first appearance, and the sort is stable: equal counts keep the article's order.
    const written = [...forms.values()].sort((a, b) => b.count - a.count).slice(0, WRITTEN_FORMS_SHOWN).map((f) => f.text);
    const aliases = choice.id ? otherAliases(aliasesOf(choice.id), choice.label, forms) : [];
    out.push({ ...choice, ...(written.length ? { written } : {}), ...(aliases.length ? { aliases } : {}) });
  }
  return out.sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0) || a.label.localeCompare(b.label));
}

/** The KB aliases not already matched by the name or the article's forms, each once, a few. */
function otherAliases(aliases: readonly string[], canonical: string, written: ReadonlyMap<string, unknown>): string[] {
  const name = foldForPick(canonical);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const alias of aliases) {
    const key = foldForPick(alias);
    if (!key || name.includes(key) || written.has(key) || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.replace(/\s+/g, ' ').trim());
    if (out.length === ALIASES_SHOWN) break;
  }
  return out;
}

/** Text as typed text and names compare in a picker: white space folded, letter case and
 *  accents ignored ("  rusia" = "Rusia", "erdogan" = "Erdoğan"). */
export function foldForPick(text: string): string {
  return foldAccents(text.replace(/\s+/g, ' ').trim()).toLowerCase();
}

/** Whether `typed` is the choice's name, one of its written forms or one of its aliases,
 *  letter case and accents aside. */
export function namesChoice(choice: Choice, typed: string): boolean {
  const key = foldForPick(typed);
  if (!key) return false;
  return foldForPick(choice.label) === key || [...(choice.written ?? []), ...(choice.aliases ?? [])].some((w) => foldForPick(w) === key);
}
