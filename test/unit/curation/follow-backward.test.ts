import assert from 'node:assert/strict';
import { curate } from '../../../src/core/curation/apply';
import { reviewProgress, reviewQueue } from '../../../src/core/curation/review';
import { analyze } from '../../../src/core/recognize/analyze';
import type { AnalysisResult } from '../../../src/core/recognize/types';
import { quoteCorrectionsOn } from './quote-corrections';

// Written for these tests (not from any real article). Rule 6 carried backward: an
// attribution that closes a run of quotes ("“…” / “…” / “…,” cuit X.", or "“…” “…,” kata X."
// in one paragraph) gives the quotes before it their speaker, so a correction of the
// attributed quote reaches them.
const TEXT = [
  'Hujan deras mengguyur Kota Bogor sejak Minggu sore dan merendam tiga kelurahan.',
  '"Jalan Pajajaran ditutup sementara," kata Susatyo Purnomo, kepala polisi setempat.',
  'Malam itu pemerintah kota menyampaikan kabar lewat media sosial.',
  '"Pompa sudah dikirim ke lokasi."',
  '"Petugas berjaga sampai pagi."',
  '"Warga diminta tetap waspada," cuit Wali Kota Bogor Bima Arya melalui akun X miliknya.',
  '"Posko dibuka di balai kota," katanya.',
  '"Bantuan datang besok."',
  'Ketua RT 03 Darto Wiyono mengatakan air mulai surut di rumahnya.',
  '"Air masuk sampai sepinggang." "Kami sudah tiga kali melapor," kata Darto.',
].join('\n\n');

const POLICE = '"Jalan Pajajaran ditutup sementara,"';
const POST1 = '"Pompa sudah dikirim ke lokasi."';
const POST2 = '"Petugas berjaga sampai pagi."';
const CLOSING = '"Warga diminta tetap waspada,"';
const AFTER1 = '"Posko dibuka di balai kota,"';
const AFTER2 = '"Bantuan datang besok."';
const DARTO1 = '"Air masuk sampai sepinggang."';
const DARTO2 = '"Kami sudah tiga kali melapor,"';

const quote = quoteCorrectionsOn(TEXT);

