/** Public API of the knowledge base: load the built-in KB, merge a workspace file,
 *  build the lookup index the recognizer scans text with. */
export type { Kb, KbEntity, KbEntityPatch, KbFile, KbProblem } from './types';
export { loadBuiltinKb, loadBuiltinKbInSlices, BUILTIN_KB_FILES } from './builtin';
export { mergeWorkspaceKb, type MergeResult } from './merge';
export { mergeWorkspaceKbText } from './workspace-file';
export { validateWorkspaceKbFile, validateBuiltinKbFile } from './validate';
export { KbIndex, type KbMatch, type KbMatchKind, type KbScanOptions, type KbAliasCollision } from './kb-index';
export { slugify, foldAccents } from './surface';
