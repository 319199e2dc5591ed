// "Pemilik katering, Ramoga, saat dihubungi mengaku kaget", "Kapolsek X, ketika
// dikonfirmasi melalui telepon, membenarkan …", "Rudi, saat ditemui di kantornya,
// mengatakan …": news puts how the reporter reached the speaker between the speaker and
// the reporting verb. The aside is "saat / ketika / sewaktu" and a passive verb of contact,
// with at most five words of manner or place closed by a comma; the verb after it is the
// speaker's, as after a day-and-date aside.

/** "saat|ketika|sewaktu" + a passive contact verb; an optional run of up to five words
 *  closed by a comma. */
const CONTACT_ASIDE_RE = /,? (?:saat|ketika|sewaktu) di(?:hubungi|konfirmasi|temui|wawancarai|mintai konfirmasi|mintai tanggapan|tanya)(?:(?: [\p{L}\p{N}.]+){0,5}(?=,))?/uy;

/** Where a contact aside starting at `at` ends (before its closing comma when it has one),
 *  else `at`. */
export function contactAsideEnd(p: string, at: number): number {
  // Runs for every mention: most are turned away on the first characters.
  let k = at;
  if (p.charCodeAt(k) === 44) k++;
  // (no read past the text's end: the optimizing compiler assumes none, and the first one
  // costs a recompile of the function this one is inlined into; bench/instructions.ts)
  if (k + 1 >= p.length) return at;
  if (p.charCodeAt(k) !== 32) return at;
  const c = p.charCodeAt(k + 1);
  if (c !== 115 && c !== 107) return at; // s k
  CONTACT_ASIDE_RE.lastIndex = at;
  return CONTACT_ASIDE_RE.test(p) ? CONTACT_ASIDE_RE.lastIndex : at;
}

/** The contact verb's agent: "saat dihubungi Bisnis", "ketika dikonfirmasi wartawan Kompas",
 *  "sewaktu ditemui Antara", "ketika ditemui Camat Sutrisno" (a title before the name). Checked backwards from a mention's start; the aside need not
 *  be closed by a comma ("saat dihubungi Bisnis pada Selasa mengatakan …"). */
const CONTACT_AGENT_BEFORE_RE = /(?:^|[\s,])(?:saat|ketika|sewaktu) di(?:hubungi|konfirmasi|temui|wawancarai|mintai konfirmasi|mintai tanggapan|tanya)(?: oleh)?(?: (?:wartawan|jurnalis|reporter|redaksi))?(?: \p{Lu}[\p{L}.]*){0,3} $/u;

/** How far back the agent's contact phrase can start: "sewaktu dimintai konfirmasi oleh
 *  wartawan " and three title words. */
const CONTACT_AGENT_REACH = 90;

/** Whether the name starting at `start` is the one who reached the speaker in a contact
 *  aside (the outlet or reporter), so never the subject of the verb after the aside: the
 *  speaker is the person named before "saat dihubungi". */
export function insideContactAside(p: string, start: number): boolean {
  // Asked for candidate subjects only (one per reporting verb), so a slice is cheap here.
  if (start < 2 || p.charCodeAt(start - 1) !== 32) return false;
  return CONTACT_AGENT_BEFORE_RE.test(p.slice(Math.max(0, start - CONTACT_AGENT_REACH), start));
}
