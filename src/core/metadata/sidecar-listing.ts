// The workspace's annotation files by folder, as URI strings: listed once (one search of
// the workspace rather than a folder listing per article) and then kept by a watcher's
// creations and deletions. Answers which of them belong to an article (its own
// "<stem>.sorot.json" and the per-annotator "<stem>.<annotator>.sorot.json"). Names are
// kept as they appear in the URI (percent-encoded), as article names are.
import { articleStem, isSidecarName, isValidAnnotatorName, sidecarAnnotator, SIDECAR_SUFFIX } from '../annotations/sidecar-paths';

export interface ListedSidecar {
  /** The annotation file's URI string. */
  uri: string;
  /** Its name as in the URI (percent-encoded). */
  name: string;
  /** '' for the shared file, else the annotator of a per-annotator file. */
  annotator: string;
}

export class SidecarListing {
  private readonly byFolder = new Map<string, Set<string>>();

  constructor(uris: Iterable<string> = []) {
    for (const uri of uris) this.add(uri);
  }

  add(uri: string): void {
    const { folder, name } = splitUri(uri);
    (this.byFolder.get(folder) ?? this.byFolder.set(folder, new Set()).get(folder)!).add(name);
  }

  delete(uri: string): void {
    const { folder, name } = splitUri(uri);
    this.byFolder.get(folder)?.delete(name);
  }

  /** The names of the annotation files in a folder (its URI string). */
  namesIn(folder: string): ReadonlySet<string> {
    return this.byFolder.get(folder) ?? new Set();
  }

  /** Every listed annotation file's URI string. */
  *uris(): Iterable<string> {
    for (const [folder, names] of this.byFolder) for (const name of names) yield `${folder}/${name}`;
  }

  /** The annotation files of an article (its URI string), in name order. */
  of(article: string): ListedSidecar[] {
    const { folder, name } = splitUri(article);
    const out: ListedSidecar[] = [];
    for (const file of [...this.namesIn(folder)].sort()) {
      const annotator = sidecarAnnotator(name, file);
      if (annotator !== undefined) out.push({ uri: `${folder}/${file}`, name: file, annotator });
    }
    return out;
  }
}

/** A URI string's folder and file name (both as in the URI). */
export function splitUri(uri: string): { folder: string; name: string } {
  const slash = uri.lastIndexOf('/');
  return { folder: uri.slice(0, slash), name: uri.slice(slash + 1) };
}

/**
 * Which articles (URI strings) the annotation files `sidecars` (URI strings) may belong
 * to, as a test: the readers that keep something per article (the analysis' records, the
 * Articles view's rows) forget just those when a batch of files changes. Made in one pass
 * over the files and answered per article without going through them again, so a `git
 * pull` of thousands of files checked against 100,000 articles costs 100,000 lookups,
 * not their product; no batch is large enough to need "every article" instead.
 * The same rule as sidecarAnnotator: "<stem>.sorot.json" and "<stem>.<annotator>.sorot.json"
 * belong to the article whose name less ".txt" is <stem>, in the same folder.
 */
export function ownersOf(sidecars: Iterable<string>): (article: string) => boolean {
  const stems = new Set<string>();
  for (const uri of sidecars) {
    const { folder, name } = splitUri(uri);
    if (!isSidecarName(name)) continue;
    const inner = name.slice(0, -SIDECAR_SUFFIX.length);
    stems.add(`${folder}/${inner}`);
    const dot = inner.lastIndexOf('.');
    if (dot >= 0 && isValidAnnotatorName(inner.slice(dot + 1))) stems.add(`${folder}/${inner.slice(0, dot)}`);
  }
  return (article) => {
    if (stems.size === 0) return false;
    const { folder, name } = splitUri(article);
    return stems.has(`${folder}/${articleStem(name)}`);
  };
}
