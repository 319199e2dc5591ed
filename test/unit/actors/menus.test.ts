// The Actors view's context menu offers every knowledge-base command the docs name
// there (docs/editor.md, "Actors view and the workspace knowledge base"), each on actor
// rows only (issue 11: 13, "Mark as Not an Actor" was missing).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
interface MenuItem { command: string; when?: string; group?: string }
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { menus: Record<string, MenuItem[]> } };
const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

/** Context-menu entries (not inline buttons) of the Actors view's actor rows. */
function actorRowMenu(): MenuItem[] {
  return pkg.contributes.menus['view/item/context'].filter(
    (m) => /\bview == sorot\.actors\b/.test(m.when ?? '') && /viewItem =~ \/\^sorot\\\.actor\//.test(m.when ?? '') && !(m.group ?? '').startsWith('inline'),
  );
}

describe('Actors view context menu', () => {
  it('offers rename, merge, add alias and mark as not an actor on an actor row', () => {
    const commands = actorRowMenu().map((m) => m.command);
    for (const c of ['sorot.actors.rename', 'sorot.actors.merge', 'sorot.actors.addAlias', 'sorot.actors.notAnActor']) {
      assert.ok(commands.includes(c), `${c} is in the Actors view's context menu`);
    }
  });

  it('names in the docs exactly the commands the menu has', () => {
    const docs = readFileSync(path.join(ROOT, 'docs/editor.md'), 'utf8').replace(/\s+/g, ' ');
    for (const m of actorRowMenu()) {
      const full = nls[`command.${m.command.replace(/^sorot\./, '')}`];
      assert.ok(full, `${m.command} has a title`);
      const title = full.replace(/…$/, '').replace(/ \(.*\)$/, ''); // the docs leave out the "…" and the aside
      assert.ok(docs.includes(`**${title}**`), `docs/editor.md names “${title}”`);
    }
  });
});
