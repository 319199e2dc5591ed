// Each workspace folder's corpus scope, made once from its settings and export folders
// and kept until either changes. Made per test before, every file a watcher reported
// read the settings (three getConfiguration calls and their inspect, about 0.4 ms of the
// extension host's CPU and much garbage a file): 1.9 s of the 4,667 annotation files'
// handling at 20,000 articles (editor bench, agreement phase), so many more garbage
// collections of a heap that grows with the corpus.
import type { CorpusScope } from './scope';

export class KeptScopes {
  private readonly scopes = new Map<string, CorpusScope>();

  /** The scope of the workspace folder `folder` (its URI as a string); `make` makes it
   *  from the folder's settings and export folders as they are now, when none is kept. */
  of(folder: string, make: () => CorpusScope): CorpusScope {
    let scope = this.scopes.get(folder);
    if (!scope) {
      scope = make();
      this.scopes.set(folder, scope);
    }
    return scope;
  }

  /** The settings, the workspace folders or the export folders changed: made again when next asked. */
  forget(): void {
    this.scopes.clear();
  }
}
