// Curation of the recognized layer: corrections at the cursor (commands, light bulb),
// and review mode. The corrections themselves live in the annotation service (the
// researcher's annotation file) and reach every view through the curated layer that
// DocumentAnalyses publishes (services/corpus/document-analyses.ts).
import * as vscode from 'vscode';
import { CurationCodeActions } from './code-actions';
import { CurationCommands, type CurationDeps } from './commands';
import { CursorKeys } from './cursor-keys';
import { ReviewMode } from './review-mode';

export interface CurationApi {
  commands: CurationCommands;
  review: ReviewMode;
  cursorKeys: CursorKeys;
}

const ARTICLES: vscode.DocumentSelector = [{ language: 'sorot-article' }];

export function registerCuration(context: vscode.ExtensionContext, deps: CurationDeps, onLayerChanged: vscode.Event<vscode.Uri>): CurationApi {
  const commands = new CurationCommands(deps);
  const review = new ReviewMode(commands, (doc) => deps.curated(doc), onLayerChanged, () => deps.annotator());
  const cursorKeys = new CursorKeys((doc) => deps.curated(doc), onLayerChanged);
  context.subscriptions.push(
    cursorKeys,
    ...commands.register(),
    review,
    ...review.register(),
    vscode.languages.registerCodeActionsProvider(ARTICLES, new CurationCodeActions((doc) => deps.curated(doc)), CurationCodeActions.metadata),
  );
  return { commands, review, cursorKeys };
}
