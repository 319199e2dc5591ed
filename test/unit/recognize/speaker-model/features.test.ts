import assert from 'node:assert/strict';
import { analyze } from '../../../../src/core/recognize/analyze';
import { collectSpeakerChoices, FEATURES, type SpeakerChoice } from '../../../../src/core/recognize/speaker-model';
import { sentenceSubject } from '../../../../src/core/recognize/speaker-model/features';
import { chiliPrices, TRUCK_ROUTE } from './articles';

/** The names of the features that fire for the candidate `canonical` of `choice`. */
function featuresOf(choice: SpeakerChoice, canonical: string | null): string[] {
  const c = choice.candidates.find((x) => x.canonical === canonical);
  assert.ok(c, `no candidate ${canonical}`);
  return c.features.map((k) => FEATURES[k]);
}

function choicesOf(text: string): SpeakerChoice[] {
  const [choices] = collectSpeakerChoices(() => { analyze(text); });
  return choices;
}



describe('speaker model: candidates and features', () => {
  it('asks only where no clause names the speaker: a "katanya" pointing back, not "kata Budi"', () => {
    const named = choicesOf('Harga naik\n\n"Pasokan berkurang," kata Budi Santoso, Kepala Dinas Perdagangan.');
    assert.equal(named.length, 0);
    const choices = choicesOf(TRUCK_ROUTE);
    assert.deepEqual(choices.map((c) => c.path), ['anaphora', 'anaphora']);
  });

  it("offers the rules' choice, the previous speaker, the persons named in the window and nobody", () => {
    const second = choicesOf(TRUCK_ROUTE)[1];
    const names = second.candidates.map((c) => c.canonical);
    assert.ok(names.includes('Budi Santoso') && names.includes('Wayan Sudarta') && names.includes(null), JSON.stringify(names));
    assert.ok(second.rule >= 0);
    const rule = second.candidates[second.rule].canonical;
    assert.ok(featuresOf(second, rule).includes('rule'));
  });

  it('distance, turn and subject features of the candidates', () => {
    const second = choicesOf(TRUCK_ROUTE)[1];
    const budi = featuresOf(second, 'Budi Santoso');
    const wayan = featuresOf(second, 'Wayan Sudarta');
    assert.ok(budi.includes('previous-speaker') && budi.includes('two-or-three-paragraphs-back') && budi.includes('spoke-before'), budi.join(' '));
    assert.ok(wayan.includes('previous-paragraph') && wayan.includes('latest-subject') && wayan.includes('sentence-subject') &&
      wayan.includes('after-previous-quote') && wayan.includes('person'), wayan.join(' '));
    assert.ok(!wayan.includes('previous-speaker'));
    assert.deepEqual(featuresOf(second, null).filter((f) => f.includes('nobody')), ['nobody', 'anaphora*nobody']);
  });

  it('an unnamed person opening the latest sentence fires for nobody', () => {
    const text = chiliPrices('Seorang pedagang yang enggan disebut namanya mengaku pembeli makin sedikit.', '"Biasanya sehari habis sepuluh kilo," ujarnya.');
    const last = choicesOf(text).at(-1) as SpeakerChoice;
    assert.ok(featuresOf(last, null).includes('unnamed-subject-since*nobody'));
  });

  /** Whether the first `name` in `s` is its sentence's subject. */
  const at = (s: string, name: string): boolean => sentenceSubject(s, s.indexOf(name));

  it('a sentence subject: first after capitalised words, or after a short opening closed by a comma', () => {
    assert.ok(at('Kapolres Wonosobo AKBP Heru Prasetyo mengatakan itu.', 'Heru'));
    assert.ok(at('Hujan turun. Di kelas utama, Marc Márquez menjadi juara.', 'Marc'));
    assert.ok(at('Ketua Organda, Wayan Sudarta, berharap.', 'Wayan'));
    assert.ok(!at('Imam datang ke alun-alun pada malam hari bersama Bagas.', 'Bagas'));
    assert.ok(!at('"Kami siap," kata Budi.', 'Budi'));
  });

  it('reads sentence ends as sentence-end.ts does, a closing quote mark after the end allowed', () => {
    // after a quoted sentence closed by any of the three marks
    assert.ok(at('Ia berkata, "Kami siap." Budi lalu pergi.', 'Budi'));
    assert.ok(at('Ia berkata, “Kami siap.” Budi lalu pergi.', 'Budi'));
    assert.ok(at('Ia berkata, ‘Kami siap.’ Budi lalu pergi.', 'Budi'));
    // an abbreviation's dot ends no sentence, before a quote mark or not
    assert.ok(!at('Rapat dipimpin dr. Budi Santoso hari ini.', 'Budi'));
    assert.ok(!at('Rapat dipimpin "dr." Budi Santoso hari ini.', 'Budi'));
  });
});
