// The built-in knowledge base's index, built once on first use (building it costs a few
// milliseconds; most callers analyse many texts with it).
import { loadBuiltinKb } from '../kb/builtin';
import { KbIndex } from '../kb/kb-index';

let index: KbIndex | undefined;

export function defaultKbIndex(): KbIndex {
  if (!index) index = new KbIndex(loadBuiltinKb());
  return index;
}
