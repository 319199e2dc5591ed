// Academic and professional degrees after a name and a comma: "Ricky Hutapea, S.H., M.H.,",
// "dr. Rina Laselo, Sp.A(K), Ph.D.,", "AKBP Darmawan, S.I.K.,", "dr. Yuniarti Pohan,
// MPH,". One owner for the actor pass (they are no actors: actors/rules/academic-degree.ts)
// and the attribution (the verb after them is the name's: "…, MPH, mengatakan").

/** One degree: a capital, up to two letters, a dot and more abbreviated parts ("S.H.",
 *  "Ph.D.", "S.I.K.", "M.Si", "S.Sos"), or a specialist's "Sp.A(K)", also with a dotted
 *  speciality ("Sp.D.V.E", dermatology, venereology and aesthetics: dev d269). */
const DEGREE = /(?:Sp\.[A-Z]{1,3}(?:\.[A-Z]{1,3})*(?:\([A-Z]\))?|[A-Z][a-z]{0,2}\.(?:[A-Z][a-z]{0,3}\.?)+)/y;
/** Degrees also written without dots. Only forms that name no body: "MA" (Mahkamah Agung)
 *  and "SH" stay out. */
const DOTLESS = /(?:MPH|MBA|MSc|PhD|MKes|MSi|MPd|MKM)(?=,)/y;
const MAX_DEGREES = 4;

/** Where the degrees starting at `start` end, at the comma closing them; -1 when no degree
 *  starts there or no comma closes them ("S.H., M.H.," and "S.H. M.H.," are one aside). */
export function degreesEnd(p: string, start: number): number {
  // Cheap refusals first (the actor pass asks at every token): a dotted degree has a dot
  // within its first three characters, a dotless one starts with M or P.
  if (p.charCodeAt(start + 1) !== 46 && p.charCodeAt(start + 2) !== 46 && p.charCodeAt(start + 3) !== 46) return dotlessEnd(p, start);
  let end = start;
  for (let n = 0; n < MAX_DEGREES; n++) {
    DEGREE.lastIndex = end;
    if (!DEGREE.test(p)) break;
    end = DEGREE.lastIndex;
    if (p.charCodeAt(end) === 46) end++;
    const next = p.charCodeAt(end) === 44 && p.charCodeAt(end + 1) === 32 ? end + 2 : p.charCodeAt(end) === 32 ? end + 1 : -1;
    if (next < 0 || !isDegreeAt(p, next)) break;
    end = next;
  }
  return end !== start && p.charCodeAt(end) === 44 ? end : -1;
}

/** ", MPH," after a name: where the degree aside starting at `at` (its comma) ends, at its
 *  closing comma; else `at`. */
export function degreeAsideEnd(p: string, at: number): number {
  // (no read past the text's end: the optimizing compiler assumes none, and the first one
  // costs a recompile of the function this one is inlined into; bench/instructions.ts)
  if (at + 1 >= p.length) return at;
  if (p.charCodeAt(at) !== 44 || p.charCodeAt(at + 1) !== 32) return at;
  const end = degreesEnd(p, at + 2);
  return end < 0 ? at : end;
}

function dotlessEnd(p: string, start: number): number {
  const first = p.charCodeAt(start);
  if (first !== 77 /* M */ && first !== 80 /* P */) return -1;
  DOTLESS.lastIndex = start;
  return DOTLESS.test(p) ? DOTLESS.lastIndex : -1;
}

function isDegreeAt(p: string, at: number): boolean {
  DEGREE.lastIndex = at;
  return DEGREE.test(p);
}
