// Two annotators agree on a claimant / holder / source when they picked the same actor:
// the same KB id (after merges), whatever label each saw; else their labels decide.
import assert from 'node:assert/strict';
import { adjudicate, computeAgreement, compareAnnotations, reportTables, renderPlain } from '../../../src/core/agreement';
import { actorDirectory, actorDirectorySteps } from '../../../src/core/annotations/actor-identity';
import type { Annotation } from '../../../src/core/annotations/types';
import { loadBuiltinKb, mergeWorkspaceKb } from '../../../src/core/kb';
import type { Kb } from '../../../src/core/kb/types';
import { ARTICLE, claim, stance } from '../export/fixtures';

const KB: Kb = {
  entities: [
    { id: 'dmitry-peskov', canonical: 'Dmitry Peskov', type: 'PER', aliases: ['Dmitry Peskov', 'Peskov'], description: { en: '', id: '' } },
    { id: 'sri-mulyani', canonical: 'Sri Mulyani Indrawati', type: 'PER', aliases: ['Sri Mulyani'], description: { en: '', id: '' } },
  ],
  suppress: [],
};

const SPAN = 'subsidi akan ditambah';
const claimBy = (annotator: string, claimant: string, claimantId?: string): Annotation =>
  claim(ARTICLE, SPAN, annotator, { claim: { claimant, ...(claimantId ? { claimantId } : {}) } } as Partial<Annotation>);
const holderBy = (annotator: string, holder: string, holderId?: string): Annotation => {
  const s = stance(ARTICLE, 'menolak rencana itu', 'against', annotator);
  return { ...s, stance: { ...(s as Extract<Annotation, { kind: 'stance' }>).stance, holder, ...(holderId ? { holderId } : {}) } } as Annotation;
};

function report(annotations: Annotation[], kb?: Kb) {
  return computeAgreement({ articles: [{ path: 'beras.txt', annotations }] }, kb ? { actors: actorDirectory(kb) } : {});
}

describe('agreement on actors by identity', () => {
  it('the same actor picked as "Peskov" and as "Dmitry Peskov" (same id) agrees, with or without the KB', () => {
    const pair = [claimBy('ani', 'Peskov', 'dmitry-peskov'), claimBy('budi', 'Dmitry Peskov', 'dmitry-peskov')];
    assert.deepEqual(report(pair).disagreements, []);
    assert.deepEqual(report(pair, KB).disagreements, []);
    assert.deepEqual(compareAnnotations(pair[0], pair[1]).aspects, []);
  });

  it('entities merged in the workspace KB agree: the old id follows mergeInto', () => {
    const { kb } = mergeWorkspaceKb(KB, { version: 1, entities: [{ id: 'peskov', canonical: 'D. Peskov', type: 'PER' }, { id: 'peskov', mergeInto: 'dmitry-peskov' }] });
    const pair = [holderBy('ani', 'D. Peskov', 'peskov'), holderBy('budi', 'Dmitry Peskov', 'dmitry-peskov')];
    assert.deepEqual(report(pair, kb).disagreements, []);
    // Without the KB that records the merge they are two ids: a disagreement, both values shown.
    const without = report(pair).disagreements;
    assert.equal(without.length, 1);
    assert.deepEqual(without[0].differences, [{ field: 'holder', a: 'D. Peskov', b: 'Dmitry Peskov', idA: 'peskov', idB: 'dmitry-peskov' }]);
  });

  it('different ids disagree even under one label, and the report tells them apart', () => {
    const pair = [claimBy('ani', 'Ahmad', 'ahmad-dhani'), claimBy('budi', 'Ahmad', 'ahmad-sahroni')];
    const d = report(pair, KB).disagreements;
    assert.equal(d.length, 1);
    assert.deepEqual(d[0].aspects, ['fields']);
    assert.deepEqual(d[0].differences, [{ field: 'claimant', a: 'Ahmad [ahmad-dhani]', b: 'Ahmad [ahmad-sahroni]', idA: 'ahmad-dhani', idB: 'ahmad-sahroni' }]);
  });

  it('shows the current canonical of each side in the differences', () => {
    const pair = [claimBy('ani', 'Peskov', 'dmitry-peskov'), claimBy('budi', 'Sri Mulyani', 'sri-mulyani')];
    const d = report(pair, KB).disagreements;
    assert.deepEqual(d[0].differences, [{ field: 'claimant', a: 'Dmitry Peskov', b: 'Sri Mulyani Indrawati', idA: 'dmitry-peskov', idB: 'sri-mulyani' }]);
    assert.match(renderPlain(reportTables(report(pair, KB))), /claimant: Dmitry Peskov \(ani\) ≠ Sri Mulyani Indrawati \(budi\)/);
  });

  it('a label typed without id (an older file) meets the id of the one KB entity it names', () => {
    const pair = [claimBy('ani', 'Peskov'), claimBy('budi', 'Dmitry Peskov', 'dmitry-peskov')];
    assert.deepEqual(report(pair, KB).disagreements, []);
    // Free text on both sides compares as before: equal labels agree, different ones do not.
    assert.deepEqual(report([claimBy('ani', 'Warga'), claimBy('budi', 'Warga')], KB).disagreements, []);
    assert.equal(report([claimBy('ani', 'Warga'), claimBy('budi', 'Pedagang')], KB).disagreements.length, 1);
  });

  it('adjudication keeps one copy of an actor the two agree on by id', () => {
    const pair = [claimBy('ani', 'Peskov', 'dmitry-peskov'), claimBy('budi', 'Dmitry Peskov', 'dmitry-peskov')];
    const r = adjudicate({ articles: [{ path: 'beras.txt', annotations: pair }] }, { annotatorA: 'ani', annotatorB: 'budi', resolutions: {}, actors: actorDirectory(KB) });
    assert.equal(r.articles[0].annotations.length, 1);
    assert.deepEqual(r.pending, []);
  });
});

