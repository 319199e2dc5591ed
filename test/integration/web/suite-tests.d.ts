// The virtual module scripts/web-build.mjs generates for each web suite.
declare module 'sorot:suite-tests' {
  /** File names of the suite's *.test.ts, sorted. */
  export const testFiles: string[];
  /** Runs every test module (their describe/it calls register with mocha). */
  export function loadTests(): void;
}
