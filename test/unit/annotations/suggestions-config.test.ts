import assert from 'node:assert/strict';
import { isAllowedStanceTarget, loadSchemaConfig } from '../../../src/core/annotations/config';
import { DEFAULT_SCHEMA_CONFIG } from '../../../src/core/annotations/defaults';
import { resolveSuggestions, suggestSourceAnnotations } from '../../../src/core/annotations/suggestions';
import type { Quote } from '../../../src/core/recognize/types';

const TEXT = '"Kami mendorong dialog," kata Retno. Sumber lain menolak. "Tidak," ujar seorang pejabat.';
const q1: Quote = { start: 0, end: 24, text: TEXT.slice(0, 24), speaker: 'Retno Marsudi', cue: 'kata' };
const q2: Quote = { start: 58, end: 66, text: TEXT.slice(58, 66), speaker: null };

describe('suggested source annotations from quotes', () => {
  it('turns quotes with a speaker into suggested direct sources, once', () => {
    const s = suggestSourceAnnotations(TEXT, [q1, q2], [], { annotator: 'ana', now: 0 });
    assert.equal(s.length, 1);
    const a = s[0];
    assert.ok(a.kind === 'source');
    assert.equal(a.status, 'suggested');
    assert.equal(a.target.exact, '"Kami mendorong dialog,"');
    assert.deepEqual(a.source, { sourceName: 'Retno Marsudi', sourceType: 'official', relation: 'direct' });
    assert.equal(suggestSourceAnnotations(TEXT, [q1], s, { annotator: 'ana' }).length, 0, 'not suggested twice');
  });

  it('accepts or rejects suggestions one by one or all at once', () => {
    const s = suggestSourceAnnotations(TEXT, [q1, { ...q2, speaker: 'pejabat' }], [], { annotator: 'ana', now: 0 });
    const one = resolveSuggestions(s, [s[0].id], 'accepted', 0);
    assert.deepEqual(one.map((a) => a.status), ['accepted', 'suggested']);
    const all = resolveSuggestions(one, 'all', 'rejected', 0);
    assert.deepEqual(all.map((a) => a.status), ['accepted', 'rejected']);
    assert.equal(suggestSourceAnnotations(TEXT, [q1, q2], all, { annotator: 'ana' }).length, 0, 'rejected ones are not re-suggested');
  });
});

describe('workspace schema config', () => {
  it('uses the defaults when there is no file: neutral policy topics in Indonesian and English (issue 11: 4)', () => {
    const { config, error } = loadSchemaConfig(undefined);
    assert.equal(error, undefined);
    assert.ok(config.stanceTargets.includes('Harga pangan / Food prices'));
    for (const t of config.stanceTargets) assert.match(t, /^[^/]+ \/ [^/]+$/, `"${t}" names the topic in Indonesian and English`);
    assert.ok(!config.stanceTargets.some((t) => /Ukraine|Russia|NATO/.test(t)), 'no war-specific target by default');
    assert.ok(config.guidelines.stance.length > 0);
  });

  it('overrides key by key', () => {
    const { config } = loadSchemaConfig(JSON.stringify({ stanceTargets: ['Food prices'], allowFreeStanceTargets: false, guidelines: { claim: 'Short.' } }));
    assert.deepEqual(config.stanceTargets, ['Food prices']);
    assert.equal(config.guidelines.claim, 'Short.');
    assert.equal(config.guidelines.stance, DEFAULT_SCHEMA_CONFIG.guidelines.stance);
    assert.equal(isAllowedStanceTarget(config, 'Food prices'), true);
    assert.equal(isAllowedStanceTarget(config, 'Something else'), false);
  });

  it('reports a broken file with its location and falls back to the defaults', () => {
    const broken = loadSchemaConfig('{\n  "labels": [1]\n}');
    assert.equal(broken.error?.kind, 'schema');
    assert.equal(broken.error?.pointer, '/labels/0');
    assert.equal(broken.error?.line, 2);
    assert.equal(broken.config, DEFAULT_SCHEMA_CONFIG);
    assert.equal(loadSchemaConfig('{ "labels": [').error?.kind, 'parse');
  });
});
