// "Menurut Pasal 7 peraturan daerah itu, setiap petani “berhak mendapat pupuk bersubsidi.”":
// a sentence opening with "Menurut" and a document (an article of a law, a regulation, a
// report, data, a survey: reported/cues.ts menurutNamesNoSpeaker, the one list of them)
// names no actor, so the fragment it quotes has no speaker. Left uncued, the link pass
// continued the speaker before (whoever spoke last in the article); read like "Menurut
// seorang pejabat, …" (attribution.ts anonymousSources), the sentence ends that speaker's
// floor and its quote is nobody's.
import { menurutNamesNoSpeaker } from './reported/cues';

/** The sentence whose first word is at `at` opens with "Menurut <document>". */
export function opensWithDocumentSource(p: string, at: number): boolean {
  return p.startsWith('Menurut ', at) && menurutNamesNoSpeaker(p, at + 7);
}
