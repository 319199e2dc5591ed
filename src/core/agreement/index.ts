export { computeAgreement, labelOf, type AgreementOptions } from './report';
export { adjudicate, type AdjudicationOptions, type AdjudicationResult, type Resolution } from './adjudicate';
export { renderMarkdown, renderPlain, reportTables, type Table } from './render';
export { matchSpans, type MatchMode } from './match';
export { cohenKappa } from './cohen';
export { fleissKappa, fleissKappaFromCounts } from './fleiss';
export { krippendorffAlphaNominal } from './krippendorff';
export type * from './types';
