// The dev batches that are a session's untouched yardstick: written and annotated before the
// recognizer ever ran on them, read as `npm run eval` rows only. Two things keep them
// untouched: the name and speaker models are not trained on them (scripts/name-model-data.ts),
// and `npm run eval -- --errors` does not print their errors (eval/run.ts), so that reading
// "the whole dev set's errors" cannot tune on them by accident.
import { inBatch, parseBatch, type Batch } from './batch';

/** d394–d405 in session 50's first round, d406–d417 since its second, d418–d429 in session
 *  51, d442–d453 in session 52, d454–d465 in session 53, d466–d477 in session 54, d478–d489 in session 55, d490–d501 in session 56, d502–d513 in session 57, d514–d525 since session 58 (held back before they were written,
 *  so that no helper reads their errors; the earlier ones may be read and trained on now). Listed in
 *  the READMEs of name-model/ and speaker-model/; widen the range, or add one, when a new
 *  yardstick batch comes. */
export const HELD_BACK_BATCHES: readonly Batch[] = [parseBatch('d514-d525')];

/** The article is in one of the held-back batches. */
export function isHeldBack(name: string, heldBack: readonly Batch[] = HELD_BACK_BATCHES): boolean {
  return heldBack.some((b) => inBatch(name, b));
}
