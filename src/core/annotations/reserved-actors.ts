/**
 * Actors that are a fixed choice of the annotation pickers, not an entity of the
 * knowledge base: the outlet speaking in its own voice (a claim the article makes itself)
 * and a source the article does not name. Each is ONE identity whatever language the
 * editor shows: a reserved id (written as `claimantId` / `holderId` / `sourceId`) and a
 * fixed English label written next to it (kb/reserved-ids.ts, which the KB reads too).
 * Only the editor shows the label translated
 * (src/extension/services/annotations/reserved-actor-labels.ts); sidecars, exports, agreement and
 * analysis see the id and the fixed label, so two annotators in two display languages
 * agree and an export carries no UI text.
 *
 * Before the ids existed the pickers wrote the translated label as free text
 * ("media itu sendiri (suara redaksi)" in an Indonesian editor). Every label a picker
 * ever showed for one of them, in every language Sorot is translated into (`uiLabels`),
 * reads as the identity: when a sidecar is parsed (parse.ts; the file is not rewritten
 * for it) and whenever an actor is resolved (actor-identity.ts), so annotations imported
 * from an older export count as the same actor too. A unit test keeps `uiLabels` in step
 * with the l10n bundles. Pure: no I/O, no `vscode`.
 */
import { OUTLET_IDENTITY, UNNAMED_SOURCE_IDENTITY, type ReservedIdentity } from '../kb/reserved-ids';
import { normalizeLabel, type Choice } from './pick-list';
import type { AnnotationKind } from './types';

/** A reserved identity (kb/reserved-ids.ts) as the pickers offer it. */
export interface ReservedActor extends ReservedIdentity {
  /** Each label a picker showed for it, in every display language (the English one first). */
  readonly uiLabels: readonly string[];
}

/** The outlet's own voice: a claim (or stance) of the article, no one quoted. */
export const OUTLET_VOICE: ReservedActor = { ...OUTLET_IDENTITY, uiLabels: ['the outlet (own voice)', 'media itu sendiri (suara redaksi)'] };

/** A source the article does not name ("kata seorang pejabat"). */
export const UNNAMED_SOURCE: ReservedActor = { ...UNNAMED_SOURCE_IDENTITY, uiLabels: ['unnamed source', 'sumber anonim'] };

export const RESERVED_ACTORS: readonly ReservedActor[] = [OUTLET_VOICE, UNNAMED_SOURCE];

/** The fixed actors each kind's actor step offers after the article's: a claim and a
 *  stance may be the outlet's own (an editorial's claim, its stance against a bill); a
 *  source may be unnamed. The one owner of which picker offers which. */
const OFFERED: Record<AnnotationKind, readonly ReservedActor[]> = {
  claim: [OUTLET_VOICE],
  stance: [OUTLET_VOICE],
  source: [UNNAMED_SOURCE],
};

/** What the actor step of a `kind` lists: the article's actors, then the reserved actors
 *  that kind offers, each as `show` presents it (the editor shows the label translated
 *  and answers with the id; by default the fixed label). */
export function actorStepOptions(kind: AnnotationKind, actors: readonly Choice[], show: (actor: ReservedActor) => Choice = (a) => ({ label: a.label, id: a.id })): Choice[] {
  return [...actors, ...OFFERED[kind].map(show)];
}

/** How a report or view names a stored actor (its label and id). The extension gives its
 *  label owner (services/annotations/reserved-actor-labels.ts shownActorLabel), so a
 *  reserved actor reads as the pickers show it in the display language; what is counted,
 *  compared and exported keeps the stored identity. */
export interface ShownNames {
  actor(label: string, id: string | undefined): string;
}

/** The stored names as they are: a reserved actor under its fixed English label, which is
 *  also what an English editor shows (the CLI, tests, a caller with no display language). */
export const STORED_NAMES: ShownNames = { actor: (label) => label };

const BY_ID = new Map<string, ReservedActor>(RESERVED_ACTORS.map((a) => [a.id, a]));
const BY_UI_LABEL = new Map<string, ReservedActor>(RESERVED_ACTORS.flatMap((a) => a.uiLabels.map((l) => [normalizeLabel(l), a] as const)));

export function reservedActorById(id: string | undefined): ReservedActor | undefined {
  return id === undefined ? undefined : BY_ID.get(id);
}

/**
 * The reserved actor a stored (label, id) stands for: the one of a reserved id; with no
 * id, the one a picker showed under this label in some language. A label beside another
 * id is that id's actor, never a reserved one.
 */
export function reservedActorOf(label: string, id: string | undefined): ReservedActor | undefined {
  return id !== undefined ? BY_ID.get(id) : BY_UI_LABEL.get(normalizeLabel(label));
}

/** What to store for an actor a picker answered with: a reserved actor (picked, or its
 *  label typed in any display language) as its id and fixed label, never as the
 *  translated label it was shown under; anything else as it is. */
export function storedActor<T extends { label: string; id?: string }>(choice: T): T {
  const reserved = reservedActorOf(choice.label, choice.id);
  return reserved ? { ...choice, label: reserved.label, id: reserved.id } : choice;
}
