// Every user-facing string has an Indonesian translation: the vscode.l10n.t strings of
// src/ (extracted the way `npm run l10n` does), the hover texts built through a
// translator argument (recorded by rendering every hover variant), and the manifest
// strings (package.json %key% references). Placeholders must survive translation.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { actorHoverMarkdown, articleName, quoteHoverMarkdown, statementHoverMarkdown, type Translate } from '../../../src/extension/hovers/hover-content';
import { showAllBy, type ShowAllByHost } from '../../../src/extension/hovers/spoken-by';

const ROOT = path.resolve(__dirname, '../../..');
const readJson = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8')) as Record<string, unknown>;
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

function assertTranslated(keys: Iterable<string>, translations: Record<string, unknown>, file: string): void {
  const missing = [...keys].filter((k) => typeof translations[k] !== 'string');
  assert.deepEqual(missing, [], `${file} lacks a translation (run npm run l10n)`);
  for (const k of keys) assert.deepEqual(placeholders(translations[k] as string), placeholders(k), `placeholders of ${JSON.stringify(k)}`);
}

describe('Indonesian UI strings', function () {
  // Extracting every string from the sources takes 15-20 s on a busy 2-core machine.
  this.timeout(120_000);
  const bundleId = readJson('l10n/bundle.l10n.id.json');

  it('translates every vscode.l10n.t string of the extension', async () => {
    const files = sourceFiles(path.join(ROOT, 'src')).map((f) => ({ extension: path.extname(f), contents: readFileSync(f, 'utf8') }));
    const strings = Object.keys(await getL10nJson(files));
    assert.ok(strings.length > 200, `the extension has many UI strings (${strings.length})`);
    assertTranslated(strings, bundleId, 'l10n/bundle.l10n.id.json');
    assert.deepEqual(Object.keys(readJson('l10n/bundle.l10n.json')).sort(), strings.sort(), 'l10n/bundle.l10n.json is up to date (npm run l10n)');
  });

  it('translates every hover text, including the actor types', async () => {
    const used = new Set<string>();
    const t: Translate = (message, ...args) => {
      used.add(message);
      return message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
    };
    const link = { uri: 'file:///a.txt', start: 0, end: 4, article: 'a.txt', label: 'kata' };
    for (const type of ['PER', 'ORG', 'GPE'] as const) {
      for (const inCorpus of [undefined, { mentions: 3, articles: 2 }]) {
        actorHoverMarkdown({ canonical: 'Sugiono', type, surface: 'Sugiono', description: 'd', aliases: ['Sugiono', 'Menlu'], wikidata: 'Q1', inArticle: 2, inCorpus, quotes: [link], totalQuotes: 1 }, t);
      }
    }
    quoteHoverMarkdown({ speaker: null, others: [], totalOthers: 0 }, t);
    quoteHoverMarkdown({ speaker: 'Sugiono', speakerLink: link, cue: 'kata', others: [link], totalOthers: 1 }, t);
    quoteHoverMarkdown({ speaker: 'Sugiono', others: [], totalOthers: 0 }, t);
    for (const n of [1, 2]) actorHoverMarkdown({ canonical: 'Sugiono', type: 'PER', surface: 'Sugiono', aliases: [], inArticle: 1, quotes: [], totalQuotes: n, totalReported: n }, t);
    statementHoverMarkdown({ speaker: null, cue: 'menurut', others: [], totalOthers: 0, quotes: [], totalQuotes: 0 }, t);
    statementHoverMarkdown({ speaker: 'Sugiono', speakerLink: link, cue: 'kata', others: [link], totalOthers: 1, quotes: [link], totalQuotes: 1 }, t);
    statementHoverMarkdown({ speaker: 'Sugiono', cue: 'kata', others: [], totalOthers: 0, quotes: [], totalQuotes: 0 }, t);
    statementHoverMarkdown({ speaker: 'Sugiono', cue: ':', others: [], totalOthers: 0, quotes: [], totalQuotes: 0 }, t);
    articleName({ same: true, headline: undefined, fileName: 'a.txt' }, t);
    // Capped lists ("5 of 7", "Show all 7 quotes") and the command behind their link.
    actorHoverMarkdown({ canonical: 'Sugiono', type: 'PER', surface: 'Sugiono', aliases: [], inArticle: 1, quotes: [link], totalQuotes: 2 }, t);
    quoteHoverMarkdown({ speaker: 'Sugiono', others: [link], totalOthers: 2 }, t);
    statementHoverMarkdown({ speaker: 'Sugiono', cue: 'kata', others: [link], totalOthers: 2, quotes: [link], totalQuotes: 2 }, t);
    const said = { articleId: 'file:///a.txt', quote: { start: 0, end: 4, snippet: 'kata' }, statement: { start: 0, end: 4, snippet: 'kata' } };
    const host = (found: boolean): ShowAllByHost => ({
      index: { quotesBy: () => (found ? [said as never] : []), statementsBy: () => (found ? [said as never] : []) },
      t,
      articleName: () => 'a.txt',
      activeArticle: () => undefined,
      pick: async () => undefined,
      reveal: async () => undefined,
      inform: () => undefined,
    });
    for (const found of [true, false]) for (const kind of ['quotes', 'statements']) await showAllBy(host(found), ['Sugiono', kind]);
    assert.ok(used.size >= 15, `every hover string was rendered (${used.size})`);
    assertTranslated(used, bundleId, 'l10n/bundle.l10n.id.json');
  });

  it('resolves every manifest %key% in English and Indonesian', () => {
    const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = [...new Set([...manifest.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]))];
    const pkg = JSON.parse(manifest) as { contributes: { commands: { title: string }[] } };
    assert.ok(pkg.contributes.commands.every((c) => /^%.+%$/.test(c.title)), 'every command title is localized (npm run l10n)');
    const en = readJson('package.nls.json');
    const id = readJson('package.nls.id.json');
    assert.deepEqual(keys.filter((k) => typeof en[k] !== 'string'), [], 'package.nls.json has every key');
    assert.deepEqual(Object.keys(id).sort(), Object.keys(en).sort(), 'package.nls.id.json has exactly the keys of package.nls.json');
    for (const k of keys) assert.notEqual(id[k], '', `${k} is translated`);
  });
});
