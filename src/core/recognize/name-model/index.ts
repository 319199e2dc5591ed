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
  /** actors/rules/unknown-name.ts (convention model): a run with no clue that neither `reject`
   * nor `retype` moved is a weak mention when O, ORG and GPE together are this much more
   * probable than PER ("Kereta Api Sinar Bahari": O 0.55, ORG 0.45, PER ≈ 0 in a model trained
   * on more gold). */
  readonly notPerson: number;
  // The thresholds of the other decisions that ask a model (session 50, margins50: moved here
  // from their files so that scripts/name-model-cv.ts can sweep them). Each names the file that
  // asks and the model it reads: the corpus model (nameScorer, out of sample on dev) or the
  // convention model (conventionScorer, the one the cross-validation retrains per fold).
  /** actors/rules/unknown-name.ts (convention model): How much more probable than a person's name
   * the convention model must find an organisation's for a run between a title and a full name
   * to be the title's body ("Cakra Modal Utama" in the unit test, an invented body; seen in dev d177). */
  readonly titleBody: number;
  /** actors/rules/unknown-name.ts (convention model): How much more probable than an
   * organisation's the convention model must find a person's name for a run after an
   * organisation noun to be a person ("direktur perusahaan Gregorius Hadi Santoso": PER 1.00;
   * "perusahaan … Kirimaja Nusantara Digital": ORG 1.00). */
  readonly holderAfterOrgNoun: number;
  /** actors/rules/unknown-name.ts (convention model): The convention model's PER for a run with
   * no clue at or above which it is one person's name, no body glued to one ("Majatengah Sri
   * Lestari Handayani" reads PER 0.16). */
  readonly onePersonSure: number;
  /** actors/rules/unknown-name.ts (corpus model): The name model alone (no context: the title
   * before the run is what makes the convention model read a name) is at least this sure that a
   * title's qualifier is no name. */
  readonly remitNoName: number;
  /** actors/rules/unknown-name.ts (convention model): "asal" before the run [s, e) is "as long
   * as", no place cue: "Dana desa cair asal Rahmat Hidayat menandatangani …". "pelatih asal
   * Jepang" is "from"; only a run of two words or more that the name model reads as a person's
   * name is taken for the subject of a clause. */
  readonly asalPerson: number;
  /** actors/rules/unknown-name.ts (convention model): How much more probable than a person's name
   * the convention model must find a body's for one word between a title and a region ("Apdesi"
   * ORG 0.89 PER 0.02; "Rudi" PER 0.72). */
  readonly wordBody: number;
  /** actors/title-remit.ts (convention model): How sure the name model, reading the words alone,
   * must be that they are no person's name. Read with the convention model
   * (name-model/README.md), which learned the project's remits as no names: the remits and
   * bodies of dev and old score under 0.01 for a person ("Misi", "Hortikultura", "Administrasi
   * Militer Regional"), "Panas Bumi" 0.05 (the corpus model: 0.21), a name with a country for
   * surname 0.70 ("Yosef Bere"; scores of convention-weights.json as retrained on 5 Dec 2026).
   * In the dev cross-validation it found two remits more than the corpus model ("Direktur Panas
   * Bumi Kementerian ESDM") and lost no name. */
  readonly titleRemitPerson: number;
  /** actors/glued-holder.ts (convention model): "Penyanyi" (singer) reads as no name 0.98 ... */
  readonly roleWord: number;
  /** actors/glued-holder.ts (convention model): ... and the rest as a person ("Nayla Kirana"
   * 0.95). */
  readonly nameAfterRole: number;
  /** actors/glued-holder.ts (corpus model): How much more probable PER must be than any other
   * class for the tail: a clear name. */
  readonly gluedTailPerson: number;
  /** actors/glued-holder.ts (convention model): The head's probability of a person's name at most
   * this ("Gapeksi" 0.08; a rare given name opening a person's name reads higher: "Yohanes"
   * 0.82, "Sufmi" 0.37) ... */
  readonly gluedHeadPerson: number;
  /** actors/glued-holder.ts (convention model): ... and an organisation this much more probable
   * than a person ("Cok" of "Cok Sanusi": PER 0.09 but ORG 0.02, a given name the model does not
   * know, is left whole). */
  readonly gluedHeadBody: number;
  /** actors/glued-holder.ts (convention model): ... or an organisation this much more probable
   * than a person, whatever the person's probability ("Waskita Karya" ORG 0.71, PER 0.27; "Cok"
   * of "Cok Sanusi" reads ORG 0.02). */
  readonly gluedClearBody: number;
  /** actors/glued-holder.ts (convention model): A word this likely a person's name alone opens
   * the holder's name ("Kevin" 0.86, "Sri" 0.50); a body's last word reads lower ("Nusantara"
   * 0.06, "Rimba" 0.14). */
  readonly gluedGivenName: number;
  /** actors/band-name.ts (convention model): The convention model reads the band's one word,
   * alone where it stands, as a person's name at most this ("Slank" 0.20, "Gigi" 0.05), and the
   * member's name of two words or more after it at least bandMember ("Abdee Negara" 0.94,
   * "Armand Maulana" 0.98). A member named by one word after the band ("Vokalis Noah Ariel") is
   * left alone: a given name read low ("Eross" 0.18 of "Gitaris Eross Candra") would be taken
   * for a band. */
  readonly bandWordPerson: number;
  /** actors/band-name.ts (convention model): ... and the member's name of two words or more after
   * the band at least this ("Abdee Negara" 0.94, "Armand Maulana" 0.98). */
  readonly bandMember: number;
  /** actors/band-name.ts (convention model): The convention model reading the run after a band's
   * noun, where it stands, as a person's name at least this keeps the person ("band Yudi
   * Setiawan" 0.98: a singer's backing band named by him, or a band he plays in); the bands' own
   * names read low ("Senja Rimba" 0.04, "Langit Sore" 0.05, "Padi Reborn" 0.06, "Dara Puspita"
   * 0.74). */
  readonly personAfterBandNoun: number;
  /** actors/rules/village-official.ts (corpus model): The name model reading the word alone as a
   * person below this: "Kuta" (0.14), "Menteng" (0.02), "Cilincing" (0.07) are places;
   * "Suparman" (0.95), "Wahyudi" (0.90), "Ahmad" (0.80) are the officer's own name ("Kapolsek
   * Suparman mengatakan"), as bare-regency's. */
  readonly unitHeadGivenName: number;
  /** actors/rules/village-official.ts (corpus model): The same for a word the gazetteer knows as
   * a kecamatan: the title makes the place likely, so only a sure given name is the officer
   * ("Bambang" 0.81, "Siman" 0.92), and a place's name the model reads a little more often as a
   * name is the place ("Laweyan" 0.61, "Simokerto" 0.58). */
  readonly unitHeadDistrictGivenName: number;
  /** actors/rules/village-official.ts (convention model): The convention model, reading the word
   * as the subject of a reporting verb after its title, at or above this is sure it is the
   * officer's own name: Javanese given names that are also words ("Slamet" 0.88, "Sugeng" 0.91,
   * "Rahmat" 0.98, "Gatot" 0.86), which the corpus model alone scores low (0.13-0.27), against
   * kecamatan ("Kuta" 0.37, "Menteng" 0.13, "Cilincing" 0.15, "Tebet" 0.26, "Limo" 0.83). Some
   * Sundanese kecamatan read as names too ("Sukajadi" 0.91): an article that writes "Kecamatan
   * Sukajadi" or "Polsek Sukajadi" keeps the place (namedAsUnitPlace). */
  readonly unitHeadGivenNameInContext: number;
  /** actors/rules/village-official.ts (corpus model): How sure the name model must be that a word
   * alone is no name for a head's title before a weekday to hold a village ("Kepala Desa
   * Sukamaju, Senin (3/2), mengatakan", P(O) 0.84) rather than the head's own name ("Kepala Desa
   * Amran, Senin, …", 0.53; "Sukri" 0.61). */
  readonly villageBeforeWeekday: number;
  /** actors/rules/national-arm.ts (corpus model): The name model's chance of the common-word
   * class ('O', CLASSES[0]) below which a word is read as a brand. Common nouns that stand
   * before countries score 0.66 and above ("Komoditi", "Delegasi", "Junta", "Warga", "Pasukan"),
   * brands 0.29-0.51 ("Grab", "Shopee", "Gojek"); a brand the model doubts stays the country's. */
  readonly nationalArmCommonWord: number;
  /** actors/rules/initials-inside-name.ts (corpus model): The name model reads the given name and
   * the surname as a person's at least this surely. */
  readonly initialsPerson: number;
  /** actors/trade-before-name.ts (corpus model): How sure the model must be that the word after
   * the noun is a common word to read it as the trade's goods or vehicle ("Bakso" 0.96, "Sapi"
   * 0.85, "Ojek" 0.75 in context). */
  readonly tradeGoods: number;
  /** actors/trade-before-name.ts (corpus model): How sure the model must be that one word alone
   * after the noun is a given name to take it as a person's name without the paragraph naming it
   * again ("Sutrisno" 0.99). */
  readonly tradeGivenName: number;
  /** actors/trade-before-name.ts (corpus model): Below this probability of "no name" the one word
   * after the noun may be a name. */
  readonly tradeMayBeName: number;
  /** actors/bare-regency.ts (corpus model): The name model (corpus weights) reading the word
   * alone as a person at least this likely: "Bima" (0.53) opens "Bima Arya Sugiarto", a former
   * mayor of Bogor, as often as it names Kota Bima; "Tegal" reads as a place (0.85). A given
   * name is left in the name. */
  readonly regencyGivenName: number;
  /** holder-name.ts (corpus model): A person's name at least this probable ("Hendra Wijaya Lim"
   * 0.97; "Paulus Lere Sina" 0.47, its last word also a country's name in Indonesian) ... */
  readonly holderPerson: number;
  /** holder-name.ts (corpus model): ... and no other class more probable by more than this (the
   * same name: GPE 0.47). */
  readonly holderOtherAbove: number;
  /** body-glued-person.ts (corpus model): The name model, reading the leading words alone, must
   * give a person less than this: a guard for common given names ("Muhammad" 0.78), not the
   * evidence (the model reads a body's short name anywhere from 0.05, "Bapanas", to 0.38,
   * "Bapedalda", and some given names as low: "Nadia" 0.06): the article's two kinds of evidence
   * are. */
  readonly bodyGluedPerson: number;
  /** org-holder-split.ts (corpus model): How sure the name model must be, reading a word alone,
   * that it is no name: the words of a farmers' group's or a cooperative's name ("Bersama",
   * "Makmur", "Sejahtera") score 0.8 and more; given names that are also words ("Rahmat",
   * "Santoso") score less. */
  readonly orgHolderCommonWord: number;
  /** actors/person-after-body.ts (corpus model): How much more probable than any other class PER
   * must be for the tail to be cut: the run has a title cue before it, so the model only has to
   * agree, not overrule. */
  readonly personAfterBody: number;
  /** actors/client-of-counsel.ts (corpus model): How much more probable a person's name than an
   * organisation's the client must read. */
  readonly counselClient: number;
  /** actors/rules/spelt-acronym-name.ts (convention model): words spelt out before a bracketed
   * acronym that read as a person's name at least this are a person with a nickname ("Bambang
   * Soesatyo (Bamsoet)"), left to the other rules. */
  readonly speltAcronymPerson: number;
}
export const SHIPPED_MARGINS: ModelMargins = Object.freeze({ retype: 0.6, reject: 0.6, acronym: 0.3, speech: 0.3, place: Infinity, title: Infinity, notPerson: Infinity,
  titleBody: 0.5, holderAfterOrgNoun: 0.8, onePersonSure: 0.9, remitNoName: 0.8, asalPerson: 0.5, wordBody: 0.5, titleRemitPerson: 0.2, roleWord: 0.9, nameAfterRole: 0.8, gluedTailPerson: 0.8, gluedHeadPerson: 0.15, gluedHeadBody: 0.1, gluedClearBody: 0.4, gluedGivenName: 0.4, bandWordPerson: 0.3, bandMember: 0.9, personAfterBandNoun: 0.9, unitHeadGivenName: 0.5, unitHeadDistrictGivenName: 0.8, unitHeadGivenNameInContext: 0.85, villageBeforeWeekday: 0.8, nationalArmCommonWord: 0.55, initialsPerson: 0.5, tradeGoods: 0.75, tradeGivenName: 0.9, tradeMayBeName: 0.5, regencyGivenName: 0.5, holderPerson: 0.4, holderOtherAbove: 0.05, bodyGluedPerson: 0.5, orgHolderCommonWord: 0.8, personAfterBody: 0.2, counselClient: 0.3, speltAcronymPerson: 0.5,
});

