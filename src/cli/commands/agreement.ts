// `sorot agreement [PATH...]`: inter-annotator agreement over the articles in PATHs,
// using every annotator found in their sidecars. Prints the same tables the report
// model holds (plain text, or Markdown / JSON on request).
import { computeAgreement, recognizedLayerAgreement, recognizedTables, renderMarkdown, renderPlain, reportTables, type MatchMode } from '../../core/agreement';
import { loadActors, recognizerFor } from '../io/workspace-kb';
import { loadAgreementCorpus } from '../io/corpus';
import type { CliCommand } from './usage';

const USAGE = `usage: sorot agreement [--overlap] [--markdown | --json] [--max-disagreements N] [--kb FILE] [PATH...]

Compares the annotators of the articles in PATHs (article files, or folders searched
recursively for *.txt; default: the current folder), using their sidecars
(<name>.sorot.json, <name>.<annotator>.sorot.json). Folders named .*, node_modules
and export folders (holding .sorot-export.json) are skipped, as in the extension.

  --overlap              spans match when they overlap (default: identical offsets)
  --markdown             print Markdown tables
  --json                 print the report data model as JSON
  --max-disagreements N  list at most N disagreements (default 50; 0 = none)
  --kb FILE              workspace knowledge base (default: the nearest
                         .sorot/actors.json at or above the first PATH): actors
                         are named, and the recognized layer found, with it

Tables: span precision / recall / F1 per annotator pair and kind; on matched spans,
Cohen's kappa per pair, Fleiss' kappa and Krippendorff's alpha (nominal) for kind,
stance polarity and source type; per article; and the disagreements, each differing
field with both values ("polarity: favor (ani) ≠ against (budi)").
Claimant, holder and source agree when both name the same knowledge-base actor (the
same id, after renames and mergeInto), whatever label each saw; otherwise by label.
Suggestions not accepted (pending or rejected) are not annotations and are left out;
only pairs of annotators who annotated the same article are compared.
An article with no annotation file is counted without being read, as in the extension's
Compare Annotators: one that is not UTF-8 counts as an article nobody annotated; one
gone since the folder was searched is skipped with a warning.

Recognized layer: each annotator's curated actors and quotes (the recognizer's, with
that annotator's corrections) are compared too, on the articles both annotators
reviewed (made at least one correction or accept there; an unreviewed layer is the
machine's and would agree with itself): actor mentions by span F1 with type, type
kappa and same actor on matched mentions; quote speakers on quotes matched by span,
with Cohen's kappa. Shown when any annotator corrected something.
Exit status: 0 done, 1 some file could not be read, 2 usage error.
`;

export const agreementCommand: CliCommand = {
  summary: 'inter-annotator agreement tables (F1, Cohen, Fleiss, Krippendorff)',
  async run(args: string[]): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
      process.stdout.write(USAGE);
      return 0;
    }
    let mode: MatchMode = 'exact', output: 'plain' | 'markdown' | 'json' = 'plain', max = 50, kb: string | undefined;
    const paths: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--overlap') mode = 'overlap';
      else if (a === '--exact') mode = 'exact';
      else if (a === '--markdown') output = 'markdown';
      else if (a === '--json') output = 'json';
      else if (a === '--max-disagreements') {
        max = Number(args[++i]);
        if (!Number.isInteger(max) || max < 0) {
          process.stderr.write(`sorot agreement: --max-disagreements takes a whole number\n\n${USAGE}`);
          return 2;
        }
      } else if (a === '--kb') {
        kb = args[++i];
        if (!kb) {
          process.stderr.write(`sorot agreement: --kb takes a file\n\n${USAGE}`);
          return 2;
        }
      } else if (a.startsWith('-')) {
        process.stderr.write(`sorot agreement: unknown option ${a}\n\n${USAGE}`);
        return 2;
      } else paths.push(a);
    }
    const problems: string[] = [];
    const { articles: corpus, unannotated } = await loadAgreementCorpus(paths, problems);
    for (const p of problems) process.stderr.write(`sorot agreement: ${p}\n`);
    const actors = await loadActors(paths, kb);
    for (const p of actors.problems) process.stderr.write(`sorot agreement: warning: ${p}\n`);
    // An article with no annotation file is one of the report's articles, with no annotator.
    const bare = unannotated.map((path) => ({ path, annotations: [], annotators: [] }));
    const report = computeAgreement({ articles: corpus.map((c) => ({ path: c.path, annotations: c.annotations, annotators: c.annotators })).concat(bare) }, { mode, actors: actors.directory });
    // Each annotator's curated layer over the same machine analysis, as `sorot export` makes it.
    const analyze = recognizerFor(actors.init);
    report.recognized = recognizedLayerAgreement(
      corpus.map((c) => ({ path: c.path, corrections: c.corrections, annotators: c.annotators, analysis: () => analyze(c.text) })),
      { actors: actors.directory },
    );
    const annotators = report.annotators.length;
    if (annotators < 2) process.stderr.write(`sorot agreement: found ${count(annotators, 'annotator')}; agreement needs at least two\n`);
    else if (report.pairs.length === 0) {
      process.stderr.write(`sorot agreement: no two annotators annotated the same article (${count(annotators, 'annotator')}, ${count(report.articles.length, 'article')})\n`);
    }
    if (output === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    else {
      const tables = reportTables(report, { maxDisagreements: max });
      // After the overall figures of the annotations, when anyone reviewed the recognized layer.
      if (report.recognized.articles.some((a) => a.reviewed.length > 0)) tables.splice(2, 0, ...recognizedTables(report.recognized));
      process.stdout.write(output === 'markdown' ? renderMarkdown(tables) : renderPlain(tables));
    }
    return problems.length ? 1 : 0;
  },
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
