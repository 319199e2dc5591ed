// Sport teams (issue 13, pattern 3): "Timnas Indonesia U-23", "Timnas U-23", "Vietnam
// U-23" are organisations, not a place plus a person "U". A bare country standing for
// its team stays a place (the KB rule finds it).
import { adjacent, has, kbMatch, low, pushMention, type Ctx } from '../ctx';
import { CUES_CLEAR, NO_MATCH, type ActorRule } from '../rule';
import { F_TEAM_HEAD, G_MASK } from '../word-class';

const AGE_GROUP = /[ \u00a0]U-?(\d{2})(?![\p{L}\p{N}])/uy;

/** End of " U-23" right after `end`, or `end` itself. */
function ageGroupEnd(p: string, end: number): { end: number; age: string } {
  AGE_GROUP.lastIndex = end;
  const m = AGE_GROUP.exec(p);
  return m ? { end: end + m[0].length, age: m[1] } : { end, age: '' };
}

/** Sports named after "Timnas" (lower case): their Indonesian and English names. */
// (a Map: a plain object would answer "constructor" and "valueOf" too)
const SPORTS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['futsal', ['futsal', 'futsal']], ['basket', ['bola basket', 'basketball']], ['voli', ['bola voli', 'volleyball']],
  ['esports', ['esports', 'esports']], ['hoki', ['hoki', 'hockey']],
]);

/** Wikipedia-style title of a national team: Indonesian ones by their Indonesian title. */
function teamCanonical(country: string, age: string, sport: readonly [string, string] = ['sepak bola', 'football']): string {
  if (country === 'Indonesia') return `Tim nasional ${sport[0]}${age ? ` U-${age}` : ''} Indonesia`;
  return `${country} national${age ? ` under-${age}` : ''} ${sport[1]} team`;
}

function emitTeam(ctx: Ctx, start: number, end: number, canonical: string): number {
  pushMention(ctx, start, end, 'ORG', 'pattern');
  const last = ctx.out[ctx.out.length - 1];
  if (last && last.start === start && last.end === end) last.canonical = canonical;
  let j = 0;
  while (j < ctx.nt && ctx.ts[j] < end) j++;
  return j;
}

export const teamName: ActorRule = {
  name: 'team-name',
  cues: CUES_CLEAR,
  gate: F_TEAM_HEAD | G_MASK,
  apply(ctx, i) {
    const { p, ts, te, nt } = ctx;
    if (has(ctx, i, F_TEAM_HEAD)) {
      // "Timnas" [sport] [country] [U-23]
      let end = te[i];
      let country = 'Indonesia';
      // "Timnas Futsal Indonesia", "Timnas Basket": the team of another sport than football.
      let head = i;
      const sport = i + 1 < nt && adjacent(ctx, i, i + 1) ? SPORTS.get(low(ctx, i + 1)) : undefined;
      if (sport !== undefined) { head = i + 1; end = te[head]; }
      const m = head + 1 < nt && adjacent(ctx, head, head + 1) ? kbMatch(ctx, head + 1) : null;
      if (m && m.entity.type === 'GPE') { end = m.end; country = m.entity.canonical; }
      const age = ageGroupEnd(p, end);
      if (end === te[i] && age.end === end) return NO_MATCH;
      return emitTeam(ctx, ts[i], age.end, teamCanonical(country, age.age, sport));
    }
    // "Vietnam U-23": the age group makes the country a team.
    const m = kbMatch(ctx, i);
    if (!m || m.entity.type !== 'GPE' || p.charCodeAt(m.end + 1) !== 85 /* U */) return NO_MATCH;
    const age = ageGroupEnd(p, m.end);
    if (age.end === m.end) return NO_MATCH;
    return emitTeam(ctx, ts[i], age.end, teamCanonical(m.entity.canonical, age.age));
  },
};
