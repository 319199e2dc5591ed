// The workspace's annotation files by folder, as URI strings: listed once (one search of
// the workspace rather than a folder listing per article) and then kept by a watcher's
// creations and deletions. Answers which of them belong to an article (its own
// "<stem>.sorot.json" and the per-annotator "<stem>.<annotator>.sorot.json"). Names are
// kept as they appear in the URI (percent-encoded), as article names are.
import { sidecarAnnotator } from '../annotations/sidecar-paths';

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
