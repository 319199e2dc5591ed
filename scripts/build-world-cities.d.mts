// Types of the parts of build-world-cities.mjs that test/unit/kb/world-cities.test.ts reads.
export interface GeoNamesCity { name: string; country: string; featureCode: string; population: number }
export const WORLD_CITY_EXCLUSIONS: Readonly<Record<'words' | 'givenNames' | 'otherActors', readonly string[]>>;
export function decodeCities(buf: Uint8Array): GeoNamesCity[];
export function otherSpellings(name: string): string[];
export function folded(name: string): string;
export function inCut(c: GeoNamesCity): boolean;
export const ENGLISH_TITLES: Readonly<Record<string, string>>;
export function englishTitle(name: string, country: string): string;
