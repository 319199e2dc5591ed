// Examples of the learned speaker choice from the project's gold (old set and dev, never
// test: name-model-data.ts's goldDocs refuses it): each article analysed with the rules
// alone, its choices collected, each labelled with the candidates naming the gold speaker
// of the gold quote of the same span (statements: the gold statement overlapping by at
// least half of the longer span, as the scorer matches them).
import { analyze } from '../src/core/recognize/analyze';
import { collectSpeakerChoices, type SpeakerChoice } from '../src/core/recognize/speaker-model';
import type { LabelledChoice } from '../src/core/recognize/speaker-model/train';
import type { GoldDocument } from '../eval/gold-types';

/** The gold speaker of a choice's quote or statement; undefined when the gold has no such
 *  quote or statement (the choice is then neither taught nor scored). */
export function goldSpeaker(d: GoldDocument, c: SpeakerChoice): string | null | undefined {
  const { start, end } = c.item;
  if ('attribution' in c.item) {
    const g = (d.reported ?? []).find((r) => Math.min(r.end, end) - Math.max(r.start, start) >= Math.max(r.end - r.start, end - start) / 2);
    return g?.speaker;
  }
  return d.quotes.find((q) => q.start === start && q.end === end)?.speaker;
}

export interface ArticleChoices { doc: GoldDocument; examples: (LabelledChoice & { gold: string | null })[] }

/** Every article's labelled choices (the rules alone decide the candidates' context). */
export function articleChoices(docs: readonly GoldDocument[]): ArticleChoices[] {
  return docs.map((doc) => {
    const [choices] = collectSpeakerChoices(() => { analyze(doc.articleText); });
    const examples: ArticleChoices['examples'] = [];
    for (const choice of choices ?? []) {
      const gold = goldSpeaker(doc, choice);
      if (gold === undefined) continue;
      const right = choice.candidates.flatMap((c, k) => (c.canonical === gold ? [k] : []));
      examples.push({ choice, right, gold });
    }
    return { doc, examples };
  });
}
