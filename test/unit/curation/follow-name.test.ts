import assert from 'node:assert/strict';
import type { ActorCorrection } from '../../../src/core/annotations/corrections';
import { makeTarget } from '../../../src/core/annotations/target';
import { curate } from '../../../src/core/curation/apply';
import { reviewQueue } from '../../../src/core/curation/review';
import { exportAs } from '../../../src/core/export';
import type { ActorMention, AnalysisResult } from '../../../src/core/recognize/types';
import { positionsIn } from './positions';

// Written for these tests (not from any real article). The recognizer's result is built by
// hand: one where it missed the full name "Arif Nasution" (it kept only "Nasution" of it)
// and so left the later "Arif" and "Nasution" as people of their own.
const TEXT = [
  'Arif Siap Ekspor Rotan',
  'Pengrajin rotan Arif Nasution membuka bengkel baru di Medan, Sabtu.',
  '"Pesanan dari Malaysia naik tiga kali lipat," kata Arif.',
  '"Kami menambah sepuluh pekerja."',
  'Nasution mengatakan bahan baku masih didatangkan dari Kalimantan.',
  'Ketua koperasi, Budi Hartono, menyambut baik bengkel itu.',
  '"Ini membuka lapangan kerja," ujar Budi.',
  'Sepupunya, Arif Lubis, ikut bekerja di sana.',
  'Menurut Arif, bengkelnya akan dibuka untuk pelajar.',
].join('\n\n');

const at = positionsIn(TEXT);

function mention(surface: string, nth: number, type: ActorMention['type'], canonical: string): ActorMention {
  const start = at(surface, nth);
  return { start, end: start + surface.length, text: surface, type, canonical };
}

const HEADLINE_ARIF = mention('Arif', 1, 'PER', 'Arif');
const NASUTION_INSIDE = mention('Nasution', 1, 'PER', 'Nasution');
const ARIF = mention('Arif', 3, 'PER', 'Arif');
const NASUTION = mention('Nasution', 2, 'PER', 'Nasution');
const BUDI_HARTONO = mention('Budi Hartono', 1, 'PER', 'Budi Hartono');
const BUDI = mention('Budi', 2, 'PER', 'Budi Hartono');
const ARIF_LUBIS = mention('Arif Lubis', 1, 'PER', 'Arif Lubis');
const LAST_ARIF = mention('Arif', 5, 'PER', 'Arif');

const Q_ARIF = '"Pesanan dari Malaysia naik tiga kali lipat,"';
const Q_MORE = '"Kami menambah sepuluh pekerja."';
const Q_BUDI = '"Ini membuka lapangan kerja,"';
const S_NASUTION = 'bahan baku masih didatangkan dari Kalimantan';
const S_ARIF = 'bengkelnya akan dibuka untuk pelajar';

function span(m: ActorMention) {
  return { start: m.start, end: m.end };
}

/** `withInside`: the recognizer kept "Nasution" of the full name; `lubis`: it found "Arif
 *  Lubis" too and linked the last "Arif" to him. */
function machine(withInside = true, lubis = false): AnalysisResult {
  const last = lubis ? { ...LAST_ARIF, canonical: 'Arif Lubis' } : LAST_ARIF;
  const actors = [HEADLINE_ARIF, ...(withInside ? [NASUTION_INSIDE] : []), mention('Medan', 1, 'GPE', 'Medan'), mention('Malaysia', 1, 'GPE', 'Malaysia'), ARIF, NASUTION, mention('Kalimantan', 1, 'GPE', 'Kalimantan'), BUDI_HARTONO, BUDI, ...(lubis ? [ARIF_LUBIS] : []), last];
  const quote = (surface: string, speaker: string, by: ActorMention, cue: string) => ({ start: at(surface), end: at(surface) + surface.length, text: surface, speaker, speakerMention: span(by), cue });
  const statement = (surface: string, speaker: string, by: ActorMention, cue: string) => ({ start: at(surface), end: at(surface) + surface.length, text: surface, speaker, speakerMention: span(by), cue, attribution: 'explicit' as const });
  return {
    actors: actors.map((a) => ({ ...a })),
    quotes: [quote(Q_ARIF, 'Arif', ARIF, 'kata'), quote(Q_MORE, 'Arif', ARIF, 'continuation'), quote(Q_BUDI, 'Budi Hartono', BUDI, 'ujar')],
    reported: [statement(S_NASUTION, 'Nasution', NASUTION, 'mengatakan'), statement(S_ARIF, last.canonical, LAST_ARIF, 'menurut')],
  };
}