const READ_PROBS = classProbs();
/** The shipped model (nameScorer) reads the words of p [start, end), one space apart, in
 *  their context, likelier a person's name (PER) than anything else. */
export function readsAsPerson(p: string, start: number, end: number): boolean {
  const probs = runProbs(p, start, end);
  return probs[PER] > probs[O] && probs[PER] > probs[ORG] && probs[PER] > probs[GPE];
}

/** The shipped model's class probabilities for the words of p [start, end) in their context
 *  (READ_PROBS, overwritten by the next call). */
function runProbs(p: string, start: number, end: number): Float64Array {
  return nameScorer().score(p.slice(start, end).split(' '), tokensBefore(p, start), tokensAfter(p, end), READ_PROBS);
}

/** As readsAsPerson, for a run whose last word is a known place's name too ("Yosef Bere
 *  Mali"): the place's class is no evidence against the person there, so the run need only
 *  read likelier a person's name than no name or a body's (actors/seat-as-name.ts). */
export function readsAsPersonBesidesPlace(p: string, start: number, end: number): boolean {
  const probs = runProbs(p, start, end);
  return probs[PER] > probs[O] && probs[PER] > probs[ORG];
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

/** The margins and thresholds every decision that asks a name model reads its answer with:
 *  SHIPPED_MARGINS, or inside withConventionModel the ones tried there. */
export function modelMargins(): ModelMargins {
  return trial?.margins ?? SHIPPED_MARGINS;
}

/** Runs `run` with another convention model and other margins (a margin not given is the
 *  shipped one), and puts the shipped ones back when it returns or throws. For
 *  cross-validation (scripts/name-model-cv.ts): an article is analysed with weights trained
 *  without it. `reads`, when given, collects the names of the margins read while `run` runs. */
export function withConventionModel<T>(scorer: NameScorer, margins: Partial<ModelMargins>, run: () => T, reads?: Set<keyof ModelMargins>): T {
  const before = trial;
  const tried: ModelMargins = Object.freeze({ ...SHIPPED_MARGINS, ...margins });
  // `reads` collects the margins `run` read: an article that never read a margin scores the
  // same whatever its value (the first difference two runs could make is such a read).
  const watched = reads ? new Proxy(tried, { get: (m, name) => (reads.add(name as keyof ModelMargins), m[name as keyof ModelMargins]) }) : tried;
  trial = { scorer, margins: watched };
  try {
    return run();
  } finally {
    trial = before;
  }
}
