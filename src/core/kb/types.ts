import type { ActorType } from '../recognize/types';

/** One real-world identity in the knowledge base (data/kb/*.json, schemas/kb.schema.json). */
export interface KbEntity {
  /** Stable id: lower-case slug of the canonical name, e.g. "dmitry-peskov". */
  id: string;
  /** English Wikipedia title (foreign) or official Indonesian name (Indonesian). */
  canonical: string;
  type: ActorType;
  /** Surface forms found in Indonesian news: Indonesian and English spellings,
   *  transliterations, short forms, acronyms. Matched case-sensitively; an all-caps
   *  variant of every alias is accepted automatically. */
  aliases: string[];
  /** One line: role and country. */
  description: { en: string; id: string };
  /** Wikidata Q-id where known. */
  wikidata?: string;
}

/** A user's workspace extension of the KB (.sorot/actors.json): the same entity shape
 *  (entries whose id matches a built-in entity override it, aliases are merged),
 *  plus surface forms that are never actors. */
export interface KbFile {
  $schema?: string;
  version: 1;
  entities: KbEntityPatch[];
  /** Surface forms that must never be recognised as actors. */
  suppress?: string[];
}

/** In a workspace file only `id` is required when it patches a built-in entity. */
export type KbEntityPatch = Partial<KbEntity> & {
  id: string;
  /** Merge this entity into another one (by id): its aliases become the target's. */
  mergeInto?: string;
};

/** A loaded knowledge base: the built-in entities, possibly merged with a workspace file. */
export interface Kb {
  entities: KbEntity[];
  /** Surface forms that must never be recognised as actors (from workspace files). */
  suppress: string[];
  /** Entity id -> the id it was merged into (`mergeInto` of a workspace file), for every
   *  merge applied; the merged entity is gone from `entities`. Annotations that hold the
   *  old id follow these links to the surviving entity (annotations/actor-identity.ts). */
  merged?: Readonly<Record<string, string>>;
}

/** A problem found in a workspace KB file. Never thrown: returned next to the usable KB. */
export interface KbProblem {
  /** 'error': the entry (or file) was skipped; 'warning': applied with a caveat;
   *  'info': applied, e.g. an alias moved from a built-in entity to a workspace entity. */
  severity: 'error' | 'warning' | 'info';
  /** JSON path of the offending value, e.g. "entities[3].aliases[0]" ("" for the whole file). */
  path: string;
  message: string;
}