describe('the actor directory in steps (issue 19)', () => {
  it('is the directory made in one go, a step every 128 entities of the built-in KB', () => {
    const kb = loadBuiltinKb();
    const steps = actorDirectorySteps(kb);
    const weights: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) weights.push(step.value ?? 1);
    assert.deepEqual(step.value, actorDirectory(kb));
    // 2,000 entities and 6,500 names in one go were the export's longest task on the host.
    assert.ok(kb.entities.length > 1000, `${kb.entities.length} entities`);
    assert.equal(weights.length, Math.floor(kb.entities.length / 128));
    assert.ok(weights.every((w) => w === 128));
  });
});

describe('agreement reports name a reserved actor as the UI does', () => {
  // A researcher's editor in Indonesian: the outlet's own voice reads as the picker showed it.
  const INDONESIAN = { actor: (label: string, id: string | undefined) => (id === 'outlet' ? 'media itu sendiri (suara redaksi)' : label) };
  const pair = () => [claimBy('ani', 'the outlet (own voice)', 'outlet'), claimBy('budi', 'Sri Mulyani', 'sri-mulyani')];

  it('keeps each side’s identity beside the actor it shows', () => {
    const d = report(pair(), KB).disagreements;
    assert.deepEqual(d[0].differences, [{ field: 'claimant', a: 'the outlet (own voice)', b: 'Sri Mulyani Indrawati', idA: 'outlet', idB: 'sri-mulyani' }]);
  });

  it('the plain and Markdown tables name the outlet under the label they are given, the stored one by default', () => {
    const tables = (names?: typeof INDONESIAN) => reportTables(report(pair(), KB), names ? { names } : {});
    assert.match(renderPlain(tables()), /claimant: the outlet \(own voice\) \(ani\) ≠ Sri Mulyani Indrawati \(budi\)/);
    const shown = renderPlain(tables(INDONESIAN));
    assert.match(shown, /claimant: media itu sendiri \(suara redaksi\) \(ani\) ≠ Sri Mulyani Indrawati \(budi\)/);
    assert.doesNotMatch(shown, /own voice/);
  });

  it('an actor beside any other id keeps its own name', () => {
    const r = report([claimBy('ani', 'Redaksi Harian', 'redaksi-harian'), claimBy('budi', 'Sri Mulyani', 'sri-mulyani')], KB);
    assert.match(renderPlain(reportTables(r, { names: INDONESIAN })), /claimant: Redaksi Harian \(ani\) ≠ Sri Mulyani Indrawati \(budi\)/);
  });
});
