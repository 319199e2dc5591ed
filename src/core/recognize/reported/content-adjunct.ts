// "X melaporkan dalam 24 jam terakhir terekam 87 kali gempa": a time adjunct right after
// the verb may open the content itself, with no comma to close it. The adjunct skip
// (find.ts afterAdjunct) wants a comma or "bahwa" and found neither: the content then starts
// at the adjunct (the dev gold keeps it inside the span). An addressee or a channel
// ("kepada wartawan", "melalui keterangan tertulis") never opens a content.
import { LowerWordSet } from '../../text/lower-word-set';

const TIME_ADJUNCT_WORDS = new LowerWordSet(['dalam', 'pada', 'saat', 'ketika', 'usai', 'seusai', 'setelah', 'sebelum', 'selepas', 'sesudah', 'menjelang', 'jelang']);

/** The adjunct opened by the word [start, end) can be the content's own first phrase. */
export function opensContent(p: string, start: number, end: number): boolean {
  return TIME_ADJUNCT_WORDS.hasAt(p, start, end);
}
