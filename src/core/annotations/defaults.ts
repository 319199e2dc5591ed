import type { AnnotationSchemaConfig, SourceType } from './types';

/** Every source type the sidecar format knows, in the order pickers show them. */
export const ALL_SOURCE_TYPES: readonly SourceType[] = [
  'official',
  'news agency',
  'media',
  'document',
  'social media',
  'anonymous',
];

/**
 * Stance targets offered when the workspace names none: general policy topics of
 * Indonesian news, not tied to one story, each "Indonesian / English" so researchers
 * reading either language recognise it. A project names its own targets in
 * `.sorot/schema.json` (`stanceTargets`), which then replace this list: the flow offers
 * the workspace's list first, then targets already used in the article.
 */
export const DEFAULT_STANCE_TARGETS: readonly string[] = [
  'Anggaran negara / State budget',
  'Pajak / Taxation',
  'Subsidi energi / Energy subsidies',
  'Harga pangan / Food prices',
  'Lapangan kerja / Employment',
  'Pendidikan / Education',
  'Layanan kesehatan / Health care',
  'Pemberantasan korupsi / Anti-corruption',
  'Pemilu / Elections',
  'Penegakan hukum / Law enforcement',
  'Lingkungan hidup / Environment',
  'Investasi asing / Foreign investment',
  'Perdagangan internasional / International trade',
  'Pertahanan / Defence',
  'Politik luar negeri / Foreign policy',
  'Hak asasi manusia / Human rights',
  'Kebebasan pers / Press freedom',
];

/** Defaults for Indonesian news; a workspace replaces any of these in `.sorot/schema.json`. */
export const DEFAULT_SCHEMA_CONFIG: AnnotationSchemaConfig = {
  stanceTargets: [...DEFAULT_STANCE_TARGETS],
  allowFreeStanceTargets: true,
  sourceTypes: [...ALL_SOURCE_TYPES],
  labels: ['framing', 'hedging', 'loaded language', 'unverified', 'translation', 'follow up'],
  guidelines: {
    general:
      'Annotate what the text says, not what you believe. Select the smallest span that carries the ' +
      'annotation, usually one clause or sentence. Prefer one annotation per idea; use the note for doubts.',
    claim:
      'A claim is a checkable statement about the world (a fact, number, event or cause). The claimant ' +
      'is who asserts it in the text, which may be the outlet itself. Paraphrase it in one neutral sentence. ' +
      'Mark check-worthiness high when it is specific, consequential and verifiable.',
    stance:
      'A stance is an actor taking a position for or against a target. The holder is the actor, not the ' +
      'journalist, unless the outlet speaks in its own voice. Use neutral only when the actor explicitly ' +
      'declines to take sides. Intensity: 1 hedged, 2 clear, 3 emphatic.',
    source:
      'A source is where a piece of information comes from. Direct: the source is quoted or speaks ' +
      'first-hand. Reported: the outlet relays it through another outlet, agency or unnamed person ' +
      '("menurut laporan", "dikutip dari"). Anonymous covers unnamed officials and "sumber".',
  },
};
