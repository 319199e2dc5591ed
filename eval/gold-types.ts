/** The on-disk gold format (eval/gold/<name>.gold.json). The hidden evaluation set uses the
 *  same shape, so everything here is deliberately plain JSON: offsets are UTF-16 code units
 *  into the referenced text decoded as UTF-8 (BOM removed, line endings kept), `end` exclusive. */
import type { ActorType } from '../src/core/recognize/types';

export interface GoldActor {
  start: number;
  end: number;
  text: string;
  type: ActorType;
  canonical: string;
}

export interface GoldQuote {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

/** A reported statement: its content span (no quotation marks of its own) and speaker. */
export interface GoldReported {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

export interface GoldFile {
  /** Path of the article, relative to the directory holding the gold file. */
  text: string;
  actors: GoldActor[];
  quotes: GoldQuote[];
  /** Only in files of articles annotated for reported speech. */
  reported?: GoldReported[];
}

/** A gold file together with the article it annotates. */
export interface GoldDocument {
  /** Short name, the gold file's name without `.gold.json`. */
  name: string;
  articleText: string;
  actors: GoldActor[];
  quotes: GoldQuote[];
  reported?: GoldReported[];
}

export const ACTOR_TYPES: readonly ActorType[] = ['PER', 'ORG', 'GPE'];
