// "Kantor Perdana Menteri Kanada Mark Carney menyatakan …", "Kantor Presiden Prancis":
// a head of government's office speaks for the leader, and the sets give its statements to
// the leader and annotate no organisation for it (eval/README.md: an office speaking for a
// leader). So "Kantor" before a leader's title opens no organisation's name: the title and
// the names after it are read as they would be without it.
// Unless the KB knows the office as a body ("Kantor Presiden Ukraina": Office of the
// President of Ukraine): then the KB rule names it.
import { adjacent, kbMatch, lowIs, type Ctx } from './ctx';

const LEADER_TITLES = ['presiden', 'perdana', 'kanselir', 'raja', 'emir', 'sultan'];

/** Token i ("Kantor") is followed by a leader's title ("Perdana Menteri", "Wakil Presiden"). */
export function leaderOfficeAt(ctx: Ctx, i: number): boolean {
  if (!lowIs(ctx, i, 'kantor') || i + 1 >= ctx.nt || !adjacent(ctx, i, i + 1)) return false;
  if (kbMatch(ctx, i)?.entity.type === 'ORG') return false;
  const t = lowIs(ctx, i + 1, 'wakil') && i + 2 < ctx.nt && adjacent(ctx, i + 1, i + 2) ? i + 2 : i + 1;
  for (const title of LEADER_TITLES) if (lowIs(ctx, t, title)) return true;
  return false;
}
