// `sorot stats [PATH...] --by speaker|outlet|month|week|stance|source-type|network
// --format csv|json`: the analysis tables (src/core/analysis) over the curated layer and
// the accepted annotations. Articles are read one at a time and reduced to what the
// tables count (on worker threads under --jobs), so the texts of a large corpus are
// never held together; rows are written one by one.
import { resolve } from 'node:path';
import { withCurrentActor } from '../../core/annotations/actor-identity';
import type { ArticleStatus } from '../../core/annotations/types';
import { analysisArticle, applyFilter, ITEM_KINDS, jsonRow, STATS_VIEWS, statsCsvLines, statsTable, type AnalysisArticle, type AnalysisFilter, type ItemKind, type StatsView } from '../../core/analysis';
import { curate } from '../../core/curation';
import { isCalendarDate } from '../../core/metadata/dates';
import { effectiveMetadata } from '../../core/metadata/effective';
import { readTextMetadata } from '../../core/metadata/read-text';
import { loadArticlesTable } from '../io/articles-table';
import { actorsOf, loadActors, recognizerFor, type WorkspaceKbInit } from '../io/workspace-kb';
import { SidecarStore } from '../../core/annotations/store';
import { nodeFileSystem } from '../../node/file-system';
import { withListingSnapshot } from '../../core/fs/listing-snapshot';
import { defaultJobs, JOBS_USAGE, parseJobs } from '../parallel/jobs';
import { orderedMap } from '../parallel/pool';
import { findArticles, readCorpusArticle } from '../io/corpus';
import type { CliCommand } from './usage';
import { parseCommandLine } from './usage';

const USAGE = `usage: sorot stats [--by VIEW] [--format csv|json] [filters] [PATH...]

Counts who is quoted, by which outlets, with which stance, from which kind of source and
when, over the articles in PATHs (article files, or folders searched recursively for
*.txt; default: the current folder), their recognized actors and quotes with the
researchers' corrections applied, and their accepted annotations.

  --by VIEW         speaker      speakers ranked by quotes + reported statements, then
                                 by quotes (default)
                    outlet       quotes and reported statements per speaker and outlet
                    month, week  mentions and quotes of each actor per month / ISO week
                    stance       stance holder x target: favor, against, neutral, polarity
                    source-type  source annotations per outlet and source type, with shares
                    network      quoted-with (speakers quoted in one article) and
                                 speaks-about (speaker -> actors named in their quotes)
  --format F        csv (default; header row, CR LF) or json (an array, one row a line,
                    each with "refs": the article, kind and UTF-16 offsets behind it)
  --raw-cells       csv: keep text cells as they are; by default a cell starting with
                    = + - @, a tab or a CR gets a leading ' so spreadsheets do not run it
Filters (each repeatable except --from / --to):
  --folder F        articles under folder F (as the article paths are printed)
  --outlet O        articles of outlet O ("" for articles without one)
  --from DATE, --to DATE  articles dated in the range (YYYY-MM-DD, both included);
                    articles without a date are then left out
  --status S        articles with status not-started, in-progress or done
  --annotator A     annotations (and article statuses) of annotator A
  --kind K          only items of kind mention, quote, reported, claim, stance, source
Metadata: an article's outlet and date are the ones set in its annotation file
("metadata"), else in the table .sorot/articles.csv (path,outlet,date; the nearest at
or above the first PATH, or --articles-table FILE), else read from the text (datelines
such as "Jakarta (ANTARA) -", dates such as "Selasa (27/2/2024)"). See docs/formats.md.
  --kb FILE         workspace knowledge base (default: the nearest .sorot/actors.json):
                    actors are recognized and named with it, as in the editor
${JOBS_USAGE}
Exit status: 0 done, 1 some file could not be read (the rest is counted), 2 usage error.
`;

interface Parsed {
  by: StatsView;
  format: 'csv' | 'json';
  rawCells: boolean;
  filter: AnalysisFilter;
  paths: string[];
  table?: string;
  kb?: string;
  jobs: number;
}

