// The Actors view lists a page at a time (issue 19: views that stay fast): the first
// page of actors by mentions, then "Show more…", which adds the next page; an actor's
// articles page the same way. Counts and lists come from the corpus index. The samples
// have far fewer actors than a page of 200, so the test makes pages small.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SorotApi } from '../../../src/extension/api';
import { ACTORS_PAGE_SIZE, type ActorsNode } from '../../../src/extension/actors/actors-tree';
import { activateSorot, waitFor } from '../helpers';

describe('Actors view: pages', function () {
  this.timeout(120_000);
  let api: SorotApi;
  const provider = () => api.actors!.provider;

  /** Runs the command of a "Show more…" row as a click does. */
  async function click(row: ActorsNode): Promise<void> {
    const command = provider().getTreeItem(row).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
  }

  before(async () => {
    api = await activateSorot();
    await vscode.commands.executeCommand('sorot.actors.focus');
    await api.corpus!.corpus.whenIdle();
  });

  after(() => {
    provider().pageSize = ACTORS_PAGE_SIZE;
    provider().setFilter('');
  });

  it('shows the most mentioned actors a page at a time, "Show more…" adding the next page', async () => {
    const index = api.corpus!.corpus.index;
    const total = (await index.topActors(1)).matched;
    assert.ok(total > 6, `the samples have more than two pages of 3 actors (${total})`);
    provider().pageSize = 3;
    provider().setFilter('');

    const first = await provider().getChildren();
    assert.deepEqual(first.slice(0, 3).map((n) => n.kind === 'actor' && n.actor.canonical), (await index.topActors(3)).actors.map((a) => a.canonical));
    const more = first[3]!;
    assert.equal(first.length, 4);
    assert.equal(more.kind, 'more');
    const item = provider().getTreeItem(more);
    assert.equal(item.label, 'Show more…');
    assert.equal(item.description, `${total - 3} more`);

    await click(more);
    const second = await waitFor(async () => {
      const rows = await provider().getChildren();
      return rows.length === 7 ? rows : undefined;
    }, 'a second page');
    assert.deepEqual(second.slice(0, 6).map((n) => n.kind === 'actor' && n.actor.canonical), (await index.topActors(6)).actors.map((a) => a.canonical));
    assert.equal(provider().getTreeItem(second[6]!).description, `${total - 6} more`);
  });

  it('pages the articles of an actor that many articles mention', async () => {
    provider().pageSize = 2;
    provider().setFilter('');
    const index = api.corpus!.corpus.index;
    const actor = (await index.topActors(1000)).actors.find((a) => a.articles > 3);
    assert.ok(actor, 'an actor in more than three sample articles');
    const actorRow: ActorsNode = { kind: 'actor', actor };
    const rows = (await provider().getChildren(actorRow)).filter((n) => n.kind !== 'quotes');
    assert.deepEqual(rows.map((n) => n.kind), ['article', 'article', 'more']);
    await click(rows[2]!);
    const next = (await provider().getChildren(actorRow)).filter((n) => n.kind === 'article');
    assert.equal(next.length, Math.min(4, actor.articles));
    assert.deepEqual(next.map((n) => n.kind === 'article' && n.articleId), index.articlesFor(actor.canonical).slice(0, next.length).map((a) => a.articleId));
  });
});
