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
 * accents aside, is that actor (pick-list.ts resolvePick, NamedHighlight below). The
 * curation pickers (Link to…, Set speaker) and the Actors view's merge picker use the
 * same forms, for every KB entity too.
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
 * WRITTEN_FORMS_SHOWN; then, for an actor with a KB id, the first `aliasesShown` of
 * `aliasesOf(id)` that are none of those (withForms).
 */
export function articleActorChoices(mentions: Iterable<WrittenMention>, aliasesOf: (id: string) => readonly string[] = () => [], aliasesShown = ALIASES_SHOWN): Choice[] {
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
    if (!key) continue;
    const form = entry.forms.get(key);
    if (form) form.count++;
    else entry.forms.set(key, { text, count: 1 });
  }
  const out: Choice[] = [];
  for (const { choice, forms } of byName.values()) {
    // Map order is first appearance, and the sort is stable: equal counts keep the article's order.
    const written = [...forms.values()].sort((a, b) => b.count - a.count).map((f) => f.text);
    out.push(withForms(choice, written, choice.id ? aliasesOf(choice.id) : [], aliasesShown));
  }
  return out.sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0) || a.label.localeCompare(b.label));
}

/**
 * `choice` with the forms it can be matched by besides its name: the first
 * WRITTEN_FORMS_SHOWN of `written` (most telling first), then the first `aliasesShown` of
 * `aliases` that are none of the written forms. Each once, letter case and accents
 * aside, and none that are words of the name ("Retno" of Retno Marsudi): the window's
 * filter finds those in the name itself. The one owner of "what a picker item can be
 * matched by": for the article's actors (articleActorChoices), the KB's entities of the
 * curation pickers and the corpus's actors of the Actors view's merge picker.
 */
export function withForms(choice: Choice, written: readonly string[], aliases: readonly string[], aliasesShown = ALIASES_SHOWN): Choice {
  // Whole words of the name only: "Retno" of Retno Marsudi is left out, "UN" of United
  // Nations is not (typed alone it would name nothing).
  const name = ` ${foldForPick(choice.label)} `;
  const keys = (forms: readonly string[]): Map<string, string> => {
    const out = new Map<string, string>();
    for (const form of forms) {
      const key = foldForPick(form);
      if (key && !name.includes(` ${key} `) && !out.has(key)) out.set(key, form.replace(/\s+/g, ' ').trim());
    }
    return out;
  };
  const writtenForms = keys(written);
  // An alias the article writes is already listed as written, even beyond those shown.
  const otherAliases = [...keys(aliases)].filter(([key]) => !writtenForms.has(key)).map(([, form]) => form);
  const shownWritten = [...writtenForms.values()].slice(0, WRITTEN_FORMS_SHOWN);
  const shownAliases = otherAliases.slice(0, aliasesShown);
  const out: Choice = { ...choice };
  delete out.written;
  delete out.aliases;
  return { ...out, ...(shownWritten.length ? { written: shownWritten } : {}), ...(shownAliases.length ? { aliases: shownAliases } : {}) };
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

/**
 * The highlight of a picker whose filter finds identities by their forms and aliases too,
 * and what Enter takes there. VS Code's filter ranks its own matches first, so what it
 * highlights is often not what the text names: "PBB" highlights Persatuan Bola Basket
 * Seluruh Indonesia (its initials) above United Nations (its alias), "Kemlu" the first KB
 * entity with "Kemlu" anywhere (the Philippine ministry, alias "Kemlu Filipina"). So as
 * the text changes, the picker moves the highlight to the choice the text names exactly
 * (`typed`: its name, a written form or an alias, letter case and accents aside; the
 * first listed when several are), and Enter takes what is highlighted: an arrow key moves
 * the highlight and what Enter takes together.
 *
 * One exception, a race, not a preference: the highlight is set in the extension host and
 * reaches the window a moment later. An Enter pressed before the window shows it (typing
 * "Kemlu" and Enter at once) arrives with the window's own first item. Until the window
 * reports the highlight as shown (`shown`), Enter takes the named choice: the researcher
 * had no time to see another item highlighted, let alone choose it with an arrow key.
 *
 * And its converse: the highlight set for an earlier text can reach the window after
 * later keystrokes (typing past a name, "Ahmad Luthfi (Gubernur)" past "Ahmad Luthfi",
 * and Enter at once), and the window then reports it with the Enter though its filter no
 * longer lists it. `outdated` tells the caller so (picker-filter.ts PickerHighlight), which then
 * takes what the window lists first for the text (picker-filter.ts listedFor).
 */
export class NamedHighlight<C extends Choice> {
  /** Each folded form to the first listed choice it names: one lookup per keystroke, not
   *  a fold of every form of every KB entity. */
  private readonly byForm = new Map<string, C>();
  /** The choice the text names, while the window has not shown it highlighted. */
  private pending: C | undefined;
  /** The choice last highlighted because a text named it, and the text now in the box. */
  private moved: C | undefined;
  private text = '';

  constructor(choices: readonly C[]) {
    for (const c of choices) {
      for (const form of [c.label, ...(c.written ?? []), ...(c.aliases ?? [])]) {
        const key = foldForPick(form);
        if (key && !this.byForm.has(key)) this.byForm.set(key, c);
      }
    }
  }

  /** The text in the box is now `text`: the choice it names exactly, to highlight, if any. */
  typed(text: string): C | undefined {
    this.text = text;
    this.pending = this.byForm.get(foldForPick(text));
    if (this.pending) this.moved = this.pending;
    return this.pending;
  }

  /** Whether `highlighted` may be highlighted only because an earlier text named it: the
   *  highlight was moved to it, and the text now in the box names something else or
   *  nothing. (An arrow key may have brought it back: the caller checks that the window
   *  lists it for the text.) */
  outdated(highlighted: C | undefined): boolean {
    return highlighted !== undefined && highlighted === this.moved && this.byForm.get(foldForPick(this.text)) !== highlighted;
  }

  /** Whether the highlight was moved for an earlier text that named something the text
   *  now in the box does not name (so a late highlight may be left on it). */
  leftBehind(): boolean {
    return this.outdated(this.moved);
  }

  /** The window reports `highlighted` as its highlight. */
  shown(highlighted: C | undefined): void {
    if (highlighted === this.pending) this.pending = undefined;
  }

  /** What Enter takes with `highlighted` the highlight the window reported with the Enter. */
  enter(highlighted: C | undefined): C | undefined {
    return this.pending ?? highlighted;
  }
}
