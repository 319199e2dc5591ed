// The questions a correction asks: an actor type, an identity (canonical), a speaker.
// Lists come first (the article's own actors, then the knowledge base); a name the lists
// do not have is typed in a separate input box behind an explicit "Other name…" item, so
// what is stored never depends on how fast the researcher typed.
import * as vscode from 'vscode';
import type { ActorType } from '../../core/recognize/types';

export interface Identity {
  canonical: string;
  type: ActorType;
  entityId?: string;
  /** Mentions in this article (0 for KB entities the article does not mention). */
  mentions: number;
}

interface Item<T> extends vscode.QuickPickItem {
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

export async function pickType(title: string, current?: ActorType): Promise<ActorType | undefined> {
  const items: Item<ActorType>[] = (['PER', 'ORG', 'GPE'] as const).map((t) => ({ label: `${ICONS[t]} ${typeLabel(t)}`, description: t, value: t, picked: t === current }));
  // The current type last in the list would be a no-op: keep it, but put the others first.
  items.sort((a, b) => Number(a.value === current) - Number(b.value === current));
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Type of the actor'), ignoreFocusOut: true });
  return chosen?.value;
}

/**
 * An identity: the article's actors (most mentioned first), then every other known
 * entity, then "Other name…". `suggestion` is the text of the span, offered first when
 * no list item has that name.
 */
export async function pickIdentity(title: string, article: readonly Identity[], known: readonly Identity[], suggestion?: string): Promise<Identity | 'other' | undefined> {
  const items: Item<Identity>[] = [];
  const seen = new Set<string>();
  const push = (i: Identity, description: string) => {
    if (seen.has(i.canonical)) return;
    seen.add(i.canonical);
    items.push({ label: `${ICONS[i.type]} ${i.canonical}`, description, value: i });
  };
  items.push({ label: vscode.l10n.t('In this article'), kind: vscode.QuickPickItemKind.Separator });
  for (const a of article) push(a, a.mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', a.mentions));
  items.push({ label: vscode.l10n.t('Knowledge base'), kind: vscode.QuickPickItemKind.Separator });
  for (const k of known) push(k, k.entityId ?? '');
  items.push({ label: `$(edit) ${vscode.l10n.t('Other name…')}`, description: suggestion && !seen.has(suggestion) ? suggestion : '', other: true, alwaysShow: true });
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Who is it? Type to filter'), ignoreFocusOut: true, matchOnDescription: true });
  if (!chosen) return undefined;
  return chosen.other ? 'other' : chosen.value;
}

/** The typed name for "Other name…"; Enter on the suggestion keeps it. */
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

/** A quote's speaker: an actor of the article, any known one, a typed name, or nobody. */
export async function pickSpeaker(title: string, article: readonly Identity[], known: readonly Identity[], current: string | null): Promise<{ speaker: string | null; speakerId?: string } | undefined> {
  const none: Item<null> = { label: `$(circle-slash) ${vscode.l10n.t('No speaker')}`, description: vscode.l10n.t('nobody identifiable says it'), value: null, alwaysShow: true };
  const items: Item<Identity | null>[] = [{ label: vscode.l10n.t('In this article'), kind: vscode.QuickPickItemKind.Separator }];
  const seen = new Set<string>();
  for (const a of article.filter((i) => i.type !== 'GPE' || i.canonical === current)) {
    seen.add(a.canonical);
    items.push({ label: `${ICONS[a.type]} ${a.canonical}`, description: a.canonical === current ? vscode.l10n.t('current speaker') : '', value: a });
  }
  items.push({ label: vscode.l10n.t('Knowledge base'), kind: vscode.QuickPickItemKind.Separator });
  for (const k of known) if (!seen.has(k.canonical) && k.type !== 'GPE') items.push({ label: `${ICONS[k.type]} ${k.canonical}`, description: k.entityId ?? '', value: k });
  items.push(none, { label: `$(edit) ${vscode.l10n.t('Other name…')}`, other: true, alwaysShow: true });
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Who says it? Type to filter'), ignoreFocusOut: true, matchOnDescription: true });
  if (!chosen) return undefined;
  if (chosen.other) {
    const name = await typeName(title);
    return name === undefined ? undefined : { speaker: name };
  }
  const v = chosen.value;
  if (!v) return { speaker: null };
  return v.entityId ? { speaker: v.canonical, speakerId: v.entityId } : { speaker: v.canonical };
}
