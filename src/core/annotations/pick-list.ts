/**
 * What a picker of the annotation flows offers and what Enter means, as pure functions
 * (issue 11, points 1-3). The extension shows the list in a QuickPick and never changes
 * it while the picker is open: the answer depends only on the list, the text in the box
 * and the keys pressed, never on how fast an update reaches the window.
 *
 * The list, in order:
 *   1. the current value (when editing) or the suggested default (when creating),
 *      active, so Enter keeps / takes it;
 *   2. the offered values (actors of the article, configured targets…), without the one
 *      already placed first;
 *   3. when free text is allowed, one "Use what you typed as a new name" entry, last,
 *      always shown.
 * While the user types, VS Code filters the list and highlights the best match (a
 * listed value containing the text, those starting with it first); when no listed value
 * contains the text, only the typed-text entry is left, so Enter takes the text. That
 * filtering runs in the window on the list as it was shown: the same keys give the same
 * answer. `resolvePick` then turns the entry chosen and the final text into the value.
 * An actor also carries the forms the article writes it in ("Rusia" for Russia,
 * written-forms.ts): the picker shows them, so the window's filter finds the actor by
 * them, and typed text equal to one of them is that actor, with its id: the picker
 * highlights it (written-forms.ts NamedHighlight), and Enter takes what is highlighted.
 */
import type { ActorType } from '../recognize/types';
import { namesChoice } from './written-forms';

/** One value a picker offers: a label and, for actors the KB knows, the entity id. */
export interface Choice {
  label: string;
  /** Knowledge-base entity id (`KbEntity.id`); absent for free text. */
  id?: string;
  /** For actors of the article: their type and how often the article names them. */
  type?: ActorType;
  mentions?: number;
  /** For actors of the article: other forms the article writes them in ("Rusia", "AS"),
   *  most frequent first, a few (written-forms.ts articleActorChoices). */
  written?: string[];
  /** For actors the KB knows: a few of its aliases the article does not use ("Federasi Rusia"). */
  aliases?: string[];
}

export type PickEntry =
  | { type: 'choice'; choice: Choice; role: 'current' | 'suggested' | 'listed' }
  | { type: 'typed' };

export interface PickListInput {
  /** The values offered, in the order to show them. */
  options: readonly Choice[];
  /** The value being edited: always offered (first), even when it is no option. */
  current?: Choice;
  /** The default when creating (ignored when `current` is set). */
  suggested?: Choice;
  /** Whether text that is no option may be used as a value. */
  freeText: boolean;
}

export interface PickList {
  entries: PickEntry[];
  /** Index of the entry active when the picker opens. */
  active: number;
}

export function buildPickList(input: PickListInput): PickList {
  const entries: PickEntry[] = [];
  const first = input.current ?? input.suggested;
  if (first) {
    // The option it stands for lends its type and counts; the label and id stay the
    // value's own (an edit that keeps the label keeps the id).
    const option = input.options.find((o) => sameChoice(first, o));
    const choice: Choice = { label: first.label };
    if (first.id !== undefined) choice.id = first.id;
    if (option?.type !== undefined) choice.type = option.type;
    if (option?.mentions !== undefined) choice.mentions = option.mentions;
    if (option?.written !== undefined) choice.written = option.written;
    if (option?.aliases !== undefined) choice.aliases = option.aliases;
    entries.push({ type: 'choice', choice, role: input.current ? 'current' : 'suggested' });
  }
  const seen: Choice[] = first ? [first] : [];
  for (const o of input.options) {
    if (seen.some((s) => sameChoice(s, o))) continue;
    seen.push(o);
    entries.push({ type: 'choice', choice: o, role: 'listed' });
  }
  if (input.freeText) entries.push({ type: 'typed' });
  return { entries, active: 0 };
}

/**
 * Whether two choices are the same value: the same entity when the first has an id, else
 * the same label with no id on the other side (a name typed freely is not silently the
 * KB's actor of that name: that one stays listed, to be picked with its identity).
 */
export function sameChoice(value: Choice, option: Choice): boolean {
  if (value.id) return value.id === option.id;
  return !option.id && normalizeLabel(value.label) === normalizeLabel(option.label);
}

export type PickOutcome =
  | { ok: true; choice: Choice; typed: boolean }
  | { ok: false; why: 'nothing-typed' | 'not-in-list'; typed: string };

/**
 * The value for Enter on `chosen` (an index into `list.entries`, or undefined when the
 * filter left nothing to choose) with `typed` in the box.
 * - A listed entry is its value.
 * - The typed-text entry (or nothing) is the typed text, trimmed: the listed value with
 *   exactly that label when there is one (so it keeps its id), else the first listed value
 *   whose label or written form it is, letter case and accents aside ("rusia" is the
 *   actor Russia the article writes "Rusia"), else a new name without an id when free
 *   text is allowed. Empty text, or free text where only listed values are allowed, is
 *   refused: the picker stays open.
 */
export function resolvePick(list: PickList, typed: string, chosen: number | undefined, freeText: boolean): PickOutcome {
  const entry = chosen === undefined ? undefined : list.entries[chosen];
  if (entry?.type === 'choice') return { ok: true, choice: entry.choice, typed: false };
  const text = normalizeLabel(typed);
  if (!text) return { ok: false, why: 'nothing-typed', typed: text };
  for (const e of list.entries) {
    if (e.type === 'choice' && normalizeLabel(e.choice.label) === text) return { ok: true, choice: e.choice, typed: true };
  }
  for (const e of list.entries) {
    if (e.type === 'choice' && namesChoice(e.choice, text)) return { ok: true, choice: e.choice, typed: true };
  }
  if (!freeText) return { ok: false, why: 'not-in-list', typed: text };
  return { ok: true, choice: { label: text }, typed: true };
}

/** Labels compare with surrounding and repeated white space ignored (pasted text often
 *  brings a line break or a double space); letter case counts. */
export function normalizeLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}

/**
 * What the target step of a stance offers, in order: the workspace's targets, the targets
 * typed for earlier stances of this article, then the actors of the article (a stance is
 * often for or against a person, a party, a country: "against NATO"), each once. The
 * actors come only where free targets are allowed: a closed list of .sorot/schema.json
 * allows no others. An actor keeps its type, mentions and written forms so the picker can
 * show them (and typing "Rusia" finds the target Russia); not its KB id, which a target lacks.
 */
export function stanceTargetOptions(input: { configured: readonly string[]; used: readonly string[]; actors: readonly Choice[]; freeText: boolean }): Choice[] {
  const out: Choice[] = [];
  const seen = new Set<string>();
  const add = (choice: Choice): void => {
    const key = normalizeLabel(choice.label);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push(choice);
  };
  for (const label of input.configured) add({ label });
  for (const label of input.used) add({ label });
  if (input.freeText) {
    for (const actor of input.actors) {
      add({ label: actor.label, ...(actor.type ? { type: actor.type } : {}), ...(actor.mentions ? { mentions: actor.mentions } : {}), ...(actor.written?.length ? { written: actor.written } : {}), ...(actor.aliases?.length ? { aliases: actor.aliases } : {}) });
    }
  }
  return out;
}
