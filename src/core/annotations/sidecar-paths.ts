/**
 * Naming: `<name>.txt` has its sidecars next to it, `<name>.sorot.json` (shared) and
 * `<name>.<annotator>.sorot.json` (one per annotator). Annotator names are restricted
 * to [A-Za-z0-9_-] so the name cannot contain dots and the split is unambiguous.
 */
import { basename, siblingPath } from '../fs/path';

export const SIDECAR_SUFFIX = '.sorot.json';
const ANNOTATOR_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidAnnotatorName(name: string): boolean {
  return ANNOTATOR_NAME.test(name);
}

/** `<name>` of `<name>.txt` (other extensions are kept as part of the name). */
export function articleStem(articleName: string): string {
  return articleName.toLowerCase().endsWith('.txt') ? articleName.slice(0, -4) : articleName;
}

export function sidecarName(articleName: string, annotator?: string): string {
  if (annotator !== undefined && !isValidAnnotatorName(annotator)) {
    throw new Error(`annotator name "${annotator}" may only contain letters, digits, "_" and "-" (max 64)`);
  }
  return articleStem(articleName) + (annotator ? `.${annotator}` : '') + SIDECAR_SUFFIX;
}

export function sidecarPathFor(articlePath: string, annotator?: string): string {
  return siblingPath(articlePath, sidecarName(basename(articlePath), annotator));
}

export function isSidecarName(name: string): boolean {
  return name.endsWith(SIDECAR_SUFFIX) && name.length > SIDECAR_SUFFIX.length;
}

/**
 * If `sidecar` (a file name) belongs to the article `articleName`, the annotator it is
 * for ('' for the shared file); otherwise undefined.
 */
export function sidecarAnnotator(articleName: string, sidecar: string): string | undefined {
  const stem = articleStem(articleName);
  if (!isSidecarName(sidecar)) return undefined;
  const inner = sidecar.slice(0, -SIDECAR_SUFFIX.length);
  if (inner === stem) return '';
  if (!inner.startsWith(stem + '.')) return undefined;
  const annotator = inner.slice(stem.length + 1);
  return isValidAnnotatorName(annotator) ? annotator : undefined;
}
