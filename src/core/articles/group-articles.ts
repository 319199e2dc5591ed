// The Articles view's groupings other than by folder: by outlet, by month of publication,
// or one list of every article. Outlet and date are an article's effective metadata
// (core/metadata: a researcher's value, else the table's, else what the text says);
// articles without one go to a "no outlet" / "no date" group, and articles whose
// metadata is not known yet (the corpus index has not read them) to a group of their
// own, so nothing is filed under "no outlet" only because it was not read yet. Pure.
import { knownOutlet, outletKey } from '../metadata/outlets';
import { collator } from './folder-groups';
import { inOneGo, sortInSlices } from '../incremental/time-slices';

export const ARTICLE_GROUPINGS = ['folder', 'outlet', 'month', 'none'] as const;
export type ArticleGrouping = (typeof ARTICLE_GROUPINGS)[number];

export function isArticleGrouping(value: unknown): value is ArticleGrouping {
  return typeof value === 'string' && (ARTICLE_GROUPINGS as readonly string[]).includes(value);
}

export interface GroupableArticle {
  /** Path relative to its workspace folder, '/' separated. */
  path: string;
  /** The article's outlet and date (YYYY-MM-DD); undefined: not known yet. */
  metadata: { outlet?: string; date?: string } | undefined;
}

export type MetadataGroupKind = 'outlet' | 'month' | 'all' | 'no-outlet' | 'no-date' | 'pending';

export interface MetadataGroup<T> {
  kind: MetadataGroupKind;
  /** The outlet's name or the month (YYYY-MM); '' for the other kinds. */
  value: string;
  /** In display order (groupByMetadata), or as given until sorted by `order`
   *  (bucketByMetadata): by path, or by date then path in a month. */
  items: T[];
  /** The display order of the group's items. */
  order: (a: T, b: T) => number;
  /** A key per item that sorts like `items`, for splitting the group into ranges. */
  sortKey: (item: T) => string;
  /** Label prefixes splitting needs at least (a date's ten characters in a month). */
  minLabel: number;
}

/** YYYY-MM of a YYYY-MM-DD date; undefined for anything else. */
export function monthOf(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(0, 7) : undefined;
}

/**
 * Groups for 'outlet', 'month' and 'none' ('folder' is groupByFolder, folder-groups.ts).
 * Outlets in name order (spellings of one outlet, "KOMPAS.com" and "Kompas.com", are one
 * group named as the outlet list names it), months oldest first; then "no outlet" /
 * "no date", then "not known yet". In `slices` (a list of 100,000 articles takes a good
 * part of a second), or in one go.
 */
export async function groupByMetadata<T>(
  items: readonly T[],
  grouping: Exclude<ArticleGrouping, 'folder'>,
  articleOf: (item: T) => GroupableArticle,
  slices = inOneGo(),
): Promise<MetadataGroup<T>[]> {
  const groups = await bucketByMetadata(items, grouping, articleOf, slices);
  for (const g of groups) g.items = await sortInSlices(g.items, g.order, slices);
  return groups;
}

/** The groups of groupByMetadata in their order, each with its items as given: the
 *  Articles view sorts a group's items when it is shown (a 100,000-article outlet's
 *  sort took a second before the root could show). */
export async function bucketByMetadata<T>(
  items: readonly T[],
  grouping: Exclude<ArticleGrouping, 'folder'>,
  articleOf: (item: T) => GroupableArticle,
  slices = inOneGo(),
): Promise<MetadataGroup<T>[]> {
  const byPath = (a: T, b: T) => collator.compare(articleOf(a).path, articleOf(b).path);
  const pathKey = (item: T) => articleOf(item).path;
  const plain = (kind: MetadataGroupKind, value = ''): MetadataGroup<T> => ({ kind, value, items: [], order: byPath, sortKey: pathKey, minLabel: 1 });
  if (grouping === 'none') return items.length ? [{ ...plain('all'), items: items.slice() }] : [];
  // By day, then by path; the split key ("YYYY-MM-DD path") sorts the same way.
  const dateOf = (i: T) => articleOf(i).metadata?.date ?? '';
  const byDate = (a: T, b: T) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : byPath(a, b));
  const groups = new Map<string, MetadataGroup<T>>();
  const add = (key: string, make: () => MetadataGroup<T>, item: T) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = make()));
    group.items.push(item);
  };
  for (const item of items) {
    if (slices.due()) await slices.next();
    const metadata = articleOf(item).metadata;
    if (metadata === undefined) add('\u0002pending', () => plain('pending'), item);
    else if (grouping === 'outlet') {
      const outlet = metadata.outlet?.trim();
      if (!outlet) add('\u0001none', () => plain('no-outlet'), item);
      else add(`\u0000${outletKey(outlet)}`, () => plain('outlet', knownOutlet(outlet)?.name ?? outlet), item);
    } else {
      const month = monthOf(metadata.date);
      if (!month) add('\u0001none', () => plain('no-date'), item);
      else add(`\u0000${month}`, () => ({ ...plain('month', month), order: byDate, sortKey: (i) => `${dateOf(i)} ${articleOf(i).path}`, minLabel: 10 }), item);
    }
  }
  const rank = (g: MetadataGroup<T>) => (g.kind === 'pending' ? 2 : g.kind === 'no-outlet' || g.kind === 'no-date' ? 1 : 0);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || (a.kind === 'month' ? (a.value < b.value ? -1 : 1) : collator.compare(a.value, b.value)));
}
