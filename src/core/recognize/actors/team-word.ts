// "Honda Team Asia", "Nusantara Pro Cycling", "Garuda Racing Indonesia": a racing or cycling
// team is named by its sponsor and a team word, which may stand anywhere after the first
// word (the last word is often a region). No person's name has such a word, so a run with
// one is the team, even after a rider's title ("Pembalap Honda Team Asia itu …").

import { low, type Ctx } from './ctx';

const TEAM_WORDS = new Set(['team', 'racing', 'cycling', 'motorsport', 'motorsports']);

/** One of the tokens (s, e) after the run's first is a team word. */
export function teamWordInRun(ctx: Ctx, s: number, e: number): boolean {
  for (let k = s + 1; k < e; k++) if (TEAM_WORDS.has(low(ctx, k))) return true;
  return false;
}
