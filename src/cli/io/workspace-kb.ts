// The knowledge base the CLI resolves actors and recognizes with: the built-in KB merged
// with the workspace file .sorot/actors.json, as the extension does, so every command
// shows the same current names and merges, and finds the same recognized layer, as the
// editor. The file is the one named by --kb, else the nearest .sorot/actors.json in the
// folder of the first PATH or above it (as git finds .git). A file that cannot be read
// or understood is reported by name and the built-in KB is used; it is never modified.
// A command reads the file once (loadActors); its worker threads get the text it read
// (WorkspaceKbInit), never the file again, so every thread recognizes with the same KB.
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { actorDirectory, resolveAnnotationActor, type ActorDirectory } from '../../core/annotations/actor-identity';
import type { Annotation } from '../../core/annotations/types';
import { KbIndex, loadBuiltinKb, mergeWorkspaceKbText, type Kb, type MergeResult } from '../../core/kb';
import { analyze } from '../../core/recognize/analyze';
import type { AnalysisResult } from '../../core/recognize/types';
import { decodeText } from '../../core/text/decode';
import { findUp } from './find-up';
import { describeFsError } from './read-article';

export const WORKSPACE_KB_FILE = join('.sorot', 'actors.json');

/** What a worker thread needs to rebuild the command's KB (part of a task's init): the
 *  workspace file's text as the command read it, undefined when the built-in KB alone
 *  is in force (no file, or one that could not be read or understood). The text is a few
 *  kB where the merged KB's JSON would carry the whole built-in KB. */
export interface WorkspaceKbInit {
  workspaceText?: string;
}

export interface LoadedActors {
  directory: ActorDirectory;
  /** The merged KB the command recognizes with. */
  kb: Kb;
  /** The same KB for a worker thread's task (workspaceKbOf, recognizerFor). */
  init: WorkspaceKbInit;
  /** The workspace file used, if any. */
  file?: string;
  /** One line per problem (errors and warnings of the merge), naming the file. */
  problems: string[];
}

/** Finds the workspace KB for `paths` (or uses `explicit`), merges it and builds the directory. */
export async function loadActors(paths: readonly string[], explicit?: string): Promise<LoadedActors> {
  const builtinOnly = (problems: string[], file?: string): LoadedActors => ({
    directory: actorDirectory(loadBuiltinKb()), kb: loadBuiltinKb(), init: {}, ...(file === undefined ? {} : { file }), problems,
  });
  const file = explicit ?? (await findUp(paths[0] ?? '.', WORKSPACE_KB_FILE));
  if (file === undefined) return builtinOnly([]);
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(file);
  } catch (e) {
    return builtinOnly([`${file}: ${describeFsError(e)}; actors are shown, and recognized, as the built-in knowledge base names them`], file);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return builtinOnly([`${file}: ${decoded.message}; nothing of it was applied`], file);
  const merged = mergedWith(decoded.text);
  // Warnings too (an empty file, a missing "version" or "entities", an unknown property, a
  // mergeInto that did nothing): the editor lists them, and a researcher who typed the
  // file by hand needs to hear why the CLI did not apply what they meant.
  const problems = merged.problems.map((p) => `${file}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  // Nothing applied (not JSON, too deep): the workers need no text to get the built-in KB.
  const init = merged.kb === loadBuiltinKb() ? {} : { workspaceText: decoded.text };
  return { directory: actorDirectory(merged.kb), kb: merged.kb, init, file, problems };
}

/** The last merge, kept: the command's own thread (--jobs 1) merges the text once. */
let lastMerge: { text: string; merged: MergeResult } | undefined;

function mergedWith(text: string): MergeResult {
  if (lastMerge?.text !== text) lastMerge = { text, merged: mergeWorkspaceKbText(loadBuiltinKb(), text) };
  return lastMerge.merged;
}

/** The KB a task's init stands for: the same merge loadActors made. */
export function workspaceKbOf(init: WorkspaceKbInit): Kb {
  return init.workspaceText === undefined ? loadBuiltinKb() : mergedWith(init.workspaceText).kb;
}

/** The actor directory of a task's KB (a worker's, for names under renames and merges). */
export function actorsOf(init: WorkspaceKbInit): ActorDirectory {
  return actorDirectory(workspaceKbOf(init));
}

/** The recognizer of one command: an article's text to its machine analysis. */
export type Recognize = (text: string) => AnalysisResult;

/** analyze() with the command's KB, as the editor's engine runs it (analyze(text,
 *  { kb: new KbIndex(kb) }); the KB's suppress list is in the index). The index is built
 *  on the first article, once per thread and KB (an export runs its task once per pass),
 *  never per article, and not at all by a task that recognizes nothing. */
export function recognizerFor(init: WorkspaceKbInit): Recognize {
  // The built-in KB alone: analyze()'s own index, built once per thread.
  if (init.workspaceText === undefined) return (text) => analyze(text);
  const kb = workspaceKbOf(init);
  return (text) => analyze(text, { kb: indexOf(kb) });
}

const indexes = new WeakMap<Kb, KbIndex>();

function indexOf(kb: Kb): KbIndex {
  let index = indexes.get(kb);
  if (!index) indexes.set(kb, (index = new KbIndex(kb)));
  return index;
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
