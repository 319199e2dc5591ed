// Agreement throughput: 10,000 generated articles, two annotators with 20 annotations
// each (the second a perturbed copy of the first), exact and overlap matching. Baseline,
// measured in the same run: merely reading the article and both sidecar files.
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeAgreement, renderPlain, reportTables } from '../src/core/agreement';
import { parseSidecarBytes } from '../src/core/annotations/parse';
import type { Annotation } from '../src/core/annotations/types';
import { ARTICLES, generateCorpus, machineLine, readAll, row, time, timeAsync, writeCorpus } from './export.bench';

export async function run(): Promise<void> {
  const dir = await fsp.mkdtemp(join(tmpdir(), 'sorot-agreement-bench-'));
  try {
    process.stdout.write(machineLine());
    const corpus = generateCorpus();
    const paths = await writeCorpus(dir, corpus);
    const read = await timeAsync(() => readAll(paths));
    process.stdout.write(`${ARTICLES} articles, 2 annotators, ${corpus.reduce((s, a) => s + a.annotations.length + a.second.length, 0)} annotations in ${paths.length} files\n`);
    process.stdout.write(row('read files (baseline)', read, read.ms, '', false));
    const parse = time(() =>
      corpus.map((a, i) => {
        const annotations: Annotation[] = [];
        for (const k of [1, 2]) {
          const r = parseSidecarBytes(read.value[3 * i + k]);
          if (!r.ok) throw new Error(`generated sidecar of ${a.path} did not parse`);
          annotations.push(...r.sidecar.annotations);
        }
        return { path: a.path, annotations, annotators: ['ani', 'budi'] };
      }),
    );
    process.stdout.write(row('parse sidecars', parse, read.ms, '', false));
    for (const mode of ['exact', 'overlap'] as const) {
      const report = time(() => computeAgreement({ articles: parse.value }, { mode }));
      const render = time(() => renderPlain(reportTables(report.value, { maxDisagreements: 50 })));
      const kind = report.value.overall.labels.find((l) => l.attribute === 'kind')!;
      const all = report.value.overall.spans.find((s) => s.kind === 'all')!;
      process.stdout.write(row(`agreement (${mode})`, report, read.ms, `render ${render.ms.toFixed(0)} ms; F1 ${all.f1?.toFixed(3)}, kind kappa ${kind.cohen[0].kappa?.toFixed(3)}, alpha ${kind.alpha?.toFixed(3)}, ${report.value.disagreements.length} disagreements`));
    }
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
