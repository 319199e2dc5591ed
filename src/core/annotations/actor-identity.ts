/**
 * Who an annotation's actor (claimant, stance holder, source) is, read against the
 * knowledge base in force (built-in + workspace `.sorot/actors.json`, merges applied).
 *
 * A sidecar stores the label shown when the actor was picked and, for a KB actor, its
 * entity id. The id is the identity; the label is only what it was called then. Renames
 * and merges in the KB are resolved here, at read time, and never written back: a KB
 * edit would otherwise rewrite every annotator's files (churn in git, conflicts with
 * files other annotators are editing, and a rename that could not be undone by undoing
 * the KB edit). Pure: no I/O, no `vscode`.
 */
import type { Kb, KbEntity } from '../kb/types';
import type { Annotation, AnnotationKind } from './types';
import { runSteps, type Steps } from '../incremental/time-slices';
import { reservedActorOf } from './reserved-actors';

/** The label field and the id field of each kind's actor. */
export const ACTOR_FIELDS = {
  claim: { label: 'claimant', id: 'claimantId' },
  stance: { label: 'holder', id: 'holderId' },
  source: { label: 'sourceName', id: 'sourceId' },
} as const satisfies Record<AnnotationKind, { label: string; id: string }>;

/** The KB prepared for resolving: entities by id, merge links, and label lookups. */
export interface ActorDirectory {
  readonly entities: ReadonlyMap<string, KbEntity>;
  /** Old id -> id it was merged into (may chain; cycles are tolerated). */
  readonly merged: ReadonlyMap<string, string>;
  /** Surface form (whitespace collapsed) -> ids of the entities that have it. */
  readonly exact: ReadonlyMap<string, ReadonlySet<string>>;
  /** The same, case-folded. */
  readonly folded: ReadonlyMap<string, ReadonlySet<string>>;
}

/**
 * - `resolved`: the stored id names an entity (directly or through merges): `id` is the
 *   surviving entity's id, `label` its current canonical name.
 * - `matched`: no stored id, but the label is the canonical name or an alias of exactly
 *   one entity (only when asked for with `matchLabels`).
 * - `unknown-id`: the stored id names no entity of this KB (a workspace entity deleted,
 *   a file from another workspace): the stored id and label are kept as they are, so
 *   nothing is lost and the id still identifies the actor among annotators.
 * - `reserved`: one of the pickers' fixed actors (reserved-actors.ts: the outlet's own
 *   voice, an unnamed source), by its reserved id or by a label a picker showed for it in
 *   any display language: `id` is the reserved id, `label` its fixed stored label. Decided
 *   before the KB is asked, so no KB entity can take a reserved id or label.
 * - `free`: free text, an actor the KB does not know.
 */
export type ActorState = 'resolved' | 'matched' | 'unknown-id' | 'reserved' | 'free';

export interface ResolvedActor {
  state: ActorState;
  /** The identity: absent only for free text. */
  id?: string;
  /** What to show: the current canonical name when resolved or matched, else the stored label. */
  label: string;
  /** The stored label, as the annotator saw it. */
  storedLabel: string;
  /** The stored id, when there is one and it differs from `id` (the entity was merged). */
  mergedFrom?: string;
}

export interface ResolveOptions {
  /**
   * Also identify a label without id by the KB's names (canonical or alias, exactly one
   * entity; case-insensitive only when the exact spelling finds none). Used to compare
   * annotators, so a label typed in a file from before ids ("Peskov") meets an id picked
   * later; never used to write or export an id the annotator did not pick.
   */
  matchLabels?: boolean;
}

const EMPTY: ActorDirectory = { entities: new Map(), merged: new Map(), exact: new Map(), folded: new Map() };

/** An empty directory: every stored id is `unknown-id`, every label `free`. */
export function emptyActorDirectory(): ActorDirectory {
  return EMPTY;
}

export function actorDirectory(kb: Kb): ActorDirectory {
  return runSteps(actorDirectorySteps(kb));
}

/** Entities whose names a step of actorDirectorySteps spells out (about 400 names). */
const ENTITIES_PER_STEP = 128;

/** actorDirectory as steps, for the extension host (issue 19): the built-in KB's 2,000
 *  entities and 6,500 names in one go were a task of 5-40 ms (the export's longest). */
export function* actorDirectorySteps(kb: Kb): Steps<ActorDirectory> {
  const entities = new Map<string, KbEntity>();
  const exact = new Map<string, Set<string>>();
  const folded = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, id: string) => {
    if (key === '') return;
    let ids = map.get(key);
    if (!ids) map.set(key, (ids = new Set()));
    ids.add(id);
  };
  let seen = 0;
  for (const e of kb.entities) {
    if (++seen % ENTITIES_PER_STEP === 0) yield ENTITIES_PER_STEP;
    // The first entity with an id wins, as in the KB index (workspace entities come first).
    if (entities.has(e.id)) continue;
    entities.set(e.id, e);
    for (const name of [e.canonical, ...e.aliases]) {
      add(exact, normalizeLabel(name), e.id);
      add(folded, foldLabel(name), e.id);
    }
  }
  return { entities, merged: new Map(Object.entries(kb.merged ?? {})), exact, folded };
}

