// A run of quoted posts printed one per paragraph and attributed by the paragraph after
// them ("“…”" / "“…”" / "“…?”" / "Demikian tulis pemengaruh kuliner Bagas Witeda melalui
// akun Instagram-nya."; "Begitu cuit X"): the closing sentence opens with "Demikian" or
// "Begitu" and a verb of writing or saying, then names the one who wrote. The link pass gives
// the last post that speaker (as for "Hal itu disampaikan X") and its chain of quotes passes
// it back to the earlier posts (issue 13, pattern 14: a closing attribution in a paragraph of
// its own left the whole run without a speaker).

const CLOSER_RE = /[ \t]*(?:Demikian|Begitu|Begini)(?: antara lain| isi)? (?:tulis|cuit|kicau|unggah|tutur|kata|ujar|bunyi unggahan|bunyi cuitan|tulisan|unggahan|cuitan)(?:nya)?(?: akun)? /y;

/** Where the closing attribution's words end when the paragraph starting at `from` opens with
 *  one ("Demikian tulis "), else -1: the speaker is the first person named after that. */
export function postsCloserEnd(text: string, from: number): number {
  CLOSER_RE.lastIndex = from;
  return CLOSER_RE.test(text) ? CLOSER_RE.lastIndex : -1;
}
