/** The researcher's own annotations (claim / stance / source) and their sidecar file. */
import type { Correction } from './corrections';

export type AnnotationKind = 'claim' | 'stance' | 'source';
export const ANNOTATION_KINDS: readonly AnnotationKind[] = ['claim', 'stance', 'source'];
/** `value` names a kind of annotation (a command's argument, a field read from a file:
 *  an editor's context menu passes the document's URI where a kind may be expected). */
export function isAnnotationKind(value: unknown): value is AnnotationKind {
  return typeof value === 'string' && (ANNOTATION_KINDS as readonly string[]).includes(value);
}
export type AnnotationStatus = 'suggested' | 'accepted' | 'rejected';
export type SourceType = 'official' | 'news agency' | 'media' | 'anonymous' | 'document' | 'social media';
export type Polarity = 'favor' | 'against' | 'neutral';
export type ArticleStatus = 'not-started' | 'in-progress' | 'done';

/** Both a position and a quote, as W3C TextPositionSelector + TextQuoteSelector. */
export interface TextTarget {
  /** UTF-16 code units into the article text (BOM removed), end exclusive. */
  start: number;
  end: number;
  exact: string;
  /** Up to 32 UTF-16 units of context before / after. */
  prefix: string;
  suffix: string;
}

/**
 * Actor fields hold a display label and, when the actor is known to the knowledge base
 * (built-in or workspace `.sorot/actors.json`), its entity id (`KbEntity.id`). The id is
 * the identity: two annotators who pick the same actor agree, and a rename or merge in
 * the KB follows into the annotation. Free text (an actor the KB does not know) has no id.
 */
export interface ClaimFields {
  claimant: string;
  claimantId?: string;
  paraphrase?: string;
  checkWorthiness?: 'low' | 'medium' | 'high';
  verdict?: string;
}

export interface StanceFields {
  holder: string;
  holderId?: string;
  target: string;
  polarity: Polarity;
  /** 1 (weak) .. 3 (strong). */
  intensity?: 1 | 2 | 3;
}

export interface SourceFields {
  sourceName: string;
  sourceId?: string;
  sourceType: SourceType;
  relation: 'direct' | 'reported';
}

interface AnnotationBase {
  /** Sortable unique id (ULID). */
  id: string;
  target: TextTarget;
  annotator: string;
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
  status: AnnotationStatus;
  note?: string;
  tags: string[];
  /** Set when re-anchoring could not place the annotation with confidence. */
  needsReview?: boolean;
}

export type ClaimAnnotation = AnnotationBase & { kind: 'claim'; claim: ClaimFields };
export type StanceAnnotation = AnnotationBase & { kind: 'stance'; stance: StanceFields };
export type SourceAnnotation = AnnotationBase & { kind: 'source'; source: SourceFields };
export type Annotation = ClaimAnnotation | StanceAnnotation | SourceAnnotation;

/**
 * The sidecar format this version of Sorot writes (it reads every older one):
 * 1 initial; 2 adds `textHash`; 3 adds the actor ids `claimantId`, `holderId`, `sourceId`.
 */
export const SIDECAR_SCHEMA_VERSION = 3;

/** `<name>.sorot.json` or `<name>.<annotator>.sorot.json` next to `<name>.txt`. */
export interface Sidecar {
  /** Always the current version in memory: older files are migrated when parsed. */
  schemaVersion: typeof SIDECAR_SCHEMA_VERSION;
  /** File name of the article this sidecar belongs to (not a path). */
  article: string;
  /**
   * "sha256:<hex>" of the article text every target offset counts in (text-version.ts).
   * Absent in files from before version 2 and when the text is unknown: then the offsets
   * are unverified and readers find each annotation again by its quote.
   */
  textHash?: string;
  /** The annotator owning this file, when the file is per-annotator. */
  annotator?: string;
  /** Work status of the article, set by the user. */
  articleStatus?: ArticleStatus;
  annotations: Annotation[];
  /** Corrections of the recognized layer (corrections.ts); absent when there are none. */
  corrections?: Correction[];
  /** The article's outlet and publication date as the researcher set them (over what
   *  the text says, core/metadata); absent when not set. */
  metadata?: ArticleMetadata;
}

/** A researcher's outlet and date for an article; `date` is YYYY-MM-DD. */
export interface ArticleMetadata {
  outlet?: string;
  date?: string;
}

/** Why a sidecar could not be loaded. Such a file is never overwritten. */
export interface SidecarError {
  kind: 'parse' | 'schema' | 'version' | 'encoding';
  /** Human-readable, includes the location when known. */
  message: string;
  /** 1-based, when the problem has a place in the text. */
  line?: number;
  column?: number;
  /** JSON pointer (RFC 6901) of the offending value, for schema errors. */
  pointer?: string;
}

/** Per-workspace vocabulary and guidelines (`.sorot/schema.json`), merged over the defaults. */
export interface AnnotationSchemaConfig {
  /** Stance targets offered in pickers, in this order. */
  stanceTargets: string[];
  /** Whether a stance may name a target that is not in the list. */
  allowFreeStanceTargets: boolean;
  /** Source types offered (a subset of SourceType, in this order). */
  sourceTypes: SourceType[];
  /** Custom labels offered as tags. */
  labels: string[];
  /** Short guidelines shown next to the pickers (plain text). */
  guidelines: { general: string; claim: string; stance: string; source: string };
}
