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

export interface GoldFile {
  /** Path of the article, relative to the directory holding the gold file. */
  text: string;
  actors: GoldActor[];
  quotes: GoldQuote[];
}

/** A gold file together with the article it annotates. */
export interface GoldDocument {
  /** Short name, the gold file's name without `.gold.json`. */
  name: string;
  articleText: string;
  actors: GoldActor[];
  quotes: GoldQuote[];
}

export const ACTOR_TYPES: readonly ActorType[] = ['PER', 'ORG', 'GPE'];
