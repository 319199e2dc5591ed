// The shipped name models (README.md): their weights, read once on first use.
import weights from './weights.json';
import conventionWeights from './convention-weights.json';
import { NameScorer, tokensAfter, tokensBefore } from './scorer';
import { classProbs, GPE, O, ORG, PER } from './features';
import type { NameModelWeights } from './train';

export { classProbs, CLASSES, GPE, O, ORG, PER, type NameClass } from './features';
export { NameScorer, tokensAfter, tokensBefore } from './scorer';

let shipped: NameScorer | undefined;
let convention: NameScorer | undefined;

/** How much more probable than PER the convention model must find another type to retype a
 *  run with no clue (`retype`), or "no name" to make it a weak mention (`reject`)
 *  (actors/rules/unknown-name.ts). Chosen by a 5-fold cross-validation on the dev set
 *  (scripts/name-model-cv.ts, README.md). Reject 0.3 scored best there but lost a real name
 *  opening a sentence ("Cok Sanusi hadir …", P(O) 0.78) and a regency's canonical name in
 *  the unit tests: 0.6 kept. Retype 0.3 and 0.9 did worse than 0.6.
 *  The other margins are for runs the rules type by a clue that often misleads (issue 13,
 *  unlinked false mentions of untuned dev articles), each read as "no name" (or another
 *  type) only when the model is that much surer of it; `Infinity` leaves the rules alone:
 *  `acronym`: an unknown acronym the rules call an organisation ("perangkat GPS", "di KUA");
 *  `speech`: a run called a person only because a speech verb follows, read as an
 *  organisation ("Pelindo menyampaikan"); `place`: a run called a place only because "di"/"ke"/… stands before it
 *  (a village or a district, no actor by the spec: "di Canggu"); `title`: a run called a
 *  person only because a title stands before it ("Kepala Seksi Distribusi"). The place and
 *  title uses are off: on the fresh dev articles d220–d231 they lost a real town and a
 *  senator's name and gained nothing (README.md, session 41). */
export interface ModelMargins {
  readonly retype: number;
  readonly reject: number;
  readonly acronym: number;
  readonly speech: number;
  readonly place: number;
  readonly title: number;
}
export const SHIPPED_MARGINS: ModelMargins = Object.freeze({ retype: 0.6, reject: 0.6, acronym: 0.3, speech: 0.3, place: Infinity, title: Infinity });

const READ_PROBS = classProbs();
/** The shipped model (nameScorer) reads the words of p [start, end), one space apart, in
 *  their context, likelier a person's name (PER) than anything else. */
export function readsAsPerson(p: string, start: number, end: number): boolean {
  const probs = nameScorer().score(p.slice(start, end).split(' '), tokensBefore(p, start), tokensAfter(p, end), READ_PROBS);
  return probs[PER] > probs[O] && probs[PER] > probs[ORG] && probs[PER] > probs[GPE];
}

/** The model and margins put in place of the shipped ones by withConventionModel. */
let trial: { scorer: NameScorer; margins: ModelMargins } | undefined;

/** The model of IndoNLU's corpora alone (weights.json), built on first use: what the
 *  extent and split decisions were tuned with. */
export function nameScorer(): NameScorer {
  shipped ??= new NameScorer(weights as NameModelWeights);
  return shipped;
}

/** The model trained on the corpora and the project's own gold (convention-weights.json),
 *  whose "no name" follows the annotation spec (a mountain, an event, a Title Case common
 *  phrase is no actor): asked whether a run with no clue is a name at all, and of which
 *  type (actors/rules/unknown-name.ts). Inside withConventionModel, the one tried there. */
export function conventionScorer(): NameScorer {
  if (trial) return trial.scorer;
  convention ??= new NameScorer(conventionWeights as NameModelWeights);
  return convention;
}

/** The margins the convention model's answers are read with: SHIPPED_MARGINS, or inside
 *  withConventionModel the ones tried there. */
export function conventionMargins(): ModelMargins {
  return trial?.margins ?? SHIPPED_MARGINS;
}

/** Runs `run` with another convention model and other margins (a margin not given is the
 *  shipped one), and puts the shipped ones back when it returns or throws. For
 *  cross-validation (scripts/name-model-cv.ts): an article is analysed with weights trained
 *  without it. */
export function withConventionModel<T>(scorer: NameScorer, margins: Partial<ModelMargins>, run: () => T): T {
  const before = trial;
  trial = { scorer, margins: Object.freeze({ ...SHIPPED_MARGINS, ...margins }) };
  try {
    return run();
  } finally {
    trial = before;
  }
}
