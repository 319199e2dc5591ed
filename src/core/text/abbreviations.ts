// Abbreviations whose dot ends no sentence: one owner for the recognizer's sentence ends
// (recognize/sentence-end.ts) and the Articles view's first sentence of a lede
// (text/headline.ts firstSentence).

/** Titles and ranks written with a dot before a name ("dr. Rina", "Prof. Hadi", "Irjen
 *  Pol. Ahmad"), as written: the recognizer matches them case for case, so "Ibu." (the
 *  title) is one and "ibu." (a mother, often at a sentence's end) is not. */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'dr', 'Dr', 'drg', 'Prof', 'Ir', 'Drs', 'Dra', 'H', 'Hj', 'St', 'No', 'Jl', 'Ny', 'Tn', 'Sdr', 'Kol', 'Jend', 'Bpk', 'Ibu', 'Rp', 'vs', 'Mr', 'Mrs', 'Ms', 'Dt', 'Tgk', 'Jr', 'Sr', 'KH', 'Kapt',
  // Ranks written with a dot before a name, and "Pol." of police ranks ("Irjen Pol. Ahmad").
  'Pol', 'Letjen', 'Mayjen', 'Brigjen', 'Irjen', 'Komjen',
  // Professional titles of the health professions written before a name: apoteker ("apt.
  // Rina"), dokter hewan ("drh."), ners ("Ns."), bidan ("Bd.").
  'apt', 'drh', 'Ns', 'Bd',
];

/** "dan lain-lain", "dan sebagainya", "dan seterusnya": their dot ends the sentence when a
 *  capital follows ("… benih, dll. Menurut …"), not inside one ("… dll. yang …"). */
export const LIST_END_ABBREVIATIONS: readonly string[] = ['dll', 'dsb', 'dst'];

/** Other abbreviations a sentence carries inside it, lower case: places ("Kab.", "Kec."),
 *  references ("No.", "hlm.", "tgl."), companies ("PT.", "Tbk."), "dkk.". Only the lede's
 *  first sentence reads them, in any case: the recognizer never did, and its output is
 *  kept as it is (a name seldom follows them). */
export const OTHER_ABBREVIATIONS: readonly string[] = [
  'nomor', 'jln', 'dkk', 'tbk', 'pt', 'cv', 'kab', 'kec', 'kel', 'prov', 'hlm', 'tgl', 'ltk', 'ust',
];
