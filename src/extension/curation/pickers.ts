// The questions a correction asks: an actor type, an identity (canonical), a speaker.
// Lists come first (the article's own actors, then the knowledge base); a name the lists
// do not have is typed in a separate input box behind an explicit "Other name…" item, so
// what is stored never depends on how fast the researcher typed.
import * as vscode from 'vscode';
import { namesChoice, withForms, type Choice } from '../../core/annotations';
import type { ActorType } from '../../core/recognize/types';
import { chooseNamed, formsText, type NamedItem } from '../quick-input';

export interface Identity {
  canonical: string;
  type: ActorType;
  entityId?: string;
  /** Mentions in this article (0 for KB entities the article does not mention). */
  mentions: number;
  /** Forms this article writes it in, most frequent first ("Peskov", "Kemlu"). */
  written?: readonly string[];
  /** The KB's aliases ("PBB" for United Nations). */
  aliases?: readonly string[];
}

/**
 * What an identity can be matched by besides its name (core written-forms.ts, the owner
 * for every picker): the article's forms first, then every KB alias the name and those
 * forms do not already give. Every alias, not a few: Enter on "Other name…" with an
 * alias typed must find the identity, so the alias has to be in the list. That stays
 * quick and quiet: the KB's ~2,500 entities have 2 aliases at the median and 20 at most
 * (about 100 KB of text, sent to the window once; the list never changes while open),
 * and they go in the one-line description, where the window's substring filter finds
 * them, rather than in a second line (matchOnDetail) that would double the list's height.
 */
function identityChoice(i: Identity): Choice {
  return withForms({ label: i.canonical }, i.written ?? [], i.aliases ?? [], Infinity);
}

/** "3 mentions · written: Peskov · also: Dmitri Peskov": the description that both
 *  tells the identity apart and lets the filter find it by its forms. */
function describe(about: string, choice: Choice): string {
  return [about, formsText(choice)].filter(Boolean).join(' · ');
}

interface Item<T> extends NamedItem {
  value?: T;
  other?: true;
}

const ICONS: Record<ActorType, string> = { PER: '$(person)', ORG: '$(organization)', GPE: '$(globe)' };

export function typeLabel(type: ActorType): string {
  switch (type) {
    case 'PER':
      return vscode.l10n.t('person');
    case 'ORG':
      return vscode.l10n.t('organisation');
    case 'GPE':
      return vscode.l10n.t('place');
  }
}

/**
 * `change`: the question is "which other type?" (Change Type), so the current type comes
 * last; otherwise (a new identity) the current type is the answer Enter gives.
 */
export async function pickType(title: string, current?: ActorType, change = false): Promise<ActorType | undefined> {
  // The current type is named: offered last on a change, it would otherwise look like an
  // order of no meaning, and a researcher could not tell what the mention is now.
  const items: Item<ActorType>[] = (['PER', 'ORG', 'GPE'] as const).map((t) => ({
    label: `${ICONS[t]} ${typeLabel(t)}`, description: t === current ? `${t} · ${vscode.l10n.t('current value')}` : t, value: t,
  }));
  const rank = (t?: ActorType) => (t === current ? (change ? 1 : -1) : 0);
  items.sort((a, b) => rank(a.value) - rank(b.value));
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Type of the actor'), ignoreFocusOut: true });
  return chosen?.value;
}

export interface IdentityQuestion {
  /** The span's own words: offered first as a new name when no listed actor has it. */
  suggestion?: string;
  /** The identity now (relinking): offered first, so Enter keeps it. */
  current?: string;
}

/**
 * An identity: the suggestion or the current one first, then the article's actors (most
 * mentioned first), every other known entity, and "Other name…", which asks for a name
 * in an input box (filled with what was typed). Returns a typed name as `{ typed }`.
 */
