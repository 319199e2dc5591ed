// Types of the parts of build-seats.mjs that test/unit/recognize/places56.test.ts reads.
export const SEAT_EXCLUSIONS: Readonly<Record<'words' | 'kecamatan' | 'islands' | 'names', readonly string[]>>;
