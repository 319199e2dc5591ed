// The outlet's own voice and an unnamed source are one identity each, whatever language
// the editor showed when they were picked: a reserved id and a fixed label in sidecars,
// exports, agreement and analysis; files that hold the translated label of an older
// Sorot read as that identity without being rewritten.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { computeAgreement } from '../../../src/core/agreement';
import { stanceMatrix } from '../../../src/core/analysis/stance';
import type { AnalysisArticle } from '../../../src/core/analysis/types';
import { actorDirectory, emptyActorDirectory, resolveActor, withCurrentActor } from '../../../src/core/annotations/actor-identity';
import { parseSidecarText } from '../../../src/core/annotations/parse';
import { buildPickList, type Choice } from '../../../src/core/annotations/pick-list';
import { OUTLET_VOICE, RESERVED_ACTORS, UNNAMED_SOURCE, actorStepOptions, reservedActorOf, storedActor } from '../../../src/core/annotations/reserved-actors';
import { serializeSidecar } from '../../../src/core/annotations/serialize';
import { SidecarStore } from '../../../src/core/annotations/store';
import type { Annotation, AnnotationKind, Sidecar } from '../../../src/core/annotations/types';
import { EXPORT_FORMATS, exportAs, importJsonl, type ExportInput } from '../../../src/core/export';
import type { Kb } from '../../../src/core/kb/types';
import { ARTICLE, claim, source, stance } from '../export/fixtures';
import { MemoryFileSystem } from './memory-fs';

const ROOT = join(__dirname, '..', '..', '..');
const EN = 'the outlet (own voice)';
const ID = 'media itu sendiri (suara redaksi)';

const claimBy = (annotator: string, claimant: string, claimantId?: string): Annotation =>
  claim(ARTICLE, 'subsidi akan ditambah', annotator, { claim: { claimant, ...(claimantId ? { claimantId } : {}) } } as Partial<Annotation>);
const sourceBy = (annotator: string, sourceName: string): Annotation => {
  const s = source(ARTICLE, 'ANTARA', 'anonymous', annotator) as Extract<Annotation, { kind: 'source' }>;
  return { ...s, status: 'accepted', needsReview: undefined, source: { ...s.source, sourceName } } as Annotation;
};
const holderBy = (annotator: string, holder: string): Annotation => {
  const s = stance(ARTICLE, 'menolak rencana itu', 'against', annotator) as Extract<Annotation, { kind: 'stance' }>;
  return { ...s, stance: { ...s.stance, holder } };
};
/** A sidecar file as an older Sorot wrote it (no reserved ids), one annotator's. */
const oldFile = (annotator: string, annotations: Annotation[]): string =>
  serializeSidecar({ schemaVersion: 3, article: 'beras.txt', annotator, annotations } as Sidecar);
const parsed = (text: string): Sidecar => {
  const r = parseSidecarText(text);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  return r.sidecar;
};
const fieldsOf = (a: Annotation) => (a as unknown as Record<string, Record<string, unknown>>)[a.kind];