/** Resolves one actor given by its stored label and id. */
export function resolveActor(directory: ActorDirectory, label: string, id: string | undefined, options: ResolveOptions = {}): ResolvedActor {
  const reserved = reservedActorOf(label, id);
  if (reserved) return { state: 'reserved', id: reserved.id, label: reserved.label, storedLabel: label };
  if (id !== undefined) {
    const current = followMerges(directory, id);
    const entity = current === undefined ? undefined : directory.entities.get(current);
    if (!entity) return { state: 'unknown-id', id, label, storedLabel: label };
    const out: ResolvedActor = { state: 'resolved', id: entity.id, label: entity.canonical, storedLabel: label };
    if (entity.id !== id) out.mergedFrom = id;
    return out;
  }
  if (options.matchLabels) {
    const match = only(directory.exact.get(normalizeLabel(label))) ?? onlyIfNone(directory.exact.get(normalizeLabel(label)), directory.folded.get(foldLabel(label)));
    const entity = match === undefined ? undefined : directory.entities.get(match);
    if (entity) return { state: 'matched', id: entity.id, label: entity.canonical, storedLabel: label };
  }
  return { state: 'free', label, storedLabel: label };
}

/** The actor of an annotation (each kind has exactly one). */
export function annotationActor(a: Annotation): { kind: AnnotationKind; label: string; id?: string } {
  const f = ACTOR_FIELDS[a.kind];
  const fields = (a as unknown as Record<string, Record<string, unknown>>)[a.kind];
  const id = fields[f.id];
  return { kind: a.kind, label: String(fields[f.label] ?? ''), ...(typeof id === 'string' ? { id } : {}) };
}

export function resolveAnnotationActor(directory: ActorDirectory, a: Annotation, options: ResolveOptions = {}): ResolvedActor {
  const { label, id } = annotationActor(a);
  return resolveActor(directory, label, id, options);
}

/**
 * The annotation as readers should show and export it: a resolved actor carries the
 * entity's current canonical name and surviving id, a reserved actor its reserved id and
 * fixed label. Anything else is returned as it is (the same object), so an unknown id or
 * free text is never altered. Never write the result back to a sidecar: that would turn
 * a read-time view into a rewrite.
 */
export function withCurrentActor(directory: ActorDirectory, a: Annotation): Annotation {
  const r = resolveAnnotationActor(directory, a);
  const stored = annotationActor(a);
  if ((r.state !== 'resolved' && r.state !== 'reserved') || (r.label === stored.label && r.id === stored.id)) return a;
  return withActor(a, r.label, r.id);
}

/**
 * Each annotation whose actor is stored as a label a picker showed for a reserved actor
 * (reserved-actors.ts), with no id, given that actor's id and fixed label; the others as
 * they are (the same array when none changes). How parse.ts reads files written before
 * the reserved ids: the label was the picker's own choice, not a guess from a KB name.
 */
export function withReservedActorIds(annotations: Annotation[]): Annotation[] {
  let out: Annotation[] | undefined;
  for (let i = 0; i < annotations.length; i++) {
    const a = annotations[i];
    const actor = annotationActor(a);
    const reserved = actor.id === undefined ? reservedActorOf(actor.label, undefined) : undefined;
    if (!reserved) continue;
    out ??= [...annotations];
    out[i] = withActor(a, reserved.label, reserved.id);
  }
  return out ?? annotations;
}

/** A copy of `a` whose actor is `label` with `id` (undefined: none). */
function withActor(a: Annotation, label: string, id: string | undefined): Annotation {
  const f = ACTOR_FIELDS[a.kind];
  const fields: Record<string, unknown> = { ...(a as unknown as Record<string, Record<string, unknown>>)[a.kind], [f.label]: label };
  if (id === undefined) delete fields[f.id];
  else fields[f.id] = id;
  return { ...a, [a.kind]: fields } as Annotation;
}

/**
 * Whether two actors are the same: equal identities when both have one (after merges),
 * else equal labels as shown. Two different ids are two actors even under one name.
 */
export function sameActor(x: ResolvedActor, y: ResolvedActor): boolean {
  if (x.id !== undefined && y.id !== undefined) return x.id === y.id;
  return x.label === y.label;
}

/** Follows merge links from `id` to the id that survives; undefined when they run in a cycle. */
function followMerges(directory: ActorDirectory, id: string): string | undefined {
  let current = id;
  const seen = new Set<string>([id]);
  for (let next = directory.merged.get(current); next !== undefined; next = directory.merged.get(current)) {
    // An id that still is an entity stops the chain: a merge that was not applied.
    if (directory.entities.has(current)) break;
    if (seen.has(next)) return undefined;
    seen.add(next);
    current = next;
  }
  return current;
}

function only(ids: ReadonlySet<string> | undefined): string | undefined {
  return ids && ids.size === 1 ? ids.values().next().value : undefined;
}

/** The folded match counts only when the exact spelling found no entity at all. */
function onlyIfNone(exactIds: ReadonlySet<string> | undefined, foldedIds: ReadonlySet<string> | undefined): string | undefined {
  return exactIds && exactIds.size > 0 ? undefined : only(foldedIds);
}

function normalizeLabel(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function foldLabel(s: string): string {
  return normalizeLabel(s).toLowerCase();
}
