// Root hooks for every unit test (.mocharc.json "require").
import { restoreOutput } from './export/cli-run';

export const mochaHooks = {
  /** A test that timed out while a CLI run had stdout captured must not silence the
   *  reporter for the rest of the suite (export/cli-run.ts). */
  afterEach(): void {
    restoreOutput();
  },
};
