// Articles read as prose with default settings: the manifest gives the sorot-article
// language word wrap (no horizontal scrolling), a reading line height and the glyph
// margin the annotation kind icons sit in. The integration test look.test.ts checks
// that VS Code applies them to an opened article.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  contributes: { configurationDefaults: Record<string, Record<string, unknown>> };
};

describe('reading defaults for articles (package.json configurationDefaults)', () => {
  const article = pkg.contributes.configurationDefaults['[sorot-article]'] ?? {};

  it('wraps words at the editor width', () => {
    assert.equal(article['editor.wordWrap'], 'on');
    assert.equal(article['editor.wrappingIndent'], 'none', 'a wrapped line starts at the margin, as in print');
  });

  it('sets a reading line height (a multiple of the font size) and shows the glyph margin', () => {
    const h = article['editor.lineHeight'];
    assert.ok(typeof h === 'number' && h >= 1.4 && h <= 2, `line height ${String(h)} is a multiplier between 1.4 and 2`);
    assert.equal(article['editor.glyphMargin'], true);
  });

  it('keeps code-editor cues off prose: no occurrence highlight, no coloured parentheses', () => {
    assert.equal(article['editor.occurrencesHighlight'], 'off');
    assert.equal(article['editor.bracketPairColorization.enabled'], false, '"(ANTARA)" showed yellow parentheses');
  });

  it('does not box the dashes and quotation marks of news text as look-alikes, but still shows invisible characters', () => {
    // An en dash ("konsensus – yang") was drawn in a warning box as a character that
    // "could be confused" with a hyphen: in prose it is the right character.
    assert.equal(article['editor.unicodeHighlight.ambiguousCharacters'], false);
    // Zero-width and other invisible characters shift offsets: the researcher should see them.
    assert.equal(article['editor.unicodeHighlight.invisibleCharacters'], undefined, 'left at VS Code\'s default (shown)');
  });

  it('leaves the font to the user (a proportional font is a documented opt-in, docs/editor.md)', () => {
    assert.equal(article['editor.fontFamily'], undefined);
  });
});
