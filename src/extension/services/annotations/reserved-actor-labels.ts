// Shared by the annotation flows and the services' descriptions (a service, so that neither
// reaches into the other's feature). The pickers' fixed actors (core/annotations/reserved-actors.ts) in the display language.
// Only what the editor shows is translated: a sidecar stores the reserved id and the fixed
// English label (core storedActor), so the stored data never depends on the UI language.
// The strings are literal here so the l10n export finds them; the core's `uiLabels` list
// every translation of them (a unit test compares it with the bundles).
import * as vscode from 'vscode';
import type { Annotation, Choice } from '../../../core/annotations';
import { ACTOR_FIELDS, annotationActor } from '../../../core/annotations/actor-identity';
import { reservedActorOf, type ReservedActor } from '../../../core/annotations/reserved-actors';

/** The label a reserved actor is shown under. */
export function reservedActorLabel(actor: ReservedActor): string {
  switch (actor.id) {
    case 'outlet':
      return vscode.l10n.t('the outlet (own voice)');
    case 'unnamed-source':
      return vscode.l10n.t('unnamed source');
  }
}

/** A reserved actor's row in the actor step: an icon and what choosing it means, so the
 *  fixed choices read as choices among the article's actors (which have both), not as a
 *  heading or a typed name. */
export function reservedActorRow(actor: ReservedActor): { icon: string; about: string } {
  switch (actor.id) {
    case 'outlet':
      return { icon: '$(book)', about: vscode.l10n.t('the article itself asserts it, no one is quoted') };
    case 'unnamed-source':
      return { icon: '$(question)', about: vscode.l10n.t('a source the article does not name') };
  }
}

/** What a view calls a stored actor: a reserved one in the display language, any other
 *  by its stored label (the Analysis view's stance holders). */
export function shownActorLabel(label: string, id: string | undefined): string {
  return shownChoice(label, id).label;
}

/** A reserved actor as a picker offers it: shown translated, answered with its id. */
export function reservedChoice(actor: ReservedActor): Choice {
  return { label: reservedActorLabel(actor), id: actor.id };
}

/** A stored actor as a picker shows it (the current value when editing). */
export function shownChoice(label: string, id: string | undefined): Choice {
  const reserved = reservedActorOf(label, id);
  if (reserved) return reservedChoice(reserved);
  return id === undefined ? { label } : { label, id };
}

/** The annotation with a reserved actor's label in the display language, for views and
 *  hovers only; the same object for any other actor. Never saved. */
export function withShownReservedActor(a: Annotation): Annotation {
  const { label, id } = annotationActor(a);
  const reserved = reservedActorOf(label, id);
  if (!reserved) return a;
  const f = ACTOR_FIELDS[a.kind];
  const fields = { ...(a as unknown as Record<string, Record<string, unknown>>)[a.kind], [f.label]: reservedActorLabel(reserved), [f.id]: reserved.id };
  return { ...a, [a.kind]: fields } as Annotation;
}
