// The agreement's longest run between two yields to the event loop, in Node: the core's
// computeAgreementInSlices over N generated articles (annotator-sidecars.ts: two
// annotators on one in ten, three on one in thirty; no recognized layer), in slices of
// 4 ms over setImmediate as on the extension host, three rounds. Prints, per round, the
// wall time, the longest gap and the most process CPU time between two yields (the
// garbage collector's threads included): on a busy machine the gaps wait for a core,
// the CPU time is what the code holds the thread for.
//   npx tsx bench/agreement-slices.ts [N]
import { computeAgreementInSlices, type AgreementInput } from '../src/core/agreement';
import { TimeSlices } from '../src/core/incremental/time-slices';
import type { AnalysisResult } from '../src/core/recognize/types';
import { generateArticles } from './article-generator';
import { annotatorFiles } from './annotator-sidecars';

const N = Number(process.argv[2] ?? 100_000);
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

async function main(): Promise<void> {
  const texts = Array.from({ length: 10 }, (_, i) => generateArticles(1500, 1000 + i));
  // Only the annotations are compared here: the recognized layer is not asked for.
  const noAnalysis = (): AnalysisResult => ({ actors: [], quotes: [], reported: [] }) as unknown as AnalysisResult;
  const input: AgreementInput = { articles: [] };
  for (let i = 0; i < N; i++) {
    const files = annotatorFiles(i, `artikel-${i}.txt`, texts[i % 10] as string, noAnalysis);
    input.articles.push({ path: `korpus/bagian-${String(Math.floor(i / 1000)).padStart(3, '0')}/artikel-${String(i).padStart(6, '0')}.txt`, annotations: files.flatMap((f) => f.sidecar.annotations), annotators: files.map((f) => f.annotator) });
  }
  for (let round = 0; round < 3; round++) {
    let last = performance.now();
    let lastCpu = cpuMs();
    let longest = 0;
    let mostCpu = 0;
    let heavy = 0;
    const gap = () => {
      longest = Math.max(longest, performance.now() - last);
      const cpu = cpuMs() - lastCpu;
      mostCpu = Math.max(mostCpu, cpu);
      if (cpu > 16) heavy++;
    };
    const pause = () =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          gap();
          resolve();
          last = performance.now();
          lastCpu = cpuMs();
        }),
      );
    const t0 = performance.now();
    const report = await computeAgreementInSlices(input, { mode: 'exact' }, new TimeSlices(pause, 4, () => performance.now(), 1));
    gap();
    process.stdout.write(`round ${round + 1}: ${(performance.now() - t0).toFixed(0)} ms; longest gap ${longest.toFixed(1)} ms; most process CPU between two yields ${mostCpu.toFixed(1)} ms, ${heavy} runs over 16 ms; ${report.disagreements.length} disagreements\n`);
  }
}

void main();
