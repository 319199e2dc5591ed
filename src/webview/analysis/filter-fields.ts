// Which of the analysis view's list filters are drawn. A list with nothing in it (a corpus
// whose articles all sit at the top of the workspace has no folder to pick; one nobody has
// annotated has no annotator) filters nothing and reads as a broken, empty box, so it is
// left out. A list whose choices vanished while one of them is still chosen (the filter
// came back from an earlier session, or the last annotator's file was deleted) stays, so
// the researcher can see and clear what is narrowing the charts.

/** The choices a list filter shows: the facet's values, then any chosen value the facet no
 *  longer has. Empty: the filter is not drawn. */
export function listChoices(values: readonly string[], chosen: readonly string[] | undefined): string[] {
  const known = new Set(values);
  return [...values, ...(chosen ?? []).filter((v) => !known.has(v))];
}
