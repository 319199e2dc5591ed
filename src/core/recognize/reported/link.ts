// The article-pass half of reported statements: the result object, and the link from a
// statement to the quoted fragments inside it. Speakers are resolved in link.ts's
// quote walk (the same rules, the same salient speaker), which calls these.
import type { ActorMention, Quote, ReportedStatement, StatementAttribution } from '../types';

export function reportedStatement(text: string, start: number, end: number, cue: string, who: ActorMention, how: StatementAttribution): ReportedStatement {
  return {
    start, end, text: text.slice(start, end), speaker: who.canonical, speakerMention: { start: who.start, end: who.end }, cue,
    attribution: how,
  };
}

/** Both lists sorted by start: one merge walk marks each quote lying inside a statement
 *  ("Macron mengatakan “tidak ada yang boleh dikecualikan” dalam kesepakatan itu"). */
export function linkQuotedFragments(reported: ReportedStatement[], quotes: readonly Quote[]): void {
  let q = 0;
  for (let r = 0; r < reported.length && q < quotes.length; r++) {
    const s = reported[r];
    while (q < quotes.length && quotes[q].start < s.start) q++;
    for (let x = q; x < quotes.length && quotes[x].start < s.end; x++) {
      if (quotes[x].end <= s.end) (s.quotes ??= []).push({ start: quotes[x].start, end: quotes[x].end });
    }
  }
}
