// Issue 15, the analysis view in the real VS Code: "Sorot: Analyse Corpus" on the
// samples draws every chart in its webview (under its CSP), a filter from the page
// narrows every chart through the core filter, a click on a mark lists the quotes behind
// it and opening one selects the quote in its article; a chart's CSV is what `sorot
// stats` prints and its pictures come out as SVG and PNG. The webview's DOM is in an
// iframe the test cannot reach, so it sends what the page would post (panel.receive)
// and waits for the page to report that it drew (onDidRender).
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { applyFilter, statsCsv, statsTable } from '../../../src/core/analysis';
import type { AnalysisPanel, PageFocus } from '../../../src/extension/analysis/panel';
import { CHART_IDS, type ChartId } from '../../../src/extension/analysis/protocol';
import { activateSorot, keyboard, screenshot } from '../helpers';
import { sleep, waitFor } from '../wait';

describe('analysis view (Sorot: Analyse Corpus)', function () {
  this.timeout(180_000);
  let panel: AnalysisPanel;
  let drawn: Array<Record<ChartId, number>> = [];
  const errors: string[] = [];

  before(async () => {
    await activateSorot();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    panel = (await vscode.commands.executeCommand<AnalysisPanel | undefined>('sorot.analysis.show'))!;
    assert.ok(panel, 'the command returns the view');
    panel.onDidRender((marks) => drawn.push(marks));
    panel.onDidReportError((e) => errors.push(e));
  });

  after(async () => {
    panel?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.toggleSidebarVisibility');
  });

  it('draws every chart from the samples, with clickable marks', async () => {
    const marks = await waitFor(() => drawn.at(-1), 'the page to draw the charts', 30_000);
    assert.deepEqual(errors, []);
    for (const chart of ['speakers', 'stance', 'sources', 'timeline', 'network'] as const) assert.ok(marks[chart] > 0, `${chart}: ${marks[chart]} marks`);
    const model = panel.model!;
    assert.ok(model.articles >= 12, `${model.articles} articles`);
    assert.ok(model.speakers.order.includes('Dmitry Peskov'));
    assert.ok(model.stance.marks.some((m) => m.holder === 'Sergey Lavrov' && m.target === 'Military aid to Ukraine' && m.polarity === 'against'));
    const shot = await screenshot('analysis-overview', { delayMs: 1500 });
    if (shot) {
      // The charts as a researcher exports them (the webview's own PNG export).
      for (const [chart, name] of [['stance', 'stance-matrix'], ['network', 'speaker-network'], ['speakers', 'analysis-speakers'], ['sources', 'analysis-sources'], ['timeline', 'analysis-timeline']] as const) {
        const png = await panel.picture(chart, 'png');
        writeFileSync(join(dirname(shot), `${name}.png`), Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'));
      }
    }
  });

  it('a filter narrows every chart, as the core filter does', async () => {
    const all = panel.model!.articles;
    drawn = [];
    await panel.receive({ type: 'filter', filter: { outlets: ['ANTARA'] } });
    const model = panel.model!;
    assert.equal(model.articles, applyFilter(panel.articles, { outlets: ['ANTARA'] }).length);
    assert.ok(model.articles > 0 && model.articles < all, `${model.articles} of ${all}`);
    assert.deepEqual(model.sources.outlets, ['ANTARA']);
    assert.ok(!model.speakers.marks.some((m) => m.outlet !== 'ANTARA'));
    await waitFor(() => drawn.at(-1), 'the page to draw the filtered charts', 20_000);
    assert.equal(new TextDecoder().decode(await panel.csv('speakers')), statsCsv(statsTable('outlet', applyFilter(panel.articles, { outlets: ['ANTARA'] }))));
  });

  it('filter changes in quick succession: the view shows the last one, and every caller gets its model', async () => {
    // The model is made in slices of the host, so a second change can come while the
    // first is being made; the first's model must not arrive after the second's.
    const sent: number[] = [];
    const listening = panel.onDidUpdate((m) => sent.push(m.articles));
    try {
      const first = panel.receive({ type: 'filter', filter: {} });
      const last = panel.receive({ type: 'filter', filter: { outlets: ['ANTARA'] } });
      const [a, b] = (await Promise.all([first, last])) as Array<{ articles: number }>;
      const antara = applyFilter(panel.articles, { outlets: ['ANTARA'] }).length;
      assert.equal(b.articles, antara);
      assert.equal(a.articles, antara, 'the superseded change resolves with the last model');
      assert.equal(panel.model!.articles, antara);
      assert.deepEqual(sent, [antara], 'only the last model is sent to the page');
    } finally {
      listening.dispose();
    }
  });

  it('a click on a mark lists the quotes behind it; opening one selects the quote in its article', async () => {
    const mark = panel.model!.speakers.marks.find((m) => m.speaker === 'Dmitry Peskov' && m.kind === 'quote')!;
    assert.ok(mark, 'Peskov is quoted by ANTARA');
    const items = (await panel.receive({ type: 'mark', key: mark.key, title: 'Dmitry Peskov · ANTARA' })) as Array<{ article: string; excerpt: string }>;
    assert.equal(items.length, mark.count);
    assert.ok(items.every((i) => i.excerpt.length > 0));
    const editor = (await panel.receive({ type: 'open', key: mark.key, index: 0 })) as vscode.TextEditor;
    assert.ok(editor, 'the article opens');
    assert.equal(vscode.workspace.asRelativePath(editor.document.uri, false), items[0].article);
    const selected = editor.document.getText(editor.selection);
    assert.equal(selected.replace(/\s+/g, ' ').trim(), items[0].excerpt);
    assert.match(selected, /^["“]/, 'the selection is the quote');
  });

  it('every mark is reachable and operable with the real keyboard', async function () {
    const focus: PageFocus[] = [];
    const subscription = panel.onDidMoveFocus((f) => focus.push(f));
    const key = async (press: string) => {
      const before = focus.length;
      assert.ok(await keyboard({ press }), 'the launcher types');
      return waitFor(() => (focus.length > before ? focus.at(-1) : undefined), `the focus to move after ${press}`, 5_000);
    };
    try {
      if (!(await keyboard({}))) return this.skip(); // desktop VS Code: no page to type into
      // Every chart with marks (the outlet filter of an earlier test leaves the timeline empty).
      drawn = [];
      await panel.receive({ type: 'filter', filter: {} });
      // (A redraw for the width the opened article left may come first, still filtered.)
      const marks = await waitFor(() => (drawn.at(-1)?.timeline ? drawn.at(-1) : undefined), 'the charts drawn without a filter', 20_000);
      for (const chart of CHART_IDS) assert.ok(marks[chart] > 0, `${chart}: ${marks[chart]} marks`);
      panel.reveal();
      await sleep(500);
      // Tab from the top of the page (the header, the filters, the chart's tools) into the
      // first chart, then on into each of the others: one tab stop per chart, and End
      // reaches its last mark, so with the arrows every mark is reached.
      const tabInto = async (chart: ChartId, press = 'Tab') => {
        for (let presses = 0; !(focus.at(-1)?.mark && focus.at(-1)?.chart === chart); presses++) {
          assert.ok(presses < 40, `${press} never reached a mark of ${chart}; the focus went: ${focus.map((f) => `${f.chart ?? '-'}:${f.label}`).join(' | ')}`);
          const reported = focus.length;
          await keyboard({ press });
          // Wait for the page's report of where the focus went before pressing again: with a
          // fixed pause a loaded machine let the next press overtake a late report, and the
          // loop tabbed past the chart's mark it was looking for. (Not every stop reports, so
          // a silent one ends the wait after a while instead of failing.)
          const silentAfter = Date.now() + 3_000;
          while (focus.length === reported && Date.now() < silentAfter) await sleep(50);
        }
        return focus.at(-1)!;
      };
      for (const chart of CHART_IDS) {
        const entered = await tabInto(chart);
        assert.equal(entered.index, 0, `${chart}: Tab lands on its first mark`);
        if (marks[chart] === 1) continue;
        const last = await key('End');
        assert.deepEqual([last.chart, last.index], [chart, marks[chart] - 1], `${chart}: End reaches the last of its ${marks[chart]} marks`);
        if (chart === 'network' || chart === 'stance') await screenshot(`analysis-mark-focus-${chart}`, { delayMs: 600 });
      }
      // Back to the first chart: its tab stop is the mark last visited (the last one).
      const back = await tabInto('speakers', 'Shift+Tab');
      assert.equal(back.index, marks.speakers - 1);
      const first = await key('Home');
      assert.equal(first.index, 0);
      // Named by its values: the speaker, the outlet and the count.
      assert.match(first.label, /^.+ · .+, \d+ (quotes|reported statements)$/, first.label);
      const second = await key('ArrowRight');
      assert.ok(second.mark && second.chart === 'speakers' && second.label !== first.label, JSON.stringify(second));
      // A redraw (a live refresh, a filter change, a new width) keeps the focus on that mark.
      const focusedBefore = focus.length;
      await panel.receive({ type: 'filter', filter: {} });
      const kept = await waitFor(() => (focus.length > focusedBefore ? focus.at(-1) : undefined), 'the focus back on the mark after a redraw', 5_000);
      assert.deepEqual([kept.chart, kept.index, kept.label], [second.chart, second.index, second.label]);
      assert.equal((await key('ArrowLeft')).label, first.label);
      assert.ok((await key('End')).label !== first.label);
      assert.equal((await key('Home')).label, first.label);
      const shot = await screenshot('analysis-mark-focus', { delayMs: 600 });

      // Enter lists the items behind the mark and the list takes the focus.
      panel.listed = undefined;
      const inList = await key('Enter');
      const listed = await waitFor(() => panel.listed, 'the items behind the mark', 10_000);
      assert.equal(listed.title, first.label.split(', ')[0]);
      assert.ok(!inList.mark && inList.label.startsWith(listed.refs[0]!.article), `the first item has the focus: ${JSON.stringify(inList)}`);
      // Escape goes back to the mark; Space lists again.
      assert.equal((await key('Escape')).label, first.label);
      panel.listed = undefined;
      await keyboard({ press: ' ' });
      assert.equal((await waitFor(() => panel.listed, 'the items behind the mark, after Space', 10_000)).title, listed.title);
      if (shot) assert.ok(shot.endsWith('.png'));
    } finally {
      subscription.dispose();
    }
  });

  it('draws again in the colours of a dark theme', async () => {
    const config = vscode.workspace.getConfiguration('workbench');
    const before = config.inspect<string>('colorTheme')?.globalValue;
    drawn = [];
    await config.update('colorTheme', 'Default Dark Modern', vscode.ConfigurationTarget.Global);
    try {
      await waitFor(() => drawn.at(-1), 'the page to draw again in the dark theme', 20_000);
      await screenshot('analysis-dark', { delayMs: 800 });
      const svg = await panel.picture('speakers', 'svg');
      const background = /<rect width="100%" height="100%" fill="([^"]+)"/.exec(svg)?.[1];
      assert.ok(background && !/^#f|^#e|white/i.test(background), `the picture's background is the dark editor's: ${background}`);
    } finally {
      await config.update('colorTheme', before, vscode.ConfigurationTarget.Global);
    }
  });

  it('exports a chart as SVG and PNG', async () => {
    const svg = await panel.picture('speakers', 'svg');
    assert.match(svg, /^<\?xml[^]*<svg[^]*Dmitry Peskov[^]*<\/svg>\s*$/);
    const png = await panel.picture('speakers', 'png');
    assert.match(png, /^data:image\/png;base64,iVBOR/);
    assert.deepEqual(errors, []);
  });
});
