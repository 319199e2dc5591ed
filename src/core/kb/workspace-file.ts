import type { Kb, KbProblem } from './types';
import { mergeWorkspaceKb, type MergeResult } from './merge';
import { jsonTooDeep } from '../text/json-nesting';

/**
 * Parses the text of a workspace file (.sorot/actors.json) and merges it into `builtin`.
 * Tolerates a BOM and CRLF; a file that is not JSON yields one 'error' problem with the
 * parser's position and the built-in KB unchanged. Never throws. The caller must not
 * rewrite a file that produced an 'error' here: it could not be understood fully.
 */
export function mergeWorkspaceKbText(builtin: Kb, text: string): MergeResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    const problems: KbProblem[] = [{ severity: 'warning', path: '', message: 'the file is empty; nothing was applied' }];
    return { kb: builtin, problems };
  }
  // The merge quotes values with JSON.stringify, which a hostile depth would overflow.
  const deep = jsonTooDeep(body);
  if (deep) return { kb: builtin, problems: [{ severity: 'error', path: '', message: `${deep.message}; nothing was applied` }] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { kb: builtin, problems: [{ severity: 'error', path: '', message: `not valid JSON (${detail}); nothing was applied` }] };
  }
  return mergeWorkspaceKb(builtin, parsed);
}
