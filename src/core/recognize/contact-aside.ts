// "Pemilik katering, Haryono, saat dihubungi mengaku kaget", "Kapolsek X, ketika
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
  if (p.charCodeAt(k) !== 32) return at;
  const c = p.charCodeAt(k + 1);
  if (c !== 115 && c !== 107) return at; // s k
  CONTACT_ASIDE_RE.lastIndex = at;
  return CONTACT_ASIDE_RE.test(p) ? CONTACT_ASIDE_RE.lastIndex : at;
}
