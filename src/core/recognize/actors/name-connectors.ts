// Small words that join the capitalised words of one foreign name: "Light of Myanmar"
// (english-body-name.ts), "Banco Central de Chile" (romance-body-name.ts), "Center of Reform
// on Economics" (unknown-name.ts). Each rule keeps its own words; this is the one test that
// the gap between two tokens is exactly one of them, blanks included.
import type { Ctx } from './ctx';

export class NameConnectors {
  private readonly shortest: number;
  private readonly longest: number;

  /** `words`: the connectors with their blanks (" of ", " de la "). */
  constructor(private readonly words: readonly string[]) {
    this.shortest = Math.min(...words.map((w) => w.length));
    this.longest = Math.max(...words.map((w) => w.length));
  }

  /** The text from token `k`'s end to token `next`'s start is one of the connectors. */
  between(ctx: Ctx, k: number, next: number): boolean {
    const from = ctx.te[k];
    const length = ctx.ts[next] - from;
    if (length < this.shortest || length > this.longest) return false;
    for (const c of this.words) if (c.length === length && ctx.p.startsWith(c, from)) return true;
    return false;
  }
}