function parseArgs(args: string[]): Parsed | string {
  const parsed: Parsed = { by: 'speaker', format: 'csv', rawCells: false, filter: {}, paths: [], jobs: defaultJobs() };
  const f = parsed.filter;
  const push = <K extends 'folders' | 'outlets' | 'statuses' | 'annotators' | 'kinds'>(key: K, v: NonNullable<AnalysisFilter[K]>[number]) => {
    ((f[key] ??= []) as unknown[]).push(v);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (): string | undefined => args[++i];
    switch (a) {
      case '--by': {
        const v = value();
        if (!(STATS_VIEWS as readonly string[]).includes(v ?? '')) return `--by takes one of ${STATS_VIEWS.join(', ')}`;
        parsed.by = v as StatsView;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'csv' && v !== 'json') return '--format takes csv or json';
        parsed.format = v;
        break;
      }
      case '--raw-cells': parsed.rawCells = true; break;
      case '--folder': { const v = value(); if (v === undefined) return '--folder takes a folder'; push('folders', v); break; }
      case '--outlet': { const v = value(); if (v === undefined) return '--outlet takes an outlet name'; push('outlets', v); break; }
      case '--annotator': { const v = value(); if (!v) return '--annotator takes a name'; push('annotators', v); break; }
      case '--status': {
        const v = value();
        if (!['not-started', 'in-progress', 'done'].includes(v ?? '')) return '--status takes not-started, in-progress or done';
        push('statuses', v as ArticleStatus);
        break;
      }
      case '--kind': {
        const v = value();
        if (!(ITEM_KINDS as readonly string[]).includes(v ?? '')) return `--kind takes one of ${ITEM_KINDS.join(', ')}`;
        push('kinds', v as ItemKind);
        break;
      }
      case '--from':
      case '--to': {
        const v = value();
        if (!v || !isCalendarDate(v)) return `${a} takes a date written YYYY-MM-DD`;
        f[a === '--from' ? 'from' : 'to'] = v;
        break;
      }
      case '--articles-table': parsed.table = value(); if (!parsed.table) return '--articles-table takes a file'; break;
      case '--kb': parsed.kb = value(); if (!parsed.kb) return '--kb takes a file'; break;
      case '--jobs': { const n = parseJobs(value()); if (typeof n === 'string') return n; parsed.jobs = n; break; }
      default:
        if (a.startsWith('-')) return `unknown option ${a}`;
        parsed.paths.push(a);
    }
  }
  if (f.from && f.to && f.from > f.to) return `--from ${f.from} is after --to ${f.to}`;
  return parsed;
}

interface StatsInit { paths: string[]; table?: string; kb: WorkspaceKbInit }

/** The per-article step of `sorot stats`, in this thread or a worker (parallel/tasks.ts):
 *  each thread loads the metadata table once and builds the command's KB once (the command
 *  reports their problems). */
export async function statsTask(init: StatsInit): Promise<(found: { osPath: string; path: string }) => Promise<{ article?: AnalysisArticle; problems: string[]; notes: string[] }>> {
  const table = await loadArticlesTable(init.paths, init.table);
  const actors = actorsOf(init.kb);
  const analyze = recognizerFor(init.kb);
  const store = new SidecarStore(withListingSnapshot(nodeFileSystem));
  return async (found) => {
    const { article, fields, problems, notes } = await readCorpusArticle(store, found);
    if (!article) return { problems, notes };
    const analysis = analyze(article.text);
    return {
      problems,
      notes,
      article: analysisArticle({
        path: article.path,
        metadata: effectiveMetadata({
          overrides: fields.flatMap((f) => (f.metadata ? [{ ...f.metadata, file: f.file, ...(f.annotator ? { annotator: f.annotator } : {}) }] : [])),
          table: { file: table.file ?? '', entry: table.entryFor(resolve(article.osPath)) },
          text: readTextMetadata(article.text),
        }),
        curated: curate(analysis, article.corrections),
        // Holders under their current KB name (renames and merges), as exports show them.
        annotations: article.annotations.map((a) => withCurrentActor(actors, a)),
        articleFields: fields,
      }),
    };
  };
}

export const statsCommand: CliCommand = {
  summary: 'tables of who is quoted, by which outlets, with which stance, and when',
  async run(args: string[]): Promise<number> {
    const parsed = parseCommandLine('stats', USAGE, args, parseArgs);
    if (typeof parsed === 'number') return parsed;
    const problems: string[] = [];
    const notes: string[] = [];
    const table = await loadArticlesTable(parsed.paths, parsed.table);
    problems.push(...table.problems);
    const actors = await loadActors(parsed.paths, parsed.kb);
    notes.push(...actors.problems);
    const articles: AnalysisArticle[] = [];
    // Each article is reduced to what the tables count, in a worker; its text stays there.
    const found = await findArticles(parsed.paths, problems);
    const init: StatsInit = { paths: parsed.paths, ...(parsed.table ? { table: parsed.table } : {}), kb: actors.init };
    for await (const read of orderedMap(found, { jobs: parsed.jobs, task: 'stats', init, local: statsTask, label: 'sorot stats' })) {
      problems.push(...read.problems);
      notes.push(...read.notes);
      if (read.article) articles.push(read.article);
    }
    const result = statsTable(parsed.by, applyFilter(articles, parsed.filter));
    for (const n of [...notes, ...result.notes]) process.stderr.write(`sorot stats: note: ${n}\n`);
    for (const p of problems) process.stderr.write(`sorot stats: ${p}\n`);
    if (parsed.format === 'csv') {
      for (const line of statsCsvLines(result, !parsed.rawCells)) process.stdout.write(line);
    } else {
      process.stdout.write('[');
      result.rows.forEach((row, i) => process.stdout.write(`${i ? ',' : ''}\n${JSON.stringify(jsonRow(result.columns, row))}`));
      process.stdout.write(result.rows.length ? '\n]\n' : ']\n');
    }
    return problems.length ? 1 : 0;
  },
};
