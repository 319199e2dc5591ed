/**
 * A sidecar holds two lists of anchored items: the researcher's annotations and the
 * corrections of the recognized layer. Every step that moves offsets (live edits, a
 * reload, the trip between an unsaved buffer and the file's text) must move both, or a
 * correction would keep offsets into a text that is gone; this is the one place that
 * knows the sidecar has two lists.
 */
import type { Correction } from './corrections';
import { sortAnnotations } from './serialize';
import type { Annotation, Sidecar } from './types';

/**
 * Moves one list; called once per list with the same rule. `companions` are the same
 * list of other versions of the sidecar (e.g. as last shown, as last written).
 */
export type MoveAnchored = <T extends Annotation | Correction>(list: readonly T[], ...companions: (readonly T[])[]) => T[];

/** The sidecar with both lists moved (and kept in canonical order). */
export function moveAnchored(sidecar: Sidecar, move: MoveAnchored, ...companions: (Sidecar | undefined)[]): Sidecar {
  const out: Sidecar = { ...sidecar, annotations: sortAnnotations(move(sidecar.annotations, ...companions.map((c) => c?.annotations ?? []))) };
  if (sidecar.corrections) out.corrections = sortAnnotations(move(sidecar.corrections, ...companions.map((c) => c?.corrections ?? [])));
  return out;
}
