import assert from 'node:assert/strict';
import { actorHoverMarkdown, articleName, cueShown, escapeMarkdown, quoteHoverMarkdown, revealUri, statementHoverMarkdown, type Translate } from '../../../src/extension/hovers/hover-content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESEARCHER_CUE } from '../../../src/core/curation/types';
import { MODERATOR_HEAD } from '../../../src/core/recognize/moderator-question';
import { HEADLINE_QUOTE_CUE } from '../../../src/core/recognize/headline-quote-speaker';
import { CONTEXT_CUE } from '../../../src/core/recognize/types';
import { showAllByArgs, showAllByUri } from '../../../src/extension/hovers/spoken-by';

// The adapter passes vscode.l10n.t; here the English message with {n} filled in.
const t: Translate = (m, ...args) => m.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));

describe('hover markdown', () => {
  it('actor: canonical, type, description, aliases, Wikidata, counts and quote links', () => {
    const md = actorHoverMarkdown(
      {
        canonical: 'Dmitry Peskov',
        type: 'PER',
        surface: 'Peskov',
        description: 'Kremlin press secretary',
        aliases: ['Dmitry Peskov', 'Peskov', 'Dmitri S. Peskov'],
        wikidata: 'Q3339208',
        inArticle: 3,
        inCorpus: { mentions: 8, articles: 4 },
        quotes: [{ uri: 'file:///a/01.txt', start: 10, end: 40, article: '01.txt', label: '“Kami melihat…”' }],
        totalQuotes: 7,
      },
      t,
    );
    assert.match(md, /^\*\*Dmitry Peskov\*\* · `PER` Person/);
    assert.ok(md.includes('Kremlin press secretary'));
    assert.ok(md.includes('Also written: Peskov, Dmitri S\\. Peskov'));
    assert.ok(md.includes('[Wikidata Q3339208](https://www.wikidata.org/wiki/Q3339208)'));
    assert.ok(md.includes('Mentions: 3 in this article · 8 in the corpus (4 articles)'));
    assert.ok(md.includes('Quotes by Dmitry Peskov (1 of 7 in the corpus):'), 'one quote listed of seven: says so');
    assert.ok(md.includes(`[Show all 7 quotes](${showAllByUri({ speaker: 'Dmitry Peskov', kind: 'quotes' })})`));
    assert.ok(md.includes(`(${revealUri('file:///a/01.txt', 10, 40)})`));
    assert.equal(decodeURIComponent(revealUri('file:///a/01.txt', 10, 40).split('?')[1]!), '["file:///a/01.txt",10,40]');
  });

  it('actor: an actor of one article says "1 article", not "1 articles" (issue 11: 13)', () => {
    const md = actorHoverMarkdown({ canonical: 'Raka', type: 'PER', surface: 'Raka', aliases: ['Raka'], inArticle: 2, inCorpus: { mentions: 2, articles: 1 }, quotes: [], totalQuotes: 0 }, t);
    assert.ok(md.includes('Mentions: 2 in this article · 2 in the corpus (1 article)'), md);
  });

  it('actor: no Wikidata link for a malformed id, and an honest note when not indexed', () => {
    const md = actorHoverMarkdown({ canonical: 'Raka', type: 'PER', surface: 'Raka', aliases: ['Raka'], wikidata: 'javascript:alert(1)', inArticle: 1, quotes: [], totalQuotes: 0 }, t);
    assert.ok(!md.includes('wikidata.org'));
    assert.ok(md.includes('not in the corpus index yet'));
  });

  it('actor: how often the corpus quotes and reports the actor', () => {
    const base = { canonical: 'Raka', type: 'PER' as const, surface: 'Raka', aliases: ['Raka'], inArticle: 1, quotes: [] };
    assert.ok(actorHoverMarkdown({ ...base, totalQuotes: 3, totalReported: 5 }, t).includes('In the corpus: quoted 3 times, reported 5 times'));
    assert.ok(actorHoverMarkdown({ ...base, totalQuotes: 1, totalReported: 1 }, t).includes('In the corpus: quoted once, reported once'));
    assert.ok(!actorHoverMarkdown({ ...base, totalQuotes: 0 }, t).includes('In the corpus:'), 'no line without statement counts');
    assert.ok(!actorHoverMarkdown({ ...base, totalQuotes: 0, totalReported: 0 }, t).includes('In the corpus:'), 'no line for an actor nobody quotes or reports');
  });

  it('reported statement: speaker link, cue, other statements and quotes by the speaker', () => {
    const link = (n: number, label: string) => ({ uri: `file:///a/0${n}.txt`, start: n, end: n + 8, article: `0${n}.txt`, label });
    const md = statementHoverMarkdown(
      {
        speaker: 'Dmitry Peskov',
        speakerLink: { uri: 'file:///a/01.txt', start: 5, end: 11, article: '01.txt', label: 'Peskov' },
        cue: 'mengatakan',
        others: [link(2, 'NATO terus memperluas diri')],
        totalOthers: 4,
        quotes: [link(3, '“Tidak”')],
        totalQuotes: 2,
      },
      t,
    );
    assert.ok(md.startsWith(`**Reported statement** · speaker: [Dmitry Peskov](${revealUri('file:///a/01.txt', 5, 11)})`), md);
    assert.ok(md.includes('Reported by: `mengatakan`'));
    assert.ok(md.includes('Other statements by Dmitry Peskov (1 of 4):'));
    assert.ok(md.includes(`[NATO terus memperluas diri](${revealUri('file:///a/02.txt', 2, 10)}) — 02\\.txt`));
    assert.ok(md.includes('Quotes by Dmitry Peskov (1 of 2 in the corpus):'));
    const none = statementHoverMarkdown({ speaker: null, cue: 'menurut', others: [], totalOthers: 0, quotes: [], totalQuotes: 0 }, t);
    assert.equal(none, '**Reported statement** · no speaker found\n\nReported by: `menurut`');
    const alone = statementHoverMarkdown({ speaker: 'Raka', cue: 'kata', others: [], totalOthers: 0, quotes: [], totalQuotes: 0 }, t);
    assert.ok(alone.includes('No other reported statements by Raka in the corpus.'));
  });

  it('quote: speaker link, cue, other quotes; unattributed quotes say so', () => {
    const md = quoteHoverMarkdown(
      {
        speaker: 'Dmitry Peskov',
        speakerLink: { uri: 'file:///a/01.txt', start: 5, end: 11, article: '01.txt', label: 'Peskov' },
        cue: 'kata',
        others: [{ uri: 'file:///a/02.txt', start: 1, end: 9, article: '02.txt', label: '“Tidak”' }],
        totalOthers: 1,
      },
      t,
    );
    assert.ok(md.startsWith(`**Quote** · speaker: [Dmitry Peskov](${revealUri('file:///a/01.txt', 5, 11)})`));
    assert.ok(md.includes('Attributed by: `kata`'));
    assert.ok(md.includes('Other quotes by Dmitry Peskov (1):'));
    assert.equal(quoteHoverMarkdown({ speaker: null, others: [], totalOthers: 0 }, t), '**Quote** · no speaker found');
  });

  it('a capped list says how many it shows of how many, and links to all of them', () => {
    const link = (n: number) => ({ uri: `file:///a/0${n}.txt`, start: n, end: n + 8, article: `0${n}.txt`, label: `“kutipan ${n}”` });
    const five = [1, 2, 3, 4, 5].map(link);
    const span = { uri: 'file:///a/09.txt', start: 40, end: 70 };
    const quote = quoteHoverMarkdown({ speaker: 'Dmitry Peskov', span, others: five, totalOthers: 7 }, t);
    assert.ok(quote.includes('Other quotes by Dmitry Peskov (5 of 7):'), quote);
    assert.ok(!quote.includes('(7):'), 'never a count it does not list, unqualified');
    const all = /\[Show all 7 quotes\]\((command:sorot\.showAllBy\?[^)]*)\)/.exec(quote);
    assert.ok(all, quote);
    // The link runs the command with the speaker, the kind and the hovered quote to leave out.
    const args = JSON.parse(decodeURIComponent(all[1].split('?')[1]!)) as unknown[];
    assert.deepEqual(showAllByArgs(args), { speaker: 'Dmitry Peskov', kind: 'quotes', except: span });
    assert.ok(quote.indexOf('Show all') > quote.indexOf(`(${revealUri('file:///a/05.txt', 5, 13)})`), 'after the five it shows');

    // Not capped: the count is the list's, and no link.
    const whole = quoteHoverMarkdown({ speaker: 'Dmitry Peskov', span, others: five, totalOthers: 5 }, t);
    assert.ok(whole.includes('Other quotes by Dmitry Peskov (5):'));
    assert.ok(!whole.includes('Show all') && !whole.includes('showAllBy'), whole);

    const statement = statementHoverMarkdown({ speaker: 'Dmitry Peskov', span, cue: 'kata', others: five, totalOthers: 9, quotes: five.slice(0, 3), totalQuotes: 3 }, t);
    assert.ok(statement.includes('Other statements by Dmitry Peskov (5 of 9):'), statement);
    assert.ok(statement.includes(`[Show all 9 statements](${showAllByUri({ speaker: 'Dmitry Peskov', kind: 'statements', except: span })})`));
    assert.ok(statement.includes('Quotes by Dmitry Peskov (3 in the corpus):') && !statement.includes('Show all 3'), 'its quotes are all listed');

    const actor = actorHoverMarkdown({ canonical: 'Raka', type: 'PER', surface: 'Raka', aliases: [], inArticle: 1, quotes: five.slice(0, 3), totalQuotes: 12 }, t);
    assert.ok(actor.includes('Quotes by Raka (3 of 12 in the corpus):'), actor);
    assert.ok(actor.includes(`[Show all 12 quotes](${showAllByUri({ speaker: 'Raka', kind: 'quotes' })})`));
  });

  it('describes a colon cue ("Menteri X: …", "Hakim: “…”") instead of showing a bare ":", and shows no empty cue', () => {
    const headline = statementHoverMarkdown({ speaker: 'Raka Pratama', cue: ':', others: [], totalOthers: 0, quotes: [], totalQuotes: 0 }, t);
    assert.ok(headline.includes('Reported by: a colon after the speaker (“Name: …”)'), headline);
    assert.ok(!headline.includes('`:`'));
    const turn = quoteHoverMarkdown({ speaker: 'Raka Pratama', cue: ':', others: [], totalOthers: 0 }, t);
    assert.ok(turn.includes('Attributed by: a colon after the speaker (“Name: …”)'), turn);
    const none = statementHoverMarkdown({ speaker: 'Raka Pratama', cue: '', others: [], totalOthers: 0, quotes: [], totalQuotes: 0 }, t);
    assert.ok(!none.includes('Reported by'), none);
    assert.equal(cueShown('ujar`nya', t), "`ujar'nya`");
  });

  it('a speaker found with no attribution word says how, in words, not as a code word ("`continuation`")', () => {
    const said = (cue: string) => quoteHoverMarkdown({ speaker: 'Raka Pratama', cue, others: [], totalOthers: 0 }, t);
    assert.match(said('continuation'), /Attributed by: no attribution word; it continues the quote before/);
    assert.match(said('exchange'), /a turn of the dialogue/);
    assert.match(said('floor'), /took the floor/);
    assert.match(said('moderator'), /moderator is named/);
    // a headline's quote given to whoever says its words in the body, else to the first person the article quotes (headline-quote-speaker.ts)
    assert.match(said(HEADLINE_QUOTE_CUE), /Attributed by: no attribution word; a headline quote, given to whoever the article quotes with the same words, else to the first person it quotes/);
    for (const cue of ['continuation', 'exchange', 'floor', 'moderator', HEADLINE_QUOTE_CUE]) assert.ok(!said(cue).includes(`\`${cue}\``), cue);
    assert.match(said('kata'), /Attributed by: `kata`/);
  });

  it('says in words every context cue the recognizer gives (recognize/types.ts CONTEXT_CUE), each one the format promises', () => {
    const formats = readFileSync(join(__dirname, '../../../docs/formats.md'), 'utf8');
    for (const cue of [...Object.values(CONTEXT_CUE), MODERATOR_HEAD, HEADLINE_QUOTE_CUE]) {
      assert.ok(formats.includes(`\`${cue}\``), `docs/formats.md names ${cue}`);
      assert.ok(!(cueShown(cue, t) ?? '').includes('`'), cue);
    }
  });

  it('a speaker a researcher set shows who decided, not "Attributed by: researcher"', () => {
    // Newcomer walk: a corrected speaker's hover read "Attributed by: `researcher`" above "Corrected by nc".
    const curation = { provenance: 'corrected' as const, by: 'nc', uri: 'file:///a.txt', offset: 10 };
    const quote = quoteHoverMarkdown({ speaker: 'The Pentagon', cue: RESEARCHER_CUE, others: [], totalOthers: 0, curation }, t);
    assert.ok(!quote.includes('Attributed by'), quote);
    assert.match(quote, /Corrected by nc/);
    const statement = statementHoverMarkdown({ speaker: 'The Pentagon', cue: RESEARCHER_CUE, others: [], totalOthers: 0, quotes: [], totalQuotes: 0, curation: { ...curation, provenance: 'added' } }, t);
    assert.ok(!statement.includes('Reported by'), statement);
  });

  it('a speaker that followed a correction of the quote before says so, and offers Accept, not "Remove my correction"', () => {
    const curation = { provenance: 'followed' as const, by: 'ani', uri: 'file:///a.txt', offset: 10 };
    const quote = quoteHoverMarkdown({ speaker: 'Sutrisno', cue: 'katanya', others: [], totalOthers: 0, curation }, t);
    assert.match(quote, /Speaker follows a correction by ani, not reviewed/);
    assert.match(quote, /\[Accept\]\(command:sorot\.curation\.accept\?/);
    assert.ok(!quote.includes('Remove my correction'), 'the quote has no correction of its own to remove');
  });

  it('a mention whose identity followed a full name the researcher marked says so (identity, not speaker), and offers Accept', () => {
    const curation = { provenance: 'followed' as const, by: 'ani', uri: 'file:///a.txt', offset: 10 };
    const md = actorHoverMarkdown({ canonical: 'Arif Nasution', type: 'PER', surface: 'Arif', aliases: ['Arif'], inArticle: 3, quotes: [], totalQuotes: 0, curation }, t);
    assert.match(md, /Identity follows a correction by ani, not reviewed/);
    assert.ok(!md.includes('Speaker follows'), md);
    assert.match(md, /\[Accept\]\(command:sorot\.curation\.accept\?/);
    assert.ok(!md.includes('Remove my correction'), 'the mention has no correction of its own to remove');
  });

  it('escapes Markdown in names and snippets', () => {
    assert.equal(escapeMarkdown('[x](command:evil) *b* <img>'), '\\[x\\]\\(command:evil\\) \\*b\\* \\<img\\>');
    assert.equal(escapeMarkdown('a\r\nb'), 'a b');
  });

  it('names a linked article as "this article", by its headline cut at a word, else by its file name', () => {
    // Newcomer run on a scraped folder: every link said "— 001_7209a1e994b94d1d.txt".
    assert.equal(articleName({ same: true, headline: 'Konfrontasi di Eropa', fileName: '001_7209a1e994b94d1d.txt' }, t), 'this article');
    assert.equal(articleName({ same: false, headline: 'Konfrontasi di Eropa', fileName: '001_7209a1e994b94d1d.txt' }, t), 'Konfrontasi di Eropa');
    assert.equal(articleName({ same: false, headline: undefined, fileName: '001_7209a1e994b94d1d.txt' }, t), '001_7209a1e994b94d1d.txt');
    assert.equal(articleName({ same: false, headline: '  ', fileName: 'b.txt' }, t), 'b.txt');
    const long = 'Menteri Luar Negeri menegaskan bahwa perundingan dagang dengan negara tetangga akan dilanjutkan pekan depan';
    const cut = articleName({ same: false, headline: long, fileName: 'c.txt' }, t);
    assert.ok(cut.endsWith('…') && cut.length <= 61, cut);
    assert.ok(long.startsWith(cut.slice(0, -1)) && long[cut.length - 1] === ' ', `cut at a word: ${cut}`);
  });
});