let seq = 0;
function actor(surface: string, nth: number, decision: ActorCorrection['decision'], values: Partial<ActorCorrection> = {}): ActorCorrection {
  const start = at(surface, nth);
  seq++;
  const stamp = `2026-12-07T00:00:${String(seq).padStart(2, '0')}.000Z`;
  return { id: `A${String(seq).padStart(25, '0')}`, layer: 'actor', decision, target: makeTarget(TEXT, start, start + surface.length), annotator: 'ani', created: stamp, modified: stamp, ...values };
}

const markFullName = () => actor('Arif Nasution', 1, 'set', { type: 'PER', canonical: 'Arif Nasution' });

function identities(actors: readonly { text: string; start: number; canonical: string; provenance: string }[]): [string, string, string][] {
  return actors.filter((a) => a.text !== 'Medan' && a.text !== 'Malaysia' && a.text !== 'Kalimantan').map((a) => [a.text, a.canonical, a.provenance]);
}

describe('curated layer: the short names after a full name the researcher marked follow it (rule 4b)', () => {
  it('"Arif" and "Nasution" after the marked "Arif Nasution" take its identity, undecided; the headline before it and Budi do not', () => {
    const c = markFullName();
    const out = curate(machine(), [c]);
    assert.deepEqual(identities(out.actors), [
      ['Arif', 'Arif', 'machine'],
      ['Arif Nasution', 'Arif Nasution', 'corrected'],
      ['Arif', 'Arif Nasution', 'followed'],
      ['Nasution', 'Arif Nasution', 'followed'],
      ['Budi Hartono', 'Budi Hartono', 'machine'],
      ['Budi', 'Budi Hartono', 'machine'],
      ['Arif', 'Arif Nasution', 'followed'],
    ]);
    const followed = out.actors.filter((a) => a.provenance === 'followed');
    assert.ok(followed.every((a) => a.by === 'ani' && a.correctionId === c.id), 'each names the correction it follows');
    const queue = reviewQueue(out).filter((i) => i.layer === 'actor' && i.state === 'followed');
    assert.equal(queue.length, 3, 'review mode still walks to them');
  });

  it('the speakers that came through them follow too, and the quote continuing one', () => {
    const out = curate(machine(), [markFullName()]);
    assert.deepEqual(out.quotes.map((q) => [q.text, q.speaker, q.provenance]), [
      [Q_ARIF, 'Arif Nasution', 'followed'],
      [Q_MORE, 'Arif Nasution', 'followed'],
      [Q_BUDI, 'Budi Hartono', 'machine'],
    ]);
    assert.deepEqual(out.reported.map((r) => [r.text, r.speaker, r.provenance, r.cue]), [
      [S_NASUTION, 'Arif Nasution', 'followed', 'mengatakan'],
      [S_ARIF, 'Arif Nasution', 'followed', 'menurut'],
    ]);
  });

  it('a full name the recognizer missed entirely (an added actor) does the same', () => {
    const out = curate(machine(false), [markFullName()]);
    assert.equal(out.actors.find((a) => a.text === 'Arif Nasution')?.provenance, 'added');
    assert.deepEqual(out.actors.filter((a) => a.provenance === 'followed').map((a) => [a.text, a.canonical]), [['Arif', 'Arif Nasution'], ['Nasution', 'Arif Nasution'], ['Arif', 'Arif Nasution']]);
  });

  it('a mention the researcher decided is never touched, nor the speaker they set', () => {
    const own = actor('Arif', 3, 'set', { type: 'PER', canonical: 'Arif Rahman' });
    const kept = actor('Nasution', 2, 'accept', { type: 'PER', canonical: 'Nasution' });
    const out = curate(machine(), [markFullName(), own, kept]);
    assert.deepEqual(identities(out.actors).filter(([text]) => text === 'Arif' || text === 'Nasution'), [
      ['Arif', 'Arif', 'machine'],
      ['Arif', 'Arif Rahman', 'corrected'],
      ['Nasution', 'Nasution', 'accepted'],
      ['Arif', 'Arif Nasution', 'followed'],
    ]);
    assert.equal(out.quotes[0].speaker, 'Arif Rahman', 'the speaker follows the researcher\'s own link (rule 5), not the full name');
    assert.deepEqual([out.reported[0].speaker, out.reported[0].provenance], ['Nasution', 'machine']);
  });

  it('a short name the recognizer linked to another person named in full before it stays theirs', () => {
    const out = curate(machine(true, true), [markFullName()]);
    assert.deepEqual(identities(out.actors).slice(-2), [['Arif Lubis', 'Arif Lubis', 'machine'], ['Arif', 'Arif Lubis', 'machine']]);
    assert.deepEqual([out.reported[1].speaker, out.reported[1].provenance], ['Arif Lubis', 'machine']);
  });

  it('two marked names sharing the word before it leave the short name to the researcher', () => {
    const lubis = actor('Arif Lubis', 1, 'set', { type: 'PER', canonical: 'Arif Lubis' });
    const out = curate(machine(), [markFullName(), lubis]);
    assert.deepEqual(identities(out.actors).slice(-2), [['Arif Lubis', 'Arif Lubis', 'added'], ['Arif', 'Arif', 'machine']]);
    assert.equal(out.actors.find((a) => a.start === ARIF.start)?.canonical, 'Arif Nasution', 'before the second name, the first alone contains it');
  });

  it('relinking a full name the recognizer found carries to its short form after it', () => {
    const relink = actor('Budi Hartono', 1, 'set', { type: 'PER', canonical: 'Budi Hartono Siregar', entityId: 'Q000' });
    const out = curate(machine(), [relink]);
    const budi = out.actors.find((a) => a.start === BUDI.start);
    assert.deepEqual([budi?.canonical, budi?.entityId, budi?.provenance], ['Budi Hartono Siregar', 'Q000', 'followed']);
    assert.deepEqual([out.quotes[2].speaker, out.quotes[2].provenance], ['Budi Hartono Siregar', 'followed']);
  });

  it('removing or rejecting the marked full name undoes it all', () => {
    const before = curate(machine(), []);
    const rejected = curate(machine(), [actor('Arif Nasution', 1, 'reject')]);
    for (const out of [before, rejected]) {
      assert.ok(out.actors.every((a) => a.provenance === 'machine'), JSON.stringify(identities(out.actors)));
      assert.ok(out.quotes.every((q) => q.provenance === 'machine') && out.reported.every((r) => r.provenance === 'machine'));
      assert.equal(out.actors.find((a) => a.start === ARIF.start)?.canonical, 'Arif');
    }
  });

  it('the JSONL export of the curated layer carries the followed links', () => {
    const out = curate(machine(), [markFullName()]);
    const contents = exportAs('jsonl', { articles: [{ path: 'rotan.txt', text: TEXT, annotations: [], actors: out.actors, quotes: out.quotes, reported: out.reported }] }).files[0]!.contents;
    const lines = contents.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const arif = lines.find((l) => l.kind === 'actor' && l.start === ARIF.start);
    assert.deepEqual([arif?.canonical, arif?.provenance, arif?.by], ['Arif Nasution', 'followed', 'ani']);
    const q = lines.find((l) => l.kind === 'quote' && l.exact === Q_ARIF);
    assert.deepEqual([q?.speaker, q?.provenance, q?.speakerStart], ['Arif Nasution', 'followed', ARIF.start]);
    const s = lines.find((l) => l.kind === 'reported' && l.exact === S_NASUTION);
    assert.deepEqual([s?.speaker, s?.provenance], ['Arif Nasution', 'followed']);
  });
});
