// "Gamelan Solo Menyeberang ke Belanda: “Penontonnya Ikut Menari …”": a headline that
// quotes without naming who speaks (the words before the colon label the topic) quotes the
// one the body quotes with the same words, or else the article's protagonist, the first
// person the body quotes (issue 13, speakers47: the quote went to the place before the colon,
// attribution.ts's colonBefore, then to nobody; review47: the same words first). Link pass,
// after every body quote has its speaker.
import { firstStartingAt } from './mention';
import { passiveLabelSubject } from './passive-label';
import type { ActorMention, Quote } from './types';

/** The cue of such a quote: no word of the text attributes it (docs/formats.md; the hover
 *  says it in words, hover-content.ts cueShown). */
export const HEADLINE_QUOTE_CUE = 'headline';

/** How far after the headline the first quoted person may be: the lead and the first
 *  paragraphs, not a later article of a long text. */
const SPEAKER_REACH = 3000;

/** For each headline line [s, e) of `lines` (pairs), gives a quote inside it after its colon
 *  that has no speaker to whoever says the same words in the body, or when no body quote
 *  does, to the person who says the first quote after the line within the reach, when that
 *  speaker is a person (`actors` sorted by start). */
export function headlineQuoteSpeakers(text: string, lines: readonly number[], actors: readonly ActorMention[], quotes: Quote[]): void {
  for (let li = 0; li + 1 < lines.length; li += 2) {
    const s = lines[li];
    const e = lines[li + 1];
    const colon = text.indexOf(':', s);
    if (colon < 0 || colon >= e) continue;
    const qi = firstStartingAt(quotes, colon);
    if (qi >= quotes.length || quotes[qi].end > e || quotes[qi].speaker !== null) continue;
    // ("Budi Santoso Diperiksa KPK: “…”": the one acted upon speaks, once the article's names
    // are read; "Awak Kapal Ditahan Maladewa: “…”" names nobody, a topic, passive-label.ts)
    const passive = passiveLabelSubject(text, colon, actors);
    if (passive !== undefined && passive >= 0) {
      const subject = actors[passive];
      quotes[qi] = { ...quotes[qi], speaker: subject.canonical, speakerMention: { start: subject.start, end: subject.end }, cue: ':' };
      continue;
    }
    if (passive === undefined && !topicBefore(text, s, colon)) continue;
    // The body often quotes the headline's words again, with their speaker (review47: the
    // first person quoted was the victim, the headline's words the police chief's).
    const same = sameWordsQuoted(quotes, qi, e);
    const source = same ?? firstPersonQuoted(quotes, qi + 1, e, actors);
    if (source === undefined || source.speaker === null) continue;
    quotes[qi] = { ...quotes[qi], speaker: source.speaker, speakerMention: source.speakerMention, cue: HEADLINE_QUOTE_CUE };
  }
}

/** The words before the colon (from the last comma, or the line start `s`) are a topic, not
 *  a name: a lower-case word among them ("Menyeberang ke Suriname"). A label of capitalised
 *  words only ("Petambak Sumenep, Haryono Wibisono:") may name the speaker the recognizer
 *  did not read; its quote is left alone. */
function topicBefore(text: string, s: number, colon: number): boolean {
  const comma = text.lastIndexOf(',', colon);
  return LOWER_WORD_RE.test(text.slice(comma >= s ? comma + 1 : s, colon));
}
const LOWER_WORD_RE = /(?<![\p{L}\p{N}])\p{Ll}/u;

/** The first quote after the headline line's end `after`, within the reach, whose words
 *  (case and punctuation aside) contain all the words of the headline quote `quotes[qi]` in
 *  order, unbroken ("Kami Akan Tindak Tegas Pelaku" in "“Kami akan tindak tegas pelaku,”
 *  kata Fauzi"); undefined when none does. Its speaker may be null: the words are then
 *  someone's the recognizer did not find, never the first person's. */
function sameWordsQuoted(quotes: readonly Quote[], qi: number, after: number): Quote | undefined {
  const words = quoteWords(quotes[qi].text);
  if (words === '') return undefined;
  for (let k = qi + 1; k < quotes.length && quotes[k].start < after + SPEAKER_REACH; k++) {
    if (quotes[k].start >= after && (' ' + quoteWords(quotes[k].text) + ' ').includes(' ' + words + ' ')) return quotes[k];
  }
  return undefined;
}

/** A quote's words in lower case, joined by single spaces. */
function quoteWords(quote: string): string {
  return (quote.toLowerCase().match(WORD_RE) ?? []).join(' ');
}
const WORD_RE = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The first quote from index `from` on, starting after `after` and within the reach, whose
 *  speaker is named by a person's mention; undefined when the first quote with a speaker
 *  there is a body's (or there is none). */
function firstPersonQuoted(quotes: readonly Quote[], from: number, after: number, actors: readonly ActorMention[]): Quote | undefined {
  for (let k = from; k < quotes.length && quotes[k].start < after + SPEAKER_REACH; k++) {
    const q = quotes[k];
    if (q.start < after || q.speaker === null || q.speakerMention === undefined) continue;
    const ai = firstStartingAt(actors, q.speakerMention.start);
    return ai < actors.length && actors[ai].start === q.speakerMention.start && actors[ai].type === 'PER' ? q : undefined;
  }
  return undefined;
}
