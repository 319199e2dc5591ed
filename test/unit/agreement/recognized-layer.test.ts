// Agreement on the recognized layer (issue 12): each annotator's curated layer is the
// same machine analysis with that annotator's corrections; the figures below are worked
// out by hand from the fixture (see the comments next to each expected value).
import assert from 'node:assert/strict';
import { actorDirectory } from '../../../src/core/annotations/actor-identity';
import type { Correction } from '../../../src/core/annotations/corrections';
import { recognizedLayerAgreement, recognizedLayerAgreementAway, recognizedLayerAgreementInSlices, type CuratedLayer, type RecognizedLayerArticle } from '../../../src/core/agreement/recognized-layer';
import { curate } from '../../../src/core/curation/apply';
import { TimeSlices, inOneGo } from '../../../src/core/incremental/time-slices';
import { decide, type DecisionValues } from '../../../src/core/curation/decide';
import type { ActorMention, AnalysisResult, Quote, ReportedStatement } from '../../../src/core/recognize/types';

// Written for these tests.
const TEXT =
  'Menteri Keuangan Sri Wahyuni bertemu Bank Indonesia pada Jumat. "Kami siap," kata Sri. ' +
  'Ketua DPRD Jawa Barat, Budi Santoso, menolak. "Itu keliru," ujar Budi. "Kami menunggu," tulis surat itu. ' +
  'Sri menilai anggaran itu cukup. Menurut Budi, rapat digelar pekan depan. Pembahasan berlanjut, kata surat itu. ' +
  'Bank Indonesia menyatakan inflasi terkendali.';

function at(surface: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = TEXT.indexOf(surface, start + 1);
  assert.ok(start >= 0, `"${surface}" is in the test text`);
  return { start, end: start + surface.length };
}

function mention(surface: string, type: ActorMention['type'], canonical: string, occurrence = 0): ActorMention {
  return { ...at(surface, occurrence), text: surface, type, canonical };
}

function quote(surface: string, speaker: string | null, speakerMention?: { start: number; end: number }): Quote {
  return { ...at(surface), text: surface, speaker, ...(speakerMention ? { speakerMention } : {}) };
}

function statement(surface: string, speaker: string, speakerMention: { start: number; end: number }): ReportedStatement {
  return { ...at(surface), text: surface, speaker, speakerMention, cue: 'mengatakan', attribution: 'explicit' };
}

// The machine's analysis: seven mentions (one wrong type, one not an actor), three quotes,
// four reported statements (the third is the letter's, wrongly given to Sri).
const MACHINE: AnalysisResult = {
  actors: [
    mention('Sri Wahyuni', 'PER', 'Sri Wahyuni'),
    mention('Bank Indonesia', 'ORG', 'Bank Indonesia'),
    mention('Jumat', 'ORG', 'Jumat'),
    mention('Sri', 'PER', 'Sri Wahyuni', 1),
    mention('DPRD Jawa Barat', 'PER', 'DPRD Jawa Barat'),
    mention('Budi Santoso', 'PER', 'Budi Santoso'),
    mention('Budi', 'PER', 'Budi Santoso', 1),
  ],
  quotes: [
    quote('"Kami siap,"', 'Sri Wahyuni', at('Sri', 1)),
    quote('"Itu keliru,"', 'Budi Santoso', at('Budi', 1)),
    quote('"Kami menunggu,"', null),
  ],
  reported: [
    statement('anggaran itu cukup', 'Sri Wahyuni', at('Sri Wahyuni')),
    statement('rapat digelar pekan depan', 'Budi Santoso', at('Budi', 1)),
    statement('Pembahasan berlanjut', 'Sri Wahyuni', at('Sri', 1)),
    statement('inflasi terkendali', 'Bank Indonesia', at('Bank Indonesia')),
  ],
};

let clock = 0;
function correction(annotator: string, span: { start: number; end: number }, decision: 'accept' | 'reject' | 'set', values: DecisionValues | { layer: 'actor' | 'quote' | 'reported' }): Correction {
  return decide({ text: TEXT, ...span, annotator, decision, values, now: Date.UTC(2026, 11, 2) + ++clock }, []).correction;
}

