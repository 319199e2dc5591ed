/** An article's outlet and publication date: what its text says, what a researcher set. */

/** Which reader found a value in the text. */
export type MetadataReader =
  | 'dateline' // "Jakarta (ANTARA) -", "LAMPUNG, KOMPAS.com -", "Liputan6.com, Jakarta -"
  | 'byline' // "Laporan wartawan Tribunnews.com", "Sumber: ANTARA", "© 2024 Kompas.com"
  | 'domain' // an outlet's web address in the text ("www.tempo.co/…")
  | 'numeric-date' // "Selasa (27/2/2024)", "27/02/2024 10.15 WIB"
  | 'long-date' // "27 Februari 2024", "Selasa, 27 Feb 2024"
  | 'iso-date'; // "2024-02-27"

/** One value read from the text, with the words it came from. */
export interface MetadataReading {
  /** Outlet name, or a date as YYYY-MM-DD. */
  value: string;
  /** 0..1: how sure the reader is that this is the article's own outlet / date. */
  confidence: number;
  /** UTF-16 offsets into the article text, end exclusive: `text.slice(start, end)`. */
  start: number;
  end: number;
  reader: MetadataReader;
}

/** The best reading of each field, and every reading (for a view to offer the others). */
export interface TextMetadata {
  outlet?: MetadataReading & { ambiguous?: boolean };
  date?: MetadataReading & { ambiguous?: boolean };
  outlets: MetadataReading[];
  dates: MetadataReading[];
}

/** A researcher's values for an article: in its sidecar (`metadata`) or a table row. */
export interface MetadataValues {
  outlet?: string;
  /** YYYY-MM-DD. */
  date?: string;
}

/** Where an effective value comes from, strongest first: override > table > text. */
export type MetadataSource = 'override' | 'table' | 'text';

export interface EffectiveValue {
  value: string;
  from: MetadataSource;
  /** 1 for a researcher's value; the reader's confidence for the text. */
  confidence: number;
  /** override: the sidecar file; table: the table file. */
  file?: string;
  /** table: the 1-based line of the row. */
  line?: number;
  /** override: the annotator of a per-annotator sidecar. */
  annotator?: string;
  /** text: where in the article, which reader, and whether another value was nearly as likely. */
  start?: number;
  end?: number;
  reader?: MetadataReader;
  ambiguous?: boolean;
  /** Other researcher values for the same field that lost (two sidecars disagreeing). */
  overruled?: Array<{ value: string; file?: string; annotator?: string }>;
}

export interface EffectiveMetadata {
  outlet?: EffectiveValue;
  date?: EffectiveValue;
}