export async function pickIdentity(title: string, article: readonly Identity[], known: readonly Identity[], question: IdentityQuestion = {}): Promise<Identity | { typed: string } | undefined> {
  const items: Item<Identity | string>[] = [];
  const seen = new Set<string>();
  const push = (i: Identity, about: string) => {
    if (seen.has(i.canonical)) return;
    seen.add(i.canonical);
    const choice = identityChoice(i);
    items.push({ label: `${ICONS[i.type]} ${i.canonical}`, description: describe(about, choice), value: i, choice });
  };
  const all = [...article, ...known];
  const current = question.current === undefined ? undefined : all.find((i) => i.canonical === question.current);
  if (current) push(current, vscode.l10n.t('current'));
  // The span's own words first: a known actor of that name, else a new name.
  const suggestion = question.suggestion?.trim();
  // By name, else by a form or alias ("Peskov" selected is Dmitry Peskov, not a new name).
  const named = suggestion === undefined ? undefined : all.find((i) => i.canonical === suggestion) ?? all.find((i) => namesChoice(identityChoice(i), suggestion));
  if (named) push(named, vscode.l10n.t('as written here'));
  else if (suggestion) items.push({ label: `$(add) ${suggestion}`, description: vscode.l10n.t('new name, as written here'), value: suggestion });
  items.push({ label: vscode.l10n.t('In this article'), kind: vscode.QuickPickItemKind.Separator });
  for (const a of article) push(a, a.mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', a.mentions));
  items.push({ label: vscode.l10n.t('Knowledge base'), kind: vscode.QuickPickItemKind.Separator });
  for (const k of known) push(k, k.entityId ?? '');
  items.push({ label: `$(edit) ${vscode.l10n.t('Other name…')}`, other: true, alwaysShow: true });
  const chosen = await chooseNamed<Item<Identity | string>>(title, vscode.l10n.t('Who is it? Type to filter'), items);
  if (!chosen) return undefined;
  if (chosen.item.other) {
    const name = await typeName(vscode.l10n.t('New name'), chosen.typed || suggestion);
    return name === undefined ? undefined : { typed: name };
  }
  const v = chosen.item.value!;
  return typeof v === 'string' ? { typed: v } : v;
}

/** A quote's speaker: an actor of the article, any known one, a typed name, or nobody. */
export async function pickSpeaker(title: string, article: readonly Identity[], known: readonly Identity[], current: string | null): Promise<{ speaker: string | null; speakerId?: string } | undefined> {
  const items: Item<Identity | null>[] = [];
  const seen = new Set<string>();
  const push = (i: Identity, about: string) => {
    if (seen.has(i.canonical)) return;
    seen.add(i.canonical);
    const choice = identityChoice(i);
    items.push({ label: `${ICONS[i.type]} ${i.canonical}`, description: describe(about, choice), value: i, choice });
  };
  const now = current === null ? undefined : [...article, ...known].find((i) => i.canonical === current);
  if (now) push(now, vscode.l10n.t('current speaker'));
  items.push({ label: vscode.l10n.t('In this article'), kind: vscode.QuickPickItemKind.Separator });
  for (const a of article) if (a.type !== 'GPE') push(a, '');
  items.push({ label: vscode.l10n.t('Knowledge base'), kind: vscode.QuickPickItemKind.Separator });
  for (const k of known) if (k.type !== 'GPE') push(k, k.entityId ?? '');
  // Typed text that no listed name contains leaves these two: Enter asks for the name.
  items.push(
    { label: `$(edit) ${vscode.l10n.t('Other name…')}`, other: true, alwaysShow: true },
    { label: `$(circle-slash) ${vscode.l10n.t('No speaker')}`, description: vscode.l10n.t('nobody identifiable says it'), value: null, alwaysShow: true },
  );
  const chosen = await chooseNamed<Item<Identity | null>>(title, vscode.l10n.t('Who says it? Type to filter'), items);
  if (!chosen) return undefined;
  if (chosen.item.other) {
    const name = await typeName(vscode.l10n.t('New name'), chosen.typed);
    return name === undefined ? undefined : { speaker: name };
  }
  const v = chosen.item.value;
  if (!v) return { speaker: null };
  return v.entityId ? { speaker: v.canonical, speakerId: v.entityId } : { speaker: v.canonical };
}

/** The name for "Other name…", filled with what was typed in the list. */
export async function typeName(title: string, suggestion = ''): Promise<string | undefined> {
  const name = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('The canonical name, as it should appear in exports'),
    value: suggestion,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Type a name, or press Escape to cancel.')),
  });
  return name?.trim() || undefined;
}
