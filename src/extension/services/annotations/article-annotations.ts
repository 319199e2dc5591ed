// The annotations of one article as the editor holds them: the user's own sidecar
// (editable), the other annotators' sidecars (shown, never written), files that could
// not be read (never written either), and the undo/redo history of the user's changes.
import { sortAnnotations, type Annotation, type Correction, type ReanchorResult, type Sidecar, type SidecarError } from '../../../core/annotations';

export interface ForeignSidecar {
  path: string;
  sidecar: Sidecar;
  /** Its annotations as placed on the article file's text when read: what a re-read
   *  compares with, to keep unchanged ones at their places in an unsaved buffer. */
  onFile?: Sidecar;
}

export interface BrokenSidecar {
  path: string;
  error: SidecarError;
}

/** One reversible change. Undo works by id, not by snapshot, so it stays right after the
 *  text (and therefore every offset) changed in between. */
export type AnnotationChange =
  | { type: 'add'; annotation: Annotation }
  | { type: 'remove'; annotation: Annotation }
  | { type: 'replace'; before: Annotation; after: Annotation }
  | { type: 'batch'; changes: AnnotationChange[]; label: string }
  /** Corrections of the recognized layer: `before` removed (by id), `after` added. */
  | { type: 'corrections'; before: Correction[]; after: Correction[]; label: string };

export interface ArticleAnnotations {
  articleUri: string;
  /** URI string of the sidecar this user writes. */
  ownPath: string;
  own: Sidecar;
  /** Serialized text of `own` as last read from or written to disk: what "unsaved" compares to. */
  savedText: string | undefined;
  others: ForeignSidecar[];
  broken: BrokenSidecar[];
  /** The own file's offsets were found again on a changed text and should be written back. */
  writeBack?: boolean;
  /** Results of the last offline re-anchoring, by annotation id. */
  anchors: Map<string, ReanchorResult>;
  undo: AnnotationChange[];
  redo: AnnotationChange[];
}

/** True when the user's own file cannot be written because it is unreadable. */
export function ownFileBroken(state: ArticleAnnotations): BrokenSidecar | undefined {
  return state.broken.find((b) => b.path === state.ownPath);
}

/** Every annotation shown for the article: the user's first, then the others'. */
export function allAnnotations(state: ArticleAnnotations): Array<{ annotation: Annotation; own: boolean; path: string }> {
  return [
    ...state.own.annotations.map((annotation) => ({ annotation, own: true, path: state.ownPath })),
    ...state.others.flatMap((o) => o.sidecar.annotations.map((annotation) => ({ annotation, own: false, path: o.path }))),
  ];
}

/** The researcher's own annotations touching the stretch [from, to] (a cursor: from === to),
 *  the ones they may edit or delete there: the edit and delete commands' choice and the
 *  editor context menu's "Edit Annotation" (annotations/own-annotation-key.ts). */
export function ownAnnotationsAt(state: ArticleAnnotations, from: number, to: number): Annotation[] {
  return state.own.annotations.filter((a) => a.target.start <= to && a.target.end >= from);
}

/** Applies a change to a sidecar: annotations and corrections alike, kept in canonical order. */
export function applyChange(sidecar: Sidecar, change: AnnotationChange): Sidecar {
  if (change.type === 'corrections') {
    const gone = new Set([...change.before, ...change.after].map((c) => c.id));
    const corrections = sortAnnotations([...(sidecar.corrections ?? []).filter((c) => !gone.has(c.id)), ...change.after]);
    const out: Sidecar = { ...sidecar, corrections };
    if (corrections.length === 0) delete out.corrections;
    return out;
  }
  if (change.type === 'batch') return change.changes.reduce(applyChange, sidecar);
  return { ...sidecar, annotations: sortAnnotations(applyToAnnotations(sidecar.annotations, change)) };
}

function applyToAnnotations(list: Annotation[], change: Exclude<AnnotationChange, { type: 'batch' | 'corrections' }>): Annotation[] {
  switch (change.type) {
    case 'add':
      return [...list.filter((a) => a.id !== change.annotation.id), change.annotation];
    case 'remove':
      return list.filter((a) => a.id !== change.annotation.id);
    case 'replace':
      return list.map((a) => (a.id === change.before.id ? change.after : a));
  }
}

/** The change that undoes `change`. */
export function invertChange(change: AnnotationChange): AnnotationChange {
  switch (change.type) {
    case 'add':
      return { type: 'remove', annotation: change.annotation };
    case 'remove':
      return { type: 'add', annotation: change.annotation };
    case 'replace':
      return { type: 'replace', before: change.after, after: change.before };
    case 'batch':
      return { type: 'batch', label: change.label, changes: change.changes.map(invertChange).reverse() };
    case 'corrections':
      return { type: 'corrections', label: change.label, before: change.after, after: change.before };
  }
}