describe('curated layer: a speaker correction carries back to the quotes its attribution closed (rule 6, before)', () => {
  let machine: AnalysisResult;
  const rows = (quotes: { text: string; speaker: string | null; provenance: string }[]) => quotes.map((q) => [q.text, q.speaker, q.provenance]);
  const at = (surface: string) => TEXT.indexOf(surface);
  before(() => {
    machine = analyze(TEXT);
    // The premises: the mayor's closing attribution (after the third post) names the
    // speaker of the two posts before it and of the two quotes after it; the police quote,
    // Darto's statement and the two quotes of the last paragraph have their own.
    assert.deepEqual(machine.quotes.map((q) => [q.text, q.speaker, q.cue]), [
      [POLICE, 'Susatyo Purnomo', 'kata'],
      [POST1, 'Bima Arya', 'closing'],
      [POST2, 'Bima Arya', 'closing'],
      [CLOSING, 'Bima Arya', 'cuit'],
      [AFTER1, 'Bima Arya', 'katanya'],
      [AFTER2, 'Bima Arya', 'continuation'],
      [DARTO1, 'Darto Wiyono', 'closing'],
      [DARTO2, 'Darto Wiyono', 'kata'],
    ]);
    const mayor = machine.quotes[3].speakerMention;
    assert.ok(mayor && mayor.start >= at(CLOSING) + CLOSING.length, 'the mayor is named after the closing post');
    assert.ok(machine.quotes.slice(1, 6).every((q) => q.speakerMention?.start === mayor.start && q.speakerMention.end === mayor.end));
    const darto = machine.quotes[7].speakerMention;
    assert.ok(darto && darto.start >= at(DARTO2) + DARTO2.length && machine.quotes[6].speakerMention?.start === darto.start, 'one "kata Darto" after both quotes of the last paragraph');
    assert.deepEqual(machine.reported?.map((r) => [r.text, r.speaker]), [['air mulai surut di rumahnya', 'Darto Wiyono']]);
  });

  it('correcting the closing post moves the posts before it and the quotes after it, and only those', () => {
    const c = quote(CLOSING, 'set', { speaker: 'Dedie Rachim' });
    const out = curate(machine, [c]);
    assert.deepEqual(rows(out.quotes), [
      [POLICE, 'Susatyo Purnomo', 'machine'],
      [POST1, 'Dedie Rachim', 'followed'],
      [POST2, 'Dedie Rachim', 'followed'],
      [CLOSING, 'Dedie Rachim', 'corrected'],
      [AFTER1, 'Dedie Rachim', 'followed'],
      [AFTER2, 'Dedie Rachim', 'followed'],
      [DARTO1, 'Darto Wiyono', 'machine'],
      [DARTO2, 'Darto Wiyono', 'machine'],
    ]);
    assert.deepEqual(out.quotes.slice(1, 3).map((q) => [q.by, q.correctionId, q.cue]), [['ani', c.id, 'closing'], ['ani', c.id, 'closing']], 'each names the correction it follows and keeps its cue');
    assert.deepEqual(out.reported.map((r) => [r.speaker, r.provenance]), [['Darto Wiyono', 'machine']], 'a statement with its own cue does not move');
  });

  it('in one paragraph, "“…” “…,” kata X.": correcting the attributed quote moves the one before it', () => {
    const c = quote(DARTO2, 'set', { speaker: 'Sutrisno' });
    const out = curate(machine, [c]);
    assert.deepEqual(rows(out.quotes).slice(5), [
      [AFTER2, 'Bima Arya', 'machine'],
      [DARTO1, 'Sutrisno', 'followed'],
      [DARTO2, 'Sutrisno', 'corrected'],
    ]);
    assert.deepEqual([out.quotes[6].by, out.quotes[6].correctionId], ['ani', c.id]);
    assert.deepEqual(out.reported.map((r) => [r.speaker, r.provenance]), [['Darto Wiyono', 'machine']], 'the statement before them keeps its own speaker');
  });

  it('a correction of an earlier quote does not move the attributed one after it', () => {
    const first = curate(machine, [quote(DARTO1, 'set', { speaker: 'Sutrisno' })]);
    assert.deepEqual(rows(first.quotes).slice(6), [
      [DARTO1, 'Sutrisno', 'corrected'],
      [DARTO2, 'Darto Wiyono', 'machine'],
    ]);
    const post = curate(machine, [quote(POST1, 'set', { speaker: 'Dedie Rachim' })]);
    assert.deepEqual(rows(post.quotes).slice(0, 6), [
      [POLICE, 'Susatyo Purnomo', 'machine'],
      [POST1, 'Dedie Rachim', 'corrected'],
      [POST2, 'Bima Arya', 'machine'],
      [CLOSING, 'Bima Arya', 'machine'],
      [AFTER1, 'Bima Arya', 'machine'],
      [AFTER2, 'Bima Arya', 'machine'],
    ]);
  });

  it('a correction in the middle of a run of posts moves the posts before it, not the ones after', () => {
    const out = curate(machine, [quote(POST2, 'set', { speaker: 'Dedie Rachim' })]);
    assert.deepEqual(rows(out.quotes).slice(0, 6), [
      [POLICE, 'Susatyo Purnomo', 'machine'],
      [POST1, 'Dedie Rachim', 'followed'],
      [POST2, 'Dedie Rachim', 'corrected'],
      [CLOSING, 'Bima Arya', 'machine'],
      [AFTER1, 'Bima Arya', 'machine'],
      [AFTER2, 'Bima Arya', 'machine'],
    ]);
  });

  it('an accepted or researcher-decided post stops the run; "no speaker" carries back too', () => {
    const stopped = curate(machine, [quote(CLOSING, 'set', { speaker: 'Dedie Rachim' }), quote(POST2, 'accept', { speaker: 'Bima Arya' })]);
    assert.deepEqual(rows(stopped.quotes).slice(1, 4), [
      [POST1, 'Bima Arya', 'machine'],
      [POST2, 'Bima Arya', 'accepted'],
      [CLOSING, 'Dedie Rachim', 'corrected'],
    ]);
    const own = quote(POST2, 'set', { speaker: 'Sutrisno' });
    const decided = curate(machine, [quote(CLOSING, 'set', { speaker: 'Dedie Rachim' }), own]);
    assert.deepEqual(rows(decided.quotes).slice(1, 4), [
      [POST1, 'Sutrisno', 'followed'],
      [POST2, 'Sutrisno', 'corrected'],
      [CLOSING, 'Dedie Rachim', 'corrected'],
    ]);
    assert.equal(decided.quotes[1].correctionId, own.id, 'the first post follows the correction of the post it took its speaker from');
    const nobody = curate(machine, [quote(CLOSING, 'set', { speaker: null })]);
    assert.deepEqual(rows(nobody.quotes).slice(1, 4), [
      [POST1, null, 'followed'],
      [POST2, null, 'followed'],
      [CLOSING, null, 'corrected'],
    ]);
    assert.equal(nobody.quotes[1].speakerMention, undefined, 'no speaker, no speaker mention');
  });

  it('"“…,” kata X, “…”": the first quote\'s attribution is its own, so a correction of the second does not reach back', () => {
    const text = 'Banjir melanda desa itu.\n\n"Air masuk sampai sepinggang," kata Darto Wiyono, "dan kami sudah tiga kali melapor."';
    const analysis = analyze(text);
    const mentions = analysis.quotes.map((q) => [q.speaker, q.speakerMention?.start]);
    assert.equal(mentions.length, 2);
    assert.deepEqual(mentions[0], mentions[1], 'the premise: one mention, between the two quotes, names both');
    const second = analysis.quotes[1];
    const c = quoteCorrectionsOn(text)(second.text, 'set', { speaker: 'Sutrisno' });
    assert.deepEqual(curate(analysis, [c]).quotes.map((q) => [q.speaker, q.provenance]), [
      ['Darto Wiyono', 'machine'],
      ['Sutrisno', 'corrected'],
    ]);
  });

  it('"“…” “…,” katanya." in one paragraph: the closing cue points back, and a correction of the second quote still reaches the first', () => {
    const text = 'Ketua RT 03 Darto Wiyono mengatakan air mulai surut.\n\n"Air masuk sampai sepinggang." "Kami sudah tiga kali melapor," katanya.';
    const analysis = analyze(text);
    // the premise: the first quote's speaker is the second's (its cue points back to Darto,
    // named before both), given from after it
    assert.deepEqual(analysis.quotes.map((q) => [q.speaker, q.cue]), [['Darto Wiyono', 'closing'], ['Darto Wiyono', 'katanya']]);
    const c = quoteCorrectionsOn(text)(analysis.quotes[1].text, 'set', { speaker: 'Sutrisno' });
    assert.deepEqual(curate(analysis, [c]).quotes.map((q) => [q.speaker, q.provenance]), [
      ['Sutrisno', 'followed'],
      ['Sutrisno', 'corrected'],
    ]);
  });

  it('a rejected closing post passes nothing back', () => {
    const out = curate(machine, [quote(CLOSING, 'reject')]);
    assert.deepEqual(rows(out.quotes).slice(1, 3), [
      [POST1, 'Bima Arya', 'machine'],
      [POST2, 'Bima Arya', 'machine'],
    ]);
  });

  it('the posts that followed stay to be reviewed: review mode walks to them', () => {
    const out = curate(machine, [quote(CLOSING, 'set', { speaker: 'Dedie Rachim' })]);
    const queue = reviewQueue(out).filter((i) => i.layer === 'quote');
    assert.deepEqual(queue.map((i) => i.state), ['machine', 'followed', 'followed', 'corrected', 'followed', 'followed', 'machine', 'machine']);
    assert.deepEqual(reviewProgress(queue), { decided: 1, total: 8, reviewed: false });
  });
});
