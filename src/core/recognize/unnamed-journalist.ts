// A question at a press conference asked by a journalist the article does not name:
// "“…?” tanya wartawan lain", "tanya seorang jurnalis", "tanya awak media". Like "seorang
// wartawan" (an unnamed source, lexicon.ts's ANONYMOUS_SOURCE), the bare word for a journalist
// after the cue names nobody: the question is nobody's and leaves the floor with the one
// questioned (unnamed-questions.ts), where it used to continue the official who had just
// spoken (issue 13). A journalist named after the word ("tanya wartawan Tempo, Fikri") is
// found first as the person of the cue's clause, and one pointed back to ("wartawan itu")
// is a description.
import { LowerWordSet } from '../text/lower-word-set';
import { JOURNALIST_TITLES } from './lexicon';

/** Words for a journalist ("wartawan", "awak" of "awak media"). */
export const JOURNALIST_WORDS = new LowerWordSet([...JOURNALIST_TITLES, 'awak']);