// ani: accepts "Sri Wahyuni" and the first quote, rejects "Jumat", links "Budi" to another person.
const ANI = [
  correction('ani', at('Sri Wahyuni'), 'accept', { layer: 'actor', type: 'PER', canonical: 'Sri Wahyuni' }),
  correction('ani', at('Jumat'), 'reject', { layer: 'actor' }),
  correction('ani', at('Budi', 1), 'set', { layer: 'actor', type: 'PER', canonical: 'Budi Hartono' }),
  correction('ani', at('"Kami siap,"'), 'accept', { layer: 'quote', speaker: 'Sri Wahyuni' }),
];
// budi: retypes "DPRD Jawa Barat" and gives the second quote another speaker.
const BUDI = [
  correction('budi', at('DPRD Jawa Barat'), 'set', { layer: 'actor', type: 'ORG', canonical: 'DPRD Jawa Barat' }),
  correction('budi', at('"Itu keliru,"'), 'set', { layer: 'quote', speaker: 'Sri Wahyuni' }),
];

// Statements: ani accepts the first and rejects the letter's; budi widens the first to
// take in its verb. Neither touches the second (ani's follows her relink of "Budi") nor
// the fourth.
const ANI_STATEMENTS = [
  correction('ani', at('anggaran itu cukup'), 'accept', { layer: 'reported', speaker: 'Sri Wahyuni' }),
  correction('ani', at('Pembahasan berlanjut'), 'reject', { layer: 'reported' }),
];
const BUDI_STATEMENTS = [
  correction('budi', at('menilai anggaran itu cukup'), 'set', { layer: 'reported', speaker: 'Sri Wahyuni' }),
];

const article = (path: string, corrections: Correction[], annotators?: string[]): RecognizedLayerArticle => ({
  path,
  corrections,
  ...(annotators ? { annotators } : {}),
  analysis: () => MACHINE,
});

