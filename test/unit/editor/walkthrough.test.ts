// The Get Started walkthrough ticks a step on the real event: every command a step's
// button runs is one of its completion events (a step whose button ran something else
// never ticked), and steps reached in more than one way list each (the view opened, the
// setting changed, the command run from a key or the palette).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  contributes: { walkthroughs: Array<{ steps: Array<{ id: string; description: string; completionEvents?: string[] }> }> };
};
const nls = JSON.parse(readFileSync(new URL('../../../package.nls.json', import.meta.url), 'utf8')) as Record<string, string>;

/** Commands a step's buttons run, except those that leave the window (Open Folder reloads it). */
function buttons(description: string): string[] {
  const text = description.replace(/^%(.+)%$/, (_, key: string) => nls[key] ?? '');
  return [...text.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1] as string).filter((c) => c !== 'workbench.action.files.openFolder');
}

describe('walkthrough completion events', () => {
  const steps = pkg.contributes.walkthroughs[0]?.steps ?? [];
  it('ticks the corpus step when the folder setting changes and the explore step when the Actors view opens', () => {
    assert.ok(steps.find((s) => s.id === 'openCorpus')?.completionEvents?.includes('onSettingChanged:sorot.corpus.folders'));
    assert.ok(steps.find((s) => s.id === 'explore')?.completionEvents?.includes('onView:sorot.actors'));
  });
  for (const step of steps) {
    it(`${step.id}: its buttons tick it`, () => {
      const events = step.completionEvents ?? [];
      for (const command of buttons(step.description)) assert.ok(events.includes(`onCommand:${command}`), `${step.id}: ${command} is a completion event`);
      assert.ok(events.length >= 1, `${step.id} has completion events`);
      for (const e of events) assert.match(e, /^(onCommand|onView|onSettingChanged|onContext|extensionInstalled|onLink):/);
    });
  }
});
