import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cueShown, quoteHoverMarkdown, type Translate } from '../../../src/extension/hovers/hover-content';
import { analyze } from '../../../src/core/recognize/analyze';
import { CLOSING_CUE, closingAttributionText } from '../../../src/core/recognize/closing-attribution';
import { RESEARCHER_CUE } from '../../../src/core/curation/types';
import { curate } from '../../../src/core/curation/apply';
import { quoteCorrectionsOn } from '../curation/quote-corrections';

// The adapter passes vscode.l10n.t; here the English message with {n} filled in.
const t: Translate = (m, ...args) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

/** The hover of each quote of `text`, as register.ts builds its data. */
function hovers(text: string): string[] {
  const quotes = analyze(text).quotes;
  return quotes.map((q, i) => {
    const closedBy = closingAttributionText(text, quotes, i);
    return quoteHoverMarkdown({ speaker: q.speaker, ...(q.cue ? { cue: q.cue } : {}), ...(closedBy ? { closedBy } : {}), others: [], totalOthers: 0 }, t);
  });
}

// Written for these tests (not from any real article).
describe('quote hover: a speaker taken from the attribution after the quote says so', () => {
  it('a run of posts closed by one attribution: the earlier posts name the closing attribution, not "the quote before"', () => {
    const text = [
      'Harga cabai di Pasar Kosambi melonjak pekan ini.',
      '“Harga cabai naik lagi hari ini.”',
      '“Pedagang di pasar mengeluh sepi.”',
      '“Semoga pemerintah turun tangan,” cuit Bima Santoso lewat akun X miliknya.',
    ].join('\n\n');
    const [first, second, closing] = hovers(text);
    for (const md of [first, second]) {
      assert.ok(md.includes('Attributed by: no attribution word of its own; the attribution after it names the speaker: “cuit Bima Santoso”'), md);
      assert.ok(!md.includes('continues the quote before'), md);
    }
    assert.ok(closing.includes('Attributed by: `cuit`'), closing);
  });

  it('"“A.” “B,” kata X." in one paragraph: the first names "kata X" after it', () => {
    const [first, second] = hovers('Darto Wibowo datang ke pasar pagi itu. “Harga naik terus.” “Kami tidak sanggup lagi,” kata Darto.');
    assert.ok(first.includes('the attribution after it names the speaker: “kata Darto”'), first);
    assert.ok(second.includes('Attributed by: `kata`'), second);
  });

  it('a quote continuing the one before still says it continues the quote before', () => {
    const [, continued] = hovers('Darto Wibowo datang ke pasar pagi itu.\n\n“Harga naik terus,” kata Darto.\n\n“Kami tidak sanggup lagi.”');
    assert.ok(continued.includes('Attributed by: no attribution word; it continues the quote before'), continued);
  });

  it('without the closing words (or a researcher\'s speaker on the closing quote) it still says where the speaker came from, never a code word', () => {
    for (const closedBy of [undefined, RESEARCHER_CUE]) {
      assert.equal(cueShown(CLOSING_CUE, t, closedBy), 'no attribution word of its own; the attribution after it names the speaker');
    }
    assert.ok(!(cueShown(CLOSING_CUE, t, 'tulis `akun` itu') ?? '').includes('`'));
    // the closing quote's speaker set by a researcher: it keeps the recognizer's cue, what the
    // text says (curation/apply.ts keptCue), so the posts before it (which follow it) show the
    // clause of the text up to the new speaker's mention, words and never a code word
    const text = 'Rapat warga digelar Sabtu.\n\n"Jalan rusak sudah setahun."\n\n"Tolong segera diperbaiki," cuit Bima Santoso, bersama Darto Wibowo.';
    const machine = analyze(text);
    assert.deepEqual(machine.quotes.map((q) => q.cue), ['closing', 'cuit'], 'the premise: a run of two posts');
    const out = curate(machine, [quoteCorrectionsOn(text)('"Tolong segera diperbaiki,"', 'set', { speaker: 'Darto Wibowo' })]);
    assert.deepEqual(out.quotes.map((q) => [q.speaker, q.cue]), [['Darto Wibowo', 'closing'], ['Darto Wibowo', 'cuit']]);
    assert.equal(closingAttributionText(text, out.quotes, 0), 'cuit Bima Santoso, bersama Darto Wibowo');
    assert.ok(readFileSync(join(__dirname, '../../../docs/formats.md'), 'utf8').includes('`closing`'), 'docs/formats.md names the cue');
  });
});
