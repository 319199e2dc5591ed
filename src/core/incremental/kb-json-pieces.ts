// The KB's JSON in pieces, made once per KB object: the corpus index's cache key
// (kbDigestSteps) and the recognizer's workers (kbJsonSteps) both need every piece, and
// each stringified the whole KB for itself (issue 19: the built-in KB is 730 kB of JSON).
// A KB object is never changed in place (a change of the workspace KB makes a new one),
// so its object stands for its content; a WeakMap lets a replaced KB and its pieces go.
import type { Kb } from '../kb/types';

/** Entities put in JSON in one piece: about 14 kB of JSON in the built-in KB (3,259
 *  entities, 730 kB), a fraction of a millisecond. */
export const KB_ENTITIES_PER_STEP = 64;

/** The pieces of one KB made so far, and what makes the rest. Two readers of the same KB
 *  may take turns (the cache key and the workers start in the same slices): each piece is
 *  made by whichever reader asks for it first. */
interface KbPieces {
  made: string[];
  rest: Generator<string, void, void> | undefined;
}

/** One owner of the KB's JSON pieces per KB object. `stringify` is JSON.stringify (a
 *  test passes one that counts its calls). */
export class KbJsonMemo {
  private readonly byKb = new WeakMap<Kb, KbPieces>();

  constructor(private readonly stringify: (value: unknown) => string = JSON.stringify) {}

  /** The KB's JSON a piece at a time: a run of entities a piece (without the array's
   *  brackets; '' for no entities), then the suppressed forms, then the merges. */
  *pieces(kb: Kb): Generator<string, void, void> {
    let entry = this.byKb.get(kb);
    if (!entry) this.byKb.set(kb, (entry = { made: [], rest: this.make(kb) }));
    for (let i = 0; ; i++) {
      if (i === entry.made.length) {
        const next = entry.rest?.next();
        if (!next || next.done) {
          entry.rest = undefined;
          return;
        }
        entry.made.push(next.value);
      }
      yield entry.made[i] as string;
    }
  }

  private *make(kb: Kb): Generator<string, void, void> {
    for (let i = 0; i < kb.entities.length; i += KB_ENTITIES_PER_STEP) yield this.stringify(kb.entities.slice(i, i + KB_ENTITIES_PER_STEP)).slice(1, -1);
    yield this.stringify(kb.suppress ?? []);
    yield this.stringify(kb.merged ?? {});
  }
}

/** The memo the extension's cache key and workers share. */
export const KB_JSON = new KbJsonMemo();
