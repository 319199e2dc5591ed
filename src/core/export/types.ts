/**
 * The in-memory model every exporter reads and every importer produces. Exporters are
 * pure functions from an ExportInput to files; the CLI (or the extension) does the I/O.
 */
import type { ActorDirectory } from '../annotations/actor-identity';
import type { Annotation, AnnotationKind, AnnotationStatus } from '../annotations/types';
import type { ActorMention, Quote, ReportedStatement } from '../recognize/types';

export interface ExportArticle {
  /** Path relative to the export root, '/'-separated, e.g. "politik/berita-1.txt". */
  path: string;
  /** Article text as decoded (BOM removed, line endings as written): what all offsets index. */
  text: string;
  annotations: Annotation[];
  /** Recognized actor mentions, when the caller ran the recognizer. */
  actors?: ActorMention[];
  /** Recognized quotes, when the caller ran the recognizer. */
  quotes?: Quote[];
  /** Recognized reported statements (indirect speech), when the caller ran the recognizer. */
  reported?: ReportedStatement[];
}

export interface ExportInput {
  articles: ExportArticle[];
}

export interface ExportFile {
  /** Relative, '/'-separated, already sanitized: never absolute, never containing "..". */
  path: string;
  contents: string;
  /** The same text as chunks (chunked-file.ts), for files too large to hold as one
   *  string: the writer encodes these, never `contents`. */
  chunks?: readonly string[];
  /** How many of the input's annotations (not recognized actors or quotes) this file
   *  holds, so a summary can count what was written rather than what was read. */
  annotations: number;
  /** The recognized actor mentions, quotes and reported statements it holds, counted the
   *  same way (absent: none). */
  recognized?: RecognizedCounts;
}

export interface RecognizedCounts {
  actors: number;
  quotes: number;
  reported: number;
}

/** What the articles hold of the recognized layer; `kinds` leaves out what a format has
 *  no place for. */
export function recognizedIn(articles: readonly ExportArticle[], kinds: ReadonlyArray<keyof RecognizedCounts> = ['actors', 'quotes', 'reported']): RecognizedCounts {
  const out: RecognizedCounts = { actors: 0, quotes: 0, reported: 0 };
  for (const a of articles) for (const k of kinds) out[k] += a[k]?.length ?? 0;
  return out;
}

export interface ExportResult {
  files: ExportFile[];
  /** Things that could not be represented exactly in the format (never silently dropped). */
  warnings: string[];
}

export type ExportFormat = 'jsonl' | 'csv' | 'w3c' | 'brat' | 'conll' | 'doccano' | 'labelstudio' | 'webanno-tsv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'w3c', 'brat', 'conll', 'doccano', 'labelstudio', 'webanno-tsv'];

export interface ExportFilter {
  kinds?: readonly AnnotationKind[];
  annotators?: readonly string[];
  statuses?: readonly AnnotationStatus[];
  /** Keep recognized actor mentions (default true when present). */
  includeActors?: boolean;
  /** Keep recognized quotes (default true when present). */
  includeQuotes?: boolean;
  /** Keep recognized reported statements (default true when present). */
  includeReported?: boolean;
}

export interface ExportOptions {
  /** The KB in force: each actor with a KB id is exported under its entity's current
   *  canonical name and surviving id (renames and merges follow; actor-identity.ts).
   *  Without it, labels and ids are exported as stored. Free text is never given an id. */
  actors?: ActorDirectory;
  /** CSV: start the file with a UTF-8 BOM so Excel detects the encoding. */
  bom?: boolean;
  /** CSV: write text cells exactly as they are. By default a text cell starting with
   *  = + - @ (or their full-width forms), a tab or a carriage return gets a leading '
   *  so a spreadsheet shows it instead of running it as a formula (OWASP, CSV Injection). */
  rawCells?: boolean;
  /** W3C: IRI prefix for article sources; the article path is appended. */
  baseUri?: string;
  /** brat: keep the article's line endings (default) or write LF-only text. */
  bratNewlines?: 'as-written' | 'lf';
  /** brat: a folder per annotator, fields as attributes, relations and readable notes
   *  (brat-native.ts) instead of JSON in the notes. */
  bratNative?: boolean;
}
