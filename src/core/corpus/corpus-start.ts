// How Sorot starts in a workspace, and with which corpus scope: the one owner of that
// decision (until-corpus.ts asks it at activation, extension.ts when a sleeping Sorot is
// woken, corpus-scope.ts holds what it decided).
//  - The workspace's settings mark a corpus ("Use Folder as Corpus", corpus-offer.ts
//    marksCorpus): the whole workspace, by the settings. A remembered file-only list is
//    then forgotten: the researcher changed their mind.
//  - The researcher answered "This File Only" here in an earlier window (the files opened
//    as articles while the scope was limited, kept in VS Code's workspaceState, never in
//    their folder): limited to those files, whatever annotation files exist. Annotating
//    that one file writes its sidecar, and a sidecar alone would make the next window
//    count every .txt file of the folder.
//  - Woken in this window by a command or a view in a workspace that is no corpus: limited
//    to the files opened as articles from now on (none yet).
//  - Sorot data (a sidecar, `.sorot/`), an article open, or no folder at all, and no
//    remembered list (samples/, a cloned research repository): the whole workspace.
//  - Otherwise: asleep, offering to read the folder (src/extension/offer).

/** Per workspace folder (its URI string): the files (paths relative to it, `/`
 *  separated) the researcher opened as articles while only those counted. */
export type FileOnlyList = Readonly<Record<string, readonly string[]>>;

export type CorpusStart =
  | { readonly kind: 'asleep' }
  | { readonly kind: 'whole'; /** the remembered list is to be forgotten */ readonly forget: boolean }
  | { readonly kind: 'limited'; readonly files: FileOnlyList };

export interface CorpusStartFacts {
  /** Some workspace folder's own settings mark a corpus. */
  settingsMarkCorpus: boolean;
  /** The file-only list remembered for this workspace, if any (readFileOnlyList). */
  remembered: FileOnlyList | undefined;
  /** Sorot was asleep in this window and a command or view woke it. */
  woken: boolean;
  /** Sorot data in the workspace, an article open or no folder: asked last, and only when
   *  the facts above do not decide (it is a search of the workspace). */
  sorotData: () => Promise<boolean>;
}

export async function corpusStart(facts: CorpusStartFacts): Promise<CorpusStart> {
  if (facts.settingsMarkCorpus) return { kind: 'whole', forget: facts.remembered !== undefined };
  if (facts.remembered) return { kind: 'limited', files: facts.remembered };
  if (facts.woken) return { kind: 'limited', files: {} };
  return (await facts.sorotData()) ? { kind: 'whole', forget: false } : { kind: 'asleep' };
}

/** The list as kept in workspaceState, read defensively (another version of Sorot, or a
 *  hand-edited state, may have left anything): undefined when none is kept (no object).
 *  A list that names no file is still one, empty: every file opened as an article was
 *  deleted (follow-opened.ts), and the researcher's "This File Only" holds for the next
 *  windows as it did with files; read as "no list", a leftover sidecar would make the
 *  whole workspace a corpus. */
export function readFileOnlyList(raw: unknown): FileOnlyList | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const list: Record<string, string[]> = {};
  for (const [folder, files] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(files)) continue;
    const paths = [...new Set(files.filter((f): f is string => typeof f === 'string' && f.trim() !== ''))];
    if (paths.length > 0) list[folder] = paths;
  }
  return list;
}
