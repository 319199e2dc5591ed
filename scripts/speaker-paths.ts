// How the recognizer decides quote and reported-statement speakers on the project's gold,
// by path: a quote's `cue` (an explicit clause "kata", "ujarnya", …, or a context path
// "continuation", "exchange", "floor", "closing", or none) and a statement's attribution (explicit,
// anaphoric, context). Prints, per path, how many matched quotes / statements took it and
// how many of them got the gold speaker, over all dev, the fresh dev articles (d204 and up,
// `--fresh N`) and the old set. The test set is never read (name-model-data.ts refuses it).
//
// usage: npx tsx scripts/speaker-paths.ts [--fresh N] [--rules]
//   --rules   the rules alone (without the learned speaker choice, speaker-model/)
import { analyze as analyzeShipped } from '../src/core/recognize/analyze';
import { collectSpeakerChoices, withSpeakerModel } from '../src/core/recognize/speaker-model';
import { CONTEXT_CUE } from '../src/core/recognize/types';
import { CLOSING_CUE } from '../src/core/recognize/closing-attribution';
import type { GoldDocument } from '../eval/gold-types';
import { goldDocs, numberArg, TRAINING_GOLD_DIRS } from './name-model-data';

interface Tally { n: number; ok: number }
type Paths = Map<string, Tally>;

// (`closing`: the speaker the attribution after the quote names, closing-attribution.ts)
const EXPLICIT_CONTEXT = new Set<string>([...Object.values(CONTEXT_CUE), CLOSING_CUE, 'hal itu disampaikan']);

/** A quote's path: its cue when it is one of the context paths, "(none)" without a cue,
 *  "pointing back" for a "-nya" or pronoun cue resolved by context, else "clause" (an
 *  attribution clause named or described the speaker). */
export function quotePath(cue: string | undefined, pointsBack: boolean): string {
  if (pointsBack) return 'pointing back';
  if (cue === undefined) return '(none)';
  return EXPLICIT_CONTEXT.has(cue) ? cue : 'clause';
}

function add(paths: Paths, key: string, ok: boolean): void {
  const t = paths.get(key) ?? { n: 0, ok: 0 };
  t.n++;
  if (ok) t.ok++;
  paths.set(key, t);
}

const analyze = (text: string): ReturnType<typeof analyzeShipped> =>
  (process.argv.includes('--rules') ? withSpeakerModel(null, 0, () => analyzeShipped(text)) : analyzeShipped(text));

function tally(docs: readonly GoldDocument[]): { quotes: Paths; reported: Paths } {
  const quotes: Paths = new Map();
  const reported: Paths = new Map();
  for (const d of docs) {
    const r = analyze(d.articleText);
    // (which quotes the learned choice is asked about: those whose cue points back)
    const [choices] = collectSpeakerChoices(() => { analyzeShipped(d.articleText); });
    const back = new Set(choices.filter((c) => c.path === 'anaphora').map((c) => `${c.item.start}:${c.item.end}`));
    const byspan = new Map(r.quotes.map((q) => [`${q.start}:${q.end}`, q]));
    for (const g of d.quotes) {
      const p = byspan.get(`${g.start}:${g.end}`);
      if (p) add(quotes, quotePath(p.cue, back.has(`${g.start}:${g.end}`)), p.speaker === g.speaker);
    }
    if (!d.reported) continue;
    // The scorer's overlap match: at least half of the longer span, one-to-one, in order.
    const used = new Set<number>();
    for (const g of d.reported) {
      const k = (r.reported ?? []).findIndex((p, i) => !used.has(i) &&
        Math.min(p.end, g.end) - Math.max(p.start, g.start) >= Math.max(p.end - p.start, g.end - g.start) / 2);
      if (k < 0) continue;
      used.add(k);
      const p = (r.reported ?? [])[k];
      add(reported, p.attribution, p.speaker === g.speaker);
    }
  }
  return { quotes, reported };
}

function print(label: string, paths: Paths): void {
  const rows = [...paths].sort((a, b) => b[1].n - a[1].n);
  const all = rows.reduce((s, [, t]) => ({ n: s.n + t.n, ok: s.ok + t.ok }), { n: 0, ok: 0 });
  process.stdout.write(`${label}: ${all.ok}/${all.n} = ${(100 * all.ok / Math.max(1, all.n)).toFixed(1)}\n`);
  for (const [k, t] of rows) process.stdout.write(`  ${k.padEnd(22)} ${String(t.n).padStart(5)}  right ${String(t.ok).padStart(5)}  ${(100 * t.ok / t.n).toFixed(1)}\n`);
}

function main(): void {
  const fresh = numberArg('--fresh', 204);
  const [oldDir, devDir] = TRAINING_GOLD_DIRS;
  const dev = goldDocs(devDir);
  const sets: [string, GoldDocument[]][] = [
    ['dev', dev], [`dev d${fresh}+`, dev.filter((d) => Number(/^d(\d+)/.exec(d.name)?.[1] ?? -1) >= fresh)], ['old', goldDocs(oldDir)],
  ];
  for (const [label, docs] of sets) {
    const t = tally(docs);
    print(`${label} quotes`, t.quotes);
    print(`${label} reported`, t.reported);
  }
}

main();