describe('reserved actors: the outlet (own voice) and an unnamed source', () => {
  it('lists every translation the l10n bundles give their picker labels', () => {
    const bundles = readdirSync(join(ROOT, 'l10n')).filter((f) => /^bundle\.l10n(\.[\w-]+)?\.json$/.test(f));
    assert.ok(bundles.length >= 2, `English and Indonesian bundles (${bundles.join(', ')})`);
    for (const actor of RESERVED_ACTORS) {
      for (const file of bundles) {
        const shown = (JSON.parse(readFileSync(join(ROOT, 'l10n', file), 'utf8')) as Record<string, string>)[actor.label];
        assert.equal(typeof shown, 'string', `${file} has the picker label "${actor.label}"`);
        assert.ok(actor.uiLabels.includes(shown), `${file}: "${shown}" is one of ${actor.id}'s uiLabels`);
      }
    }
  });

  it('reads an English and an Indonesian label of an older file as the one identity, keeping other actors', () => {
    for (const label of [EN, ID, `  ${ID} `]) {
      const s = parsed(oldFile('ani', [claimBy('ani', label)]));
      assert.deepEqual(fieldsOf(s.annotations[0]), { claimant: EN, claimantId: 'outlet' }, label);
    }
    for (const label of ['unnamed source', 'sumber anonim']) {
      const s = parsed(oldFile('ani', [sourceBy('ani', label)]));
      assert.deepEqual([fieldsOf(s.annotations[0]).sourceName, fieldsOf(s.annotations[0]).sourceId], ['unnamed source', 'unnamed-source'], label);
    }
    // A label beside another id is that id's actor; a typed name is free text.
    const kept = [claimBy('ani', ID, 'dmitry-peskov'), claimBy('budi', 'Redaksi')];
    assert.deepEqual(parsed(oldFile('ani', kept)).annotations.map(fieldsOf), [{ claimant: ID, claimantId: 'dmitry-peskov' }, { claimant: 'Redaksi' }]);
  });

  it('a file already holding the identity reads and writes back byte for byte', () => {
    const text = oldFile('ani', [claimBy('ani', EN, 'outlet'), sourceBy('ani', 'unnamed source')]);
    const once = serializeSidecar(parsed(text));
    assert.equal(serializeSidecar(parsed(once)), once);
    assert.match(once, /"sourceId": "unnamed-source"/);
  });

  it('loading an older file does not write it (migration on read only)', async () => {
    const fs = new MemoryFileSystem();
    const text = oldFile('ani', [claimBy('ani', ID)]);
    fs.files.set('/c/beras.ani.sorot.json', new TextEncoder().encode(text));
    const loaded = await new SidecarStore(fs).load('/c/beras.ani.sorot.json');
    assert.ok(loaded.status === 'loaded');
    assert.deepEqual(fieldsOf(loaded.sidecar.annotations[0]), { claimant: EN, claimantId: 'outlet' });
    assert.deepEqual(fs.log, []);
    assert.equal(new TextDecoder().decode(fs.files.get('/c/beras.ani.sorot.json')), text);
  });

  it('resolves by reserved id or picker label before the KB, which cannot take them', () => {
    const kb: Kb = { entities: [{ id: 'media-x', canonical: 'Media X', type: 'ORG', aliases: [ID, 'sumber anonim'], description: { en: '', id: '' } }], suppress: [] };
    for (const directory of [emptyActorDirectory(), actorDirectory(kb)]) {
      for (const [label, id] of [[EN, undefined], [ID, undefined], ['whatever was typed', 'outlet']] as const) {
        const r = resolveActor(directory, label, id, { matchLabels: true });
        assert.deepEqual([r.state, r.id, r.label, r.storedLabel], ['reserved', 'outlet', EN, label]);
      }
      assert.equal(resolveActor(directory, 'sumber anonim', undefined, { matchLabels: true }).id, 'unnamed-source');
    }
    assert.equal(reservedActorOf(EN, 'media-x'), undefined, 'another id wins over the label');
  });

  it("offers the outlet's own voice to a claimant and a stance holder, an unnamed source to a source", () => {
    // What each actor step lists (the extension's pickActor shows this very list): the
    // article's actors, the fixed actors of its kind, then the typed-name entry. An
    // editorial holds its own stance as often as it makes its own claims.
    const article: Choice[] = [{ label: 'Sri Mulyani', id: 'sri-mulyani', type: 'PER' }, { label: 'Pemerintah' }];
    const listed = (kind: AnnotationKind): string[] =>
      buildPickList({ options: actorStepOptions(kind, article), freeText: true }).entries.map((e) => (e.type === 'choice' ? e.choice.id ?? e.choice.label : '(typed)'));
    assert.deepEqual(listed('claim'), ['sri-mulyani', 'Pemerintah', 'outlet', '(typed)']);
    assert.deepEqual(listed('stance'), ['sri-mulyani', 'Pemerintah', 'outlet', '(typed)']);
    assert.deepEqual(listed('source'), ['sri-mulyani', 'Pemerintah', 'unnamed-source', '(typed)']);
    // Stored under the fixed label unless the editor shows it its own way (translated).
    assert.deepEqual(actorStepOptions('claim', []), [{ label: EN, id: 'outlet' }]);
    assert.deepEqual(actorStepOptions('source', [], (a) => ({ label: a.uiLabels[1], id: a.id })), [{ label: 'sumber anonim', id: 'unnamed-source' }]);
  });

  it('stores what a picker answered: a translated reserved choice as its id and fixed label', () => {
    assert.deepEqual(storedActor({ label: ID, id: 'outlet' }), { label: EN, id: 'outlet' });
    assert.deepEqual(storedActor({ label: 'sumber anonim' }), { label: UNNAMED_SOURCE.label, id: UNNAMED_SOURCE.id });
    const actor = { label: 'Sri Mulyani', id: 'sri-mulyani', type: 'PER' as const };
    assert.equal(storedActor(actor), actor, 'any other actor as it is, with its type');
    assert.deepEqual(storedActor({ label: 'Pemerintah' }), { label: 'Pemerintah' });
  });

  it('an English and an Indonesian annotator who picked the outlet agree (older files and in memory)', () => {
    const fromFiles = [...parsed(oldFile('ani', [claimBy('ani', EN)])).annotations, ...parsed(oldFile('budi', [claimBy('budi', ID)])).annotations];
    const inMemory = [claimBy('ani', EN), claimBy('budi', ID)];
    const mixed = [claimBy('ani', EN, 'outlet'), claimBy('budi', ID)];
    for (const annotations of [fromFiles, inMemory, mixed]) {
      const report = computeAgreement({ articles: [{ path: 'beras.txt', annotations }] });
      assert.deepEqual(report.disagreements, []);
    }
    const unnamed = computeAgreement({ articles: [{ path: 'beras.txt', annotations: [sourceBy('ani', 'unnamed source'), sourceBy('budi', 'sumber anonim')] }] });
    assert.deepEqual(unnamed.disagreements, []);
    // Guard: the outlet and a named claimant still disagree.
    const differ = computeAgreement({ articles: [{ path: 'beras.txt', annotations: [claimBy('ani', ID), claimBy('budi', 'Sri Mulyani', 'sri-mulyani')] }] });
    assert.equal(differ.disagreements.length, 1);
  });

  it('every export writes the identity, never the translated label', () => {
    const input: ExportInput = { articles: [{ path: 'beras.txt', text: ARTICLE, annotations: [claimBy('budi', ID), sourceBy('budi', 'sumber anonim')] }] };
    for (const [format, options] of [...EXPORT_FORMATS.map((f) => [f, {}] as const), ['brat', { bratNative: true }] as const]) {
      if (format === 'conll') continue; // tokens and actor mentions only: no annotations
      const all = exportAs(format, input, {}, options).files.map((f) => String(f.contents)).join('\n');
      const what = `${format}${'bratNative' in options ? ' (native)' : ''}`;
      assert.ok(!all.includes('suara redaksi') && !all.includes('sumber anonim'), `${what} carries no UI label`);
      assert.ok(all.includes(EN) && all.includes('unnamed-source'), `${what} writes the fixed label and the reserved id`);
      assert.match(all, /outlet\b(?! \(own)/, `${what} writes the id outlet`);
    }
    const rows = parse(exportAs('csv', input).files[0].contents, { columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(rows.filter((r) => r.kind === 'claim').map((r) => [r.claimant, r.claimant_id]), [[EN, 'outlet']]);
    assert.deepEqual(rows.filter((r) => r.kind === 'source').map((r) => [r.source_name, r.source_id]), [['unnamed source', 'unnamed-source']]);
  });

  it('an import writes the identity, never the translated label another annotator saw', () => {
    // A JSONL line from a tool (or an older Sorot) that kept the picker's Indonesian label.
    // Every importer checks a record by parsing it as a sidecar (export/validate.ts), which
    // reads the label as the identity: the imported sidecar is written with the id.
    const line = String(exportAs('jsonl', { articles: [{ path: 'beras.txt', text: ARTICLE, annotations: [claimBy('budi', 'Redaksi'), sourceBy('budi', 'Pemerintah')] }] }).files[0].contents)
      .replace('"claimant":"Redaksi"', `"claimant":"${ID}"`).replace('"sourceName":"Pemerintah"', '"sourceName":"sumber anonim"');
    const imported = importJsonl(line).articles.get('beras.txt') ?? [];
    const byKind = new Map(imported.map((a) => [a.kind, fieldsOf(a)]));
    assert.deepEqual([byKind.get('claim')?.claimant, byKind.get('claim')?.claimantId], [EN, 'outlet']);
    assert.deepEqual([byKind.get('source')?.sourceName, byKind.get('source')?.sourceId], ['unnamed source', 'unnamed-source']);
    // Guard: a typed name stays free text.
    const typed = importJsonl(String(exportAs('jsonl', { articles: [{ path: 'beras.txt', text: ARTICLE, annotations: [claimBy('budi', 'Redaksi')] }] }).files[0].contents)).articles.get('beras.txt') ?? [];
    assert.deepEqual(fieldsOf(typed[0]), { claimant: 'Redaksi' });
  });

  it('analysis counts one stance holder for both labels', () => {
    const annotations = [...parsed(oldFile('ani', [holderBy('ani', EN)])).annotations, ...parsed(oldFile('budi', [holderBy('budi', ID)])).annotations];
    const article: AnalysisArticle = { path: 'beras.txt', statuses: [], actors: [], quotes: [], reported: [], annotations };
    const m = stanceMatrix([article]);
    assert.deepEqual(m.holders, [EN]);
    assert.deepEqual(m.cells.map((c) => [c.holderId, c.total]), [['outlet', 2]]);
  });

  it('display and export copies give a reserved id its fixed label; other actors are untouched', () => {
    const typed = claimBy('ani', 'anything', 'outlet');
    assert.deepEqual(fieldsOf(withCurrentActor(emptyActorDirectory(), typed)), { claimant: OUTLET_VOICE.label, claimantId: 'outlet' });
    const free = claimBy('ani', 'Pemerintah');
    assert.equal(withCurrentActor(emptyActorDirectory(), free), free);
  });
});
