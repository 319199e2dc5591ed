// The annotators compared two by two: every report (annotations, the recognized layer)
// pairs them the same way, each unordered pair once, in the order given.

/** Every unordered pair of `names`, each once: [a, b] with a before b in `names`. */
export function pairsOf(names: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) out.push([names[i], names[j]]);
  return out;
}