describe('agreement on the recognized layer (curated actors and quote speakers)', () => {
  it('computes span F1 with type, type kappa and actor agreement between two curated layers', () => {
    const r = recognizedLayerAgreement([article('a.txt', [...ANI, ...BUDI])]);
    assert.deepEqual(r.pairs, [['ani', 'budi']]);
    const [row] = r.actors;
    // ani: 7 machine mentions - "Jumat" = 6; budi: all 7 (one retyped).
    assert.equal(row.mentionsA, 6);
    assert.equal(row.mentionsB, 7);
    // Same span: every mention of ani's (6); same type too: all but "DPRD Jawa Barat" (PER / ORG).
    assert.equal(row.sameSpan, 6);
    assert.equal(row.matched, 5);
    assert.equal(row.precision, 5 / 7);
    assert.equal(row.recall, 5 / 6);
    assert.equal(row.f1, 10 / 13); // 2·5 / (6 + 7)
    // Types on the 6 same spans: ani PER×5 ORG×1, budi PER×4 ORG×2, 5 agree.
    // po = 5/6, pe = 5/6·4/6 + 1/6·2/6 = 11/18, κ = (15/18 − 11/18) / (7/18) = 4/7.
    assert.ok(Math.abs(row.typeKappa! - 4 / 7) < 1e-12, String(row.typeKappa));
    // Of the 5 matched mentions, "Budi" names Budi Hartono (ani) and Budi Santoso (budi).
    assert.equal(row.sameActor, 4);
    assert.equal(row.actorAgreement, 4 / 5);
    // Matched and left as the machine's by both: "Bank Indonesia", "Sri", "Budi Santoso".
    assert.equal(row.untouched, 3);
  });

  it('computes speaker agreement and kappa on quotes matched by span', () => {
    const r = recognizedLayerAgreement([article('a.txt', [...ANI, ...BUDI])]);
    const [row] = r.speakers;
    assert.deepEqual([row.quotesA, row.quotesB, row.matched], [3, 3, 3]);
    // "Kami siap": Sri Wahyuni both. "Itu keliru": ani's follows her relink of "Budi"
    // (Budi Hartono), budi set Sri Wahyuni. "Kami menunggu": no speaker for both.
    assert.equal(row.sameSpeaker, 2);
    assert.equal(row.agreement, 2 / 3);
    // ani: SW, BH, none; budi: SW, SW, none. pe = 1/3·2/3 + 1/3·1/3 = 1/3;
    // κ = (2/3 − 1/3) / (1 − 1/3) = 1/2.
    assert.ok(Math.abs(row.kappa! - 0.5) < 1e-12, String(row.kappa));
    // Only "Kami menunggu" is the machine's in both layers.
    assert.equal(row.untouched, 1);
  });

  it('computes statement span F1 (overlap of half the longer, and exact) and speaker agreement on matched statements', () => {
    const r = recognizedLayerAgreement([article('a.txt', [...ANI, ...BUDI, ...ANI_STATEMENTS, ...BUDI_STATEMENTS])]);
    const [row] = r.statements;
    // ani: 4 machine statements − the letter's = 3; budi: 4, the first widened.
    assert.deepEqual([row.a, row.b, row.articles, row.statementsA, row.statementsB], ['ani', 'budi', 1, 3, 4]);
    // "anggaran itu cukup" (18) inside "menilai anggaran itu cukup" (26): 18 ≥ 26/2, a
    // match; the second and fourth are the same span in both.
    assert.equal(row.matched, 3);
    assert.equal(row.precision, 3 / 4);
    assert.equal(row.recall, 1);
    assert.equal(row.f1, 6 / 7); // 2·3 / (3 + 4)
    assert.equal(row.sameSpan, 2);
    assert.equal(row.exactF1, 4 / 7); // 2·2 / (3 + 4)
    // Speakers on the 3 matched: Sri Wahyuni both; Budi Hartono (ani's relink) ≠ Budi
    // Santoso; Bank Indonesia both.
    assert.equal(row.sameSpeaker, 2);
    assert.equal(row.speakerAgreement, 2 / 3);
    // ani SW, BH, BI; budi SW, BS, BI. pe = 1/3·1/3 (SW) + 1/3·1/3 (BI) = 2/9;
    // κ = (2/3 − 2/9) / (1 − 2/9) = 4/7.
    assert.ok(Math.abs(row.speakerKappa! - 4 / 7) < 1e-12, String(row.speakerKappa));
    // Matched and the machine's in both: only "inflasi terkendali".
    assert.equal(row.untouched, 1);
    assert.equal(r.mean.statementF1, 6 / 7);
    assert.equal(r.mean.statementExactF1, 4 / 7);
    assert.equal(r.mean.statementSpeakerAgreement, 2 / 3);
  });

  it('counts an article reviewed by statement corrections alone, and finds no statements where none were recognized', () => {
    const r = recognizedLayerAgreement([article('a.txt', [...ANI_STATEMENTS, ...BUDI_STATEMENTS])]);
    assert.equal(r.compared, 1);
    assert.deepEqual([r.statements[0].matched, r.statements[0].sameSpeaker], [3, 3]);
    const none = recognizedLayerAgreement([{ ...article('a.txt', [...ANI, ...BUDI]), analysis: () => ({ actors: MACHINE.actors, quotes: MACHINE.quotes }) }]);
    const [row] = none.statements;
    assert.deepEqual([row.statementsA, row.statementsB, row.matched], [0, 0, 0]);
    assert.deepEqual([row.f1, row.exactF1, row.speakerAgreement, row.speakerKappa], [null, null, null, null]);
  });

  it('counts an article only when two annotators reviewed it, and says which were skipped', () => {
    const r = recognizedLayerAgreement([
      article('a.txt', [...ANI, ...BUDI], ['ani', 'budi', 'cici']),
      // cici has a file here but decided nothing: her layer would be the machine's.
      article('b.txt', ANI.map((c) => ({ ...c })), ['ani', 'cici']),
      article('c.txt', ANI, ['ani']),
    ]);
    assert.equal(r.compared, 1);
    assert.equal(r.skipped, 1);
    assert.deepEqual(r.articles, [
      { path: 'a.txt', reviewed: ['ani', 'budi'], notReviewed: ['cici'], compared: true },
      { path: 'b.txt', reviewed: ['ani'], notReviewed: ['cici'], compared: false },
    ]);
    assert.deepEqual(r.pairs, [['ani', 'budi']]);
    assert.equal(r.actors[0].articles, 1);
  });

  it('runs the analysis only for the articles it compares', () => {
    let runs = 0;
    recognizedLayerAgreement([{ path: 'b.txt', corrections: ANI, annotators: ['ani', 'cici'], analysis: () => (runs++, MACHINE) }]);
    assert.equal(runs, 0);
  });

  it('averages over pairs: three reviewers, each pair once', () => {
    // dedi agrees with ani except that he leaves "Budi" as the machine linked it.
    const DEDI = ANI.filter((c) => c.target.exact !== 'Budi').map((c) => ({ ...c, annotator: 'dedi' }));
    const r = recognizedLayerAgreement([article('a.txt', [...ANI, ...BUDI, ...DEDI])]);
    assert.deepEqual(r.pairs, [['ani', 'budi'], ['ani', 'dedi'], ['budi', 'dedi']]);
    const f1 = r.actors.map((x) => x.f1);
    // ani–dedi: both 6 mentions, all matched; budi–dedi: 7 and 6, 5 matched (DPRD's type).
    assert.deepEqual(f1, [10 / 13, 1, 10 / 13]);
    assert.equal(r.mean.actorF1, (10 / 13 + 1 + 10 / 13) / 3);
    // Actor agreement: 4/5 (Budi), 5/6 (Budi), 5/5.
    assert.deepEqual(r.actors.map((x) => x.actorAgreement), [4 / 5, 5 / 6, 1]);
    assert.equal(r.mean.actorAgreement, (4 / 5 + 5 / 6 + 1) / 3);
    // Speakers: ani–dedi differ on "Itu keliru" (Budi Hartono / Budi Santoso); budi–dedi too.
    assert.deepEqual(r.speakers.map((x) => x.sameSpeaker), [2, 2, 2]);
    assert.equal(r.mean.speakerAgreement, 2 / 3);
  });

  it('compares actors by knowledge-base identity: an alias and the canonical name are one actor', () => {
    const kb = actorDirectory({
      entities: [{ id: 'budi-santoso', canonical: 'Budi Santoso', type: 'PER', aliases: ['Pak Budi'], description: { en: '', id: '' } }],
      suppress: [],
    });
    const relinked = [
      correction('ani', at('Budi', 1), 'set', { layer: 'actor', type: 'PER', canonical: 'Pak Budi' }),
      correction('budi', at('Budi', 1), 'accept', { layer: 'actor', type: 'PER', canonical: 'Budi Santoso', entityId: 'budi-santoso' }),
    ];
    const withKb = recognizedLayerAgreement([article('a.txt', relinked)], { actors: kb }).actors[0];
    assert.deepEqual([withKb.matched, withKb.sameActor], [7, 7]);
    // Without the KB the labels differ.
    const without = recognizedLayerAgreement([article('a.txt', relinked)]).actors[0];
    assert.deepEqual([without.matched, without.sameActor], [7, 6]);
  });
});

