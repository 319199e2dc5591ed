// The KB's JSON in pieces, made once per KB object: the corpus index's cache key
// (kbDigestSteps) and the recognizer's workers (kbJsonSteps) both need every piece, and
// each stringified the whole KB for itself (issue 19: the built-in KB is 730 kB of JSON).
//
// What invalidates the pieces: only a new KB object. The memo never reads the content
// again, so it relies on KBs never being changed in place: loadBuiltinKb returns one
// read-only object (kb/builtin.ts), and mergeWorkspaceKb copies the built-in entities and
// builds a new KB object on every merge (kb/merge.ts, `const kb: Kb = …`; a file it
// refuses gives the built-in object itself), which the extension runs whenever
// .sorot/actors.json's text changes (services/corpus/workspace-kb.ts; the same text keeps
// the same object, so the same pieces).
//
// What it keeps alive: the pieces live as long as their KB object (a WeakMap), so a
// replaced workspace KB and its pieces go together. The built-in KB's object is held for
// the whole process (builtin.ts's `cached`), so its JSON, about 730 kB, is never freed
// either. Accepted: the entity objects it is made from are held anyway and take at least
// as much memory as their JSON, and in a workspace without its own KB every cache key and
// every worker start needs that JSON again: kept, it is made once per process.
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
