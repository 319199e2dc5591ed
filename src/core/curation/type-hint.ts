// The type a new actor span most likely has, before the researcher is asked: the type the
// recognizer gave the words the span overlaps. Marking "Netflix" inside a recognized
// "Platform Netflix" (ORG) is a boundary fix, not a new kind of actor, so the type
// question should start on organisation rather than on person.
import type { ActorType } from '../recognize/types';

interface TypedSpan {
  start: number;
  end: number;
  type: ActorType;
}

/** The type of the mention in `mentions` that shares the most characters with
 *  [start, end) (the earliest on a tie); undefined when none overlaps. */
export function typeOfOverlap(mentions: readonly TypedSpan[], start: number, end: number): ActorType | undefined {
  let best: TypedSpan | undefined;
  let bestShared = 0;
  for (const m of mentions) {
    const shared = Math.min(m.end, end) - Math.max(m.start, start);
    if (shared > bestShared) {
      best = m;
      bestShared = shared;
    }
  }
  return best?.type;
}