/** Thirty articles listed out of order, one in seven reviewed by one annotator only (listed,
 *  not compared), the others by two or three. */
function thirtyArticles(): RecognizedLayerArticle[] {
  const DEDI = ANI.map((c) => ({ ...c, annotator: 'dedi' }));
  return Array.from({ length: 30 }, (_, i) => {
    const path = `berita-${String(29 - i).padStart(2, '0')}.txt`; // listed out of order: sorted by path
    if (i % 7 === 0) return article(path, ANI, ['ani', 'budi']); // one reviewed: listed, not compared
    if (i % 4 === 0) return article(path, [...ANI, ...BUDI, ...DEDI]);
    return article(path, i % 2 ? [...ANI, ...BUDI] : [...ANI, ...BUDI, ...ANI_STATEMENTS, ...BUDI_STATEMENTS]);
  });
}

describe('agreement on the recognized layer in slices (issue 19)', () => {
  it('is the report computed in one go, pausing between articles', async () => {
    const input = thirtyArticles();
    let t = 0;
    let pauses = 0;
    // A clock that moves 1 ms a reading, a budget of 1 ms: a pause between every two articles.
    const slices = new TimeSlices(async () => void pauses++, 1, () => t++, 1);
    assert.deepEqual(await recognizedLayerAgreementInSlices(input, {}, slices), recognizedLayerAgreement(input));
    assert.ok(pauses >= 29, `${pauses} pauses`);
  });
});

