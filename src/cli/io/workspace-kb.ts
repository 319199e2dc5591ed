// The knowledge base the CLI resolves actors with: the built-in KB merged with the
// workspace file .sorot/actors.json, as the extension does, so `sorot export` and
// `sorot agreement` show the same current names and merges as the editor. The file is
// the one named by --kb, else the nearest .sorot/actors.json in the folder of the first
// PATH or above it (as git finds .git). A file that cannot be read or understood is
// reported by name and the built-in KB is used; it is never modified.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { actorDirectory, resolveAnnotationActor, type ActorDirectory } from '../../core/annotations/actor-identity';
import type { Annotation } from '../../core/annotations/types';
import { loadBuiltinKb, mergeWorkspaceKbText } from '../../core/kb';
import { decodeText } from '../../core/text/decode';
import { findUp } from './find-up';
import { describeFsError } from './read-article';

export const WORKSPACE_KB_FILE = join('.sorot', 'actors.json');

export interface LoadedActors {
  directory: ActorDirectory;
  /** The workspace file used, if any. */
  file?: string;
  /** One line per problem, naming the file. */
  problems: string[];
}

/** Finds the workspace KB for `paths` (or uses `explicit`) and builds the directory. */
export async function loadActors(paths: readonly string[], explicit?: string): Promise<LoadedActors> {
  const builtin = loadBuiltinKb();
  const file = explicit ?? (await findUp(paths[0] ?? '.', WORKSPACE_KB_FILE));
  if (file === undefined) return { directory: actorDirectory(builtin), problems: [] };
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(file);
  } catch (e) {
    return { directory: actorDirectory(builtin), file, problems: [`${file}: ${describeFsError(e)}; actors are shown as the built-in knowledge base names them`] };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { directory: actorDirectory(builtin), file, problems: [`${file}: ${decoded.message}; nothing of it was applied`] };
  const merged = mergeWorkspaceKbText(builtin, decoded.text);
  const problems = merged.problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${file}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  return { directory: actorDirectory(merged.kb), file, problems };
}

/**
 * One warning for the actor ids that name no entity of the KB (a workspace entity
 * deleted, a file from another workspace): they are kept and exported as stored, but
 * their names cannot follow renames. Undefined when every id is known.
 */
export function unknownActorIds(directory: ActorDirectory, file: string | undefined, articles: ReadonlyArray<{ path: string; annotations: readonly Annotation[] }>): string | undefined {
  const unknown = new UnknownActorIds(directory);
  for (const article of articles) unknown.add(article);
  return unknown.warning(file);
}

/** unknownActorIds an article at a time (the streaming export keeps no corpus): only
 *  the unknown ids and the paths that hold them are kept. */
export class UnknownActorIds {
  private readonly where = new Map<string, Set<string>>();

  constructor(private readonly directory: ActorDirectory) {}

  add(article: { path: string; annotations: readonly Annotation[] }): void {
    for (const a of article.annotations) {
      const r = resolveAnnotationActor(this.directory, a);
      if (r.state !== 'unknown-id' || r.id === undefined) continue;
      let paths = this.where.get(r.id);
      if (!paths) this.where.set(r.id, (paths = new Set()));
      paths.add(article.path);
    }
  }

  warning(file: string | undefined): string | undefined {
    if (this.where.size === 0) return undefined;
    const list = [...this.where].sort(([p], [q]) => (p < q ? -1 : 1)).map(([id, paths]) => `${id} (${[...paths].sort().join(', ')})`);
    const kb = file ? `the built-in knowledge base and ${file}` : 'the built-in knowledge base (no .sorot/actors.json found)';
    return `actor ids not in ${kb}, kept as stored: ${list.join('; ')}`;
  }
}
