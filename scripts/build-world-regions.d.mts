// Types of the parts of build-world-regions.mjs that test/unit/kb/world-regions.test.ts reads.
export interface RegionCountry {
  kind: string; suffix: string; skip?: readonly string[]; only?: RegExp; titles?: Readonly<Record<string, string>>;
}
export const KINDS: Readonly<Record<string, { en: string; id: readonly string[] }>>;
export const COUNTRIES: Readonly<Record<string, RegionCountry>>;
export const REGION_BARE_EXCLUSIONS: Readonly<Record<'words' | 'givenNames' | 'otherEntities', readonly string[]>>;
export function regionTitle(cc: string, code: string, name: string): string;
export function bareName(title: string, suffix: string): string;
export function regionAliases(title: string, cc: string, excluded: ReadonlySet<string>): string[];
