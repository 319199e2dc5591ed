// What analysis-view.bench.ts bundles: the shipped code paths of the analysis view's
// model (core/analysis and extension/analysis/view-model.ts, which has no vscode import).
export { analyze } from '../src/core/recognize/analyze';
export { curate, summarizeCurated } from '../src/core/curation';
export { readTextMetadata } from '../src/core/metadata';
export { buildModel, buildModelSteps, chartTableSteps, DEFAULT_OPTIONS, facetsOf, facetsSteps } from '../src/extension/analysis/view-model';
export { CHART_IDS } from '../src/extension/analysis/protocol';
export { statsCsvBytesSteps } from '../src/core/analysis';
export { TimeSlices, runStepsInSlices } from '../src/core/incremental/time-slices';
export { analysisArticle, analysisArticleFromSummary } from '../src/core/analysis';
export type { AnalysisArticle, AnalysisFilter } from '../src/core/analysis';
export type { Annotation } from '../src/core/annotations/types';