describe('agreement on the recognized layer with the layers made elsewhere (issue 19: the editor\'s workers)', () => {
  const input = thirtyArticles();
  const compared = input.filter((_, i) => i % 7 !== 0).length;

  /** What a worker sends: each list's curated layer of the machine analysis, as JSON text. */
  const layersText = (corrections: ReadonlyArray<readonly Correction[]>): string =>
    JSON.stringify(corrections.map((c) => {
      const { actors, quotes, reported } = curate(MACHINE, c);
      return { actors, quotes, reported };
    }));

  it('is the report made on this thread, byte for byte, and never analyses here when the layers come', async () => {
    const here = recognizedLayerAgreement(input);
    let analysed = 0;
    const counted = input.map((a) => ({ ...a, analysis: () => (analysed++, MACHINE) }));
    const away = await recognizedLayerAgreementAway(counted, {}, inOneGo(), {
      ahead: 4,
      layers: async (_article, corrections) => {
        const text = layersText(corrections);
        return () => JSON.parse(text) as CuratedLayer[];
      },
    });
    assert.equal(JSON.stringify(away), JSON.stringify(here));
    assert.equal(analysed, 0, 'no article analysed on this thread');
  });

  it('analyses here only the articles whose layers did not come (a failed worker)', async () => {
    let analysed = 0;
    let asked = 0;
    const counted = input.map((a) => ({ ...a, analysis: () => (analysed++, MACHINE) }));
    const away = await recognizedLayerAgreementAway(counted, {}, inOneGo(), {
      ahead: 2,
      layers: async (_article, corrections) => {
        if (++asked % 3 === 0) return undefined;
        const text = layersText(corrections);
        return () => JSON.parse(text) as CuratedLayer[];
      },
    });
    assert.equal(asked, compared, 'the layers asked once for each compared article, none for the others');
    assert.equal(analysed, Math.floor(compared / 3));
    assert.equal(JSON.stringify(away), JSON.stringify(recognizedLayerAgreement(input)));
  });

  it('keeps at most `ahead` articles under way, and makes a layer only in its turn', async () => {
    let started = 0;
    let compared = 0;
    let most = 0;
    const made: string[] = [];
    const ahead = 3;
    await recognizedLayerAgreementAway(input, {}, inOneGo(), {
      ahead,
      layers: async (a, corrections) => {
        started++;
        most = Math.max(most, started - compared);
        // Replies settle out of order: the later ones first.
        await new Promise((resolve) => setTimeout(resolve, (started % 3) * 2));
        const text = layersText(corrections);
        return () => {
          compared++;
          made.push(a.path);
          return JSON.parse(text) as CuratedLayer[];
        };
      },
    });
    assert.ok(most <= ahead, `${most} under way at once`);
    assert.ok(most > 1, 'more than one under way');
    assert.deepEqual(made, [...made].sort(), 'made in path order');
  });

  it('pauses between the compared articles', async () => {
    let t = 0;
    let pauses = 0;
    const slices = new TimeSlices(async () => void pauses++, 1, () => t++, 1);
    const report = await recognizedLayerAgreementAway(input, {}, slices, { ahead: 8, layers: async (_a, corrections) => () => JSON.parse(layersText(corrections)) as CuratedLayer[] });
    assert.equal(JSON.stringify(report), JSON.stringify(recognizedLayerAgreement(input)));
    assert.ok(pauses >= 29 + compared, `${pauses} pauses`);
  });
});
