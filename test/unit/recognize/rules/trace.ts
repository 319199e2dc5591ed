// Which rule of the actor table decided what, for one paragraph, with the test KB.
import { paragraphActors } from '../../../../src/core/recognize/paragraph-actors';
import { testKb } from '../test-kb';

/** "rule: consumed text" for every rule application, in order. */
export function steps(p: string): string[] {
  const out: string[] = [];
  paragraphActors(p, testKb, (rule, s, e) => out.push(`${rule}: ${p.slice(s, e)}`));
  return out;
}

/** The paragraph's mentions as "text/TYPE", without weak ones (a lone capitalised word
 *  with no clue, which the link pass keeps only if the article confirms it). */
export function mentions(p: string): string[] {
  return paragraphActors(p, testKb).filter((m) => m.source !== 'weak').map((m) => `${p.slice(m.start, m.end)}/${m.type}`);
}
