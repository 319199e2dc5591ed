// What curation.bench.ts bundles: the shipped code paths of the curated layer.
export { analyze } from '../src/core/recognize/analyze';
export type { AnalysisResult } from '../src/core/recognize/types';
export { curate, decide } from '../src/core/curation';
export type { CuratedAnalysis } from '../src/core/curation';
export { placeSidecar } from '../src/core/annotations/place';
export { articleTextHash } from '../src/core/annotations/text-version';
export { SIDECAR_SCHEMA_VERSION } from '../src/core/annotations/types';
export type { Sidecar } from '../src/core/annotations/types';
export type { Correction } from '../src/core/annotations/corrections';
export { curateSlice } from '../src/core/curation';
export { WindowedAnalyzer } from '../src/core/incremental/windowed-analyzer';
export { defaultKbIndex } from '../src/core/recognize/default-kb';
export { sliceCurator } from '../src/core/curation';
