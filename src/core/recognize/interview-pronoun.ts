// Interviews whose lead names the interviewee first and then meets them through a pronoun:
//   Di usia 24 tahun, Lalu Satria … sudah mementaskan wayang …
//   Kompas.com menemuinya di sanggarnya, Sabtu. Berikut kutipan wawancaranya.
//   Kapan Anda mulai …?            (the interviewer's unquoted question)
//   "Umur sembilan tahun. …"       (the interviewee's answer)
// A common form of the Indonesian profile interview: the "-nya" object points back to the
// person the lede is about, named in an earlier sentence (the meeting sentence's own subject
// is the outlet or the journalist). "menemuinya" is an interview only when the paragraph
// announces the transcript ("petikan wawancara", "berikut wawancaranya"): meeting someone is
// not interviewing them otherwise. (fresh48s: every answer of dev d368 went to nobody or to
// another person quoted between the questions.)
import { sentenceStartBefore } from './sentence-end';
import type { ActorMention } from './types';

const PRONOUN_INTERVIEW_RE = /(?<![\p{L}])(mewawancarai|menemui|berbincang(?:-bincang)? dengan)nya(?![\p{L}])/gu;
export const TRANSCRIPT_RE = /(?<![\p{L}])(?:petikan wawancara|berikut (?:petikan|wawancara|hasil wawancara|tanya jawab))/iu;

/** Where the last interview verb with a pronoun object in text[from, to) starts ("menemuinya"
 *  only with the transcript announced after it, before `to`), else -1. */
export function pronounInterviewVerbIn(text: string, from: number, to: number): number {
  let verb = -1;
  const part = text.slice(from, to);
  for (const m of part.matchAll(PRONOUN_INTERVIEW_RE)) {
    const at = m.index as number;
    if (m[1] === 'menemui' && !TRANSCRIPT_RE.test(part.slice(at))) continue;
    verb = from + at;
  }
  return verb;
}

/** The person the pronoun object of the last such verb in text[from, to) points back to: the
 *  topic of the last paragraph naming a person before the verb's sentence (from `from` on),
 *  i.e. the first person that paragraph names ("Atlet panahan Rina … meraih emas. Pelatihnya,
 *  Bambang …, ikut menangis." / "Tempo menemuinya …": Rina, not her coach), among `mentions`
 *  (text order, from index `k0`) of which `isPerson(k)` holds; else null. */
export function pronounInterviewee(text: string, from: number, to: number, mentions: readonly ActorMention[], k0: number,
  isPerson: (k: number) => boolean): ActorMention | null {
  const verb = pronounInterviewVerbIn(text, from, to);
  if (verb < 0) return null;
  const sentence = sentenceStartBefore(text, verb, from);
  let last = -1;
  for (let k = k0; k < mentions.length && mentions[k].start < sentence; k++) if (mentions[k].start >= from && isPerson(k)) last = k;
  if (last < 0) return null;
  const paragraph = Math.max(from, text.lastIndexOf('\n', mentions[last].start) + 1);
  for (let k = k0; k <= last; k++) if (mentions[k].start >= paragraph && isPerson(k)) return mentions[k];
  return mentions[last];
}
