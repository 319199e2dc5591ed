// "Film berjudul sementara "Kabut Sore" itu …", "lagu bertajuk Senja di Braga": the
// capitalised words right after "berjudul" / "bertajuk" are the title of a work (a film, a
// song, a book, a programme), which is no actor, though with no clue the unknown-name rule
// takes two capitalised words for a person (recog36, d153; entertainment news names works
// this way all the time).
import { isLowerWordAt } from '../../text/lower-word-set';
import { wordBefore } from '../../text/chars';

/** An opening quotation mark right before a title ("berjudul "Pulung Gantung""). */
const OPENING_QUOTES = new Set([34, 0x201c, 39, 0x2018, 0xab]);

/** The word starting at `start` opens a work's title: "berjudul", "bertajuk", or
 *  "berjudul sementara", then one space and at most an opening quotation mark. */
export function workTitleAt(p: string, start: number): boolean {
  let pos = start;
  if (pos > 0 && OPENING_QUOTES.has(p.charCodeAt(pos - 1))) pos--;
  if (pos < 2 || p.charCodeAt(pos - 1) !== 32) return false;
  let w = wordBefore(p, pos);
  if (w === null || w.end !== pos - 1) return false;
  // ("berjudul sementara", "bertajuk resmi": a working or official title)
  if (isLowerWordAt(p, w.start, w.end, 'sementara') || isLowerWordAt(p, w.start, w.end, 'resmi')) {
    w = wordBefore(p, w.start);
    if (w === null) return false;
  }
  return isLowerWordAt(p, w.start, w.end, 'berjudul') || isLowerWordAt(p, w.start, w.end, 'bertajuk');
}
