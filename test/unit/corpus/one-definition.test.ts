// Issue 11 point 8: "article" has one definition, src/core/corpus/scope.ts, reached in
// the extension through services/corpus-scope.ts. This source check fails when a file
// decides again by itself which files are articles: its own file listing, its own test
// of the article language, its own reading of the old glob settings or of ".txt".
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const HOME = new Set(['src/extension/services/corpus-scope.ts', 'src/extension/language/migrate-settings.ts']);

/** Uses of ".txt" that name files, not decide what an article is. */
const TXT_ALLOWED = new Set([
  'src/cli/commands/analyze.ts', // the output file name of `sorot analyze a.txt`
  'src/cli/commands/validate.ts', // a PATH argument naming an article: its sidecars are validated
  'src/cli/commands/import.ts', // the brat .txt next to an .ann
  'src/extension/export/import-command.ts', // the same
  'src/extension/annotations/articles-contributor.ts', // sidecar names from article names
  'src/extension/services/annotations/annotation-service.ts', // the same
]);

const RULES: Array<{ what: string; re: RegExp; allowed?: Set<string> }> = [
  { what: 'a test of the article language (use isArticleDocument)', re: /languageId\s*[!=]==?\s*(ARTICLE_LANGUAGE|'sorot-article')/ },
  { what: 'a language selector claiming plain-text .txt files', re: /language:\s*'plaintext',\s*pattern/ },
  { what: 'its own listing of article files (use WorkspaceCorpusScope.findArticles)', re: /findFiles\([^)]*\.txt/ },
  { what: 'the old article settings (use readCorpusSettings)', re: /getConfiguration\('sorot\.articles'[^)]*\)\.get[^(]*\('(glob|exclude)'/ },
  { what: 'a ".txt" test deciding what an article is (use the corpus scope)', re: /endsWith\('\.txt'\)|\\\.txt\$\/i\.test\(/, allowed: TXT_ALLOWED },
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('one definition of "article" (issue 11 point 8)', () => {
  it('no file outside the corpus scope decides by itself which files are articles', () => {
    const found: string[] = [];
    for (const path of [...files(join(ROOT, 'src/extension')), ...files(join(ROOT, 'src/cli'))]) {
      const rel = relative(ROOT, path).split('\\').join('/');
      if (HOME.has(rel)) continue;
      const text = readFileSync(path, 'utf8');
      for (const rule of RULES) {
        if (rule.allowed?.has(rel)) continue;
        if (rule.re.test(text)) found.push(`${rel}: ${rule.what}`);
      }
    }
    assert.deepEqual(found, []);
  });

  it('the check finds each former definition', () => {
    const former = [
      "return doc.languageId === ARTICLE_LANGUAGE;",
      "const DOCUMENTS = [{ language: 'sorot-article' }, { language: 'plaintext', pattern: '**/*.txt' }];",
      "return doc.languageId === 'sorot-article' || (doc.languageId === 'plaintext' && /\\.txt$/i.test(doc.uri.path));",
      "const glob = vscode.workspace.getConfiguration('sorot.articles').get<string>('glob', '**/*.txt');",
      "} else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) {",
      "const uris = await vscode.workspace.findFiles('**/*.txt', exclude);",
    ];
    for (const line of former) assert.ok(RULES.some((r) => r.re.test(line)), line);
  });
});
