/**
 * Actor ids no KB entity can take: the annotation pickers' fixed actors, the outlet's own
 * voice and a source the article does not name. An annotation with one of these ids means
 * that actor, whatever the KB holds; the KB warns about a workspace entity given one
 * (merge.ts), and the annotations build their picker choices on them
 * (annotations/reserved-actors.ts). Each is the id and the fixed English label written
 * next to it in sidecars and exports, with what it stands for in messages. Imports
 * nothing: the KB and the annotations both read it, and the annotations depend on the KB,
 * never the reverse.
 */

export interface ReservedIdentity {
  /** The identity: a KB-style slug no KB entity can stand for (reserved ids resolve first). */
  readonly id: 'outlet' | 'unnamed-source';
  /** The label written next to the id, whatever language the editor shows. */
  readonly label: string;
  /** What it stands for, in the English of messages (a KB problem). */
  readonly meaning: string;
}

/** The outlet's own voice: a claim (or stance) of the article, no one quoted. */
export const OUTLET_IDENTITY: ReservedIdentity = { id: 'outlet', label: 'the outlet (own voice)', meaning: "the outlet's own voice" };

/** A source the article does not name ("kata seorang pejabat"). */
export const UNNAMED_SOURCE_IDENTITY: ReservedIdentity = { id: 'unnamed-source', label: 'unnamed source', meaning: 'an unnamed source' };

export const RESERVED_IDENTITIES: readonly ReservedIdentity[] = [OUTLET_IDENTITY, UNNAMED_SOURCE_IDENTITY];

/** The reserved identity of `id`, if it is one. */
export function reservedIdentityById(id: string | undefined): ReservedIdentity | undefined {
  return RESERVED_IDENTITIES.find((r) => r.id === id);
}
