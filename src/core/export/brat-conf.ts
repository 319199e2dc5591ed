/** brat's configuration and the value spellings brat can hold (no spaces in attribute values). */
import type { SourceType } from '../annotations/types';

export const BRAT_KIND_TYPES = { claim: 'Claim', stance: 'Stance', source: 'Source' } as const;
export const BRAT_QUOTE_TYPE = 'Quote';
export const BRAT_REPORTED_TYPE = 'Reported';
export const BRAT_SPEAKER_RELATION = 'Speaker';
export const BRAT_POLARITY = 'Polarity';
export const BRAT_SOURCE_TYPE = 'SourceType';
/** Prefix of the AnnotatorNotes that carry everything brat has no slot for. */
export const BRAT_NOTE_PREFIX = 'sorot ';

const SOURCE_TYPES: readonly SourceType[] = ['official', 'news agency', 'media', 'anonymous', 'document', 'social media'];

export function sourceTypeToBrat(t: SourceType): string {
  return t.replace(/ /g, '_');
}

export function sourceTypeFromBrat(v: string): SourceType | undefined {
  const t = v.replace(/_/g, ' ');
  return (SOURCE_TYPES as readonly string[]).includes(t) ? (t as SourceType) : undefined;
}

/** The entity types and the speaker relation of both annotation.conf files (this one and
 *  the one for brat users, brat-native.ts). */
export const CONF_ENTITIES_AND_SPEAKER = `[entities]
Claim
Stance
Source
Quote
Reported
PER
ORG
GPE

[relations]
Speaker\tArg1:Quote|Reported, Arg2:PER|ORG|GPE
`;

/** The SourceType attribute's values as brat writes them (no spaces). */
export const BRAT_SOURCE_TYPE_VALUES = SOURCE_TYPES.map(sourceTypeToBrat).join('|');

export const ANNOTATION_CONF = `# Sorot export: entity, relation and attribute types (brat annotation.conf)
${CONF_ENTITIES_AND_SPEAKER}<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Polarity\tArg:Stance, Value:favor|against|neutral
SourceType\tArg:Source, Value:${BRAT_SOURCE_TYPE_VALUES}
`;
