// What keeping the undo / redo history on the text costs per keystroke: on every change
// of an open article the service moves the annotations recorded in the history
// (moveRecorded) as well as the live ones. Baseline, measured in the same run: moving the
// live annotations of the article (100), which the editor has always done.
// A keystroke at the top of the article moves every annotation (the worst case).
import { cpus, loadavg } from 'node:os';
import { createAnnotation, updateAnnotation } from '../src/core/annotations/create';
import { applyEditsToAnnotations } from '../src/core/annotations/reanchor-live';
import type { Annotation } from '../src/core/annotations/types';
import type { AnnotationChange } from '../src/extension/services/annotations/article-annotations';
import { moveRecorded } from '../src/extension/services/annotations/history';

const PARAGRAPH = 'Pemerintah daerah menyatakan anggaran pembangunan jalan akan segera dibahas dalam rapat bersama warga, kata Andi Saputra di Surabaya.\n';
const KEYSTROKES = 300;

function annotationsOn(text: string, count: number, from = 0): Annotation[] {
  return Array.from({ length: count }, (_, i) => {
    const start = ((from + i) * 53) % (text.length - 40);
    return createAnnotation({ text, start, end: start + 30, annotator: 'ana', now: 1_700_000_000_000, fields: { kind: 'claim', claim: { claimant: 'Andi' } } });
  });
}

/** Milliseconds per keystroke for `step`, which gets the text after each keystroke. */
function perKeystroke(text: string, step: (text: string) => void): number {
  const t0 = performance.now();
  for (let k = 0; k < KEYSTROKES; k++) {
    text = 'x' + text;
    step(text);
  }
  return (performance.now() - t0) / KEYSTROKES;
}

export function run(): void {
  const text = PARAGRAPH.repeat(60);
  const edit = { offset: 0, length: 0, text: 'x' };
  let live = annotationsOn(text, 100);
  const baseline = perKeystroke(text, (t) => {
    live = applyEditsToAnnotations(live, [edit], t);
  });
  console.log(`host: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}; ${KEYSTROKES} keystrokes at the top of a ${text.length}-unit article`);
  console.log(`baseline, 100 live annotations moved: ${baseline.toFixed(3)} ms per keystroke`);
  const histories: Array<[string, AnnotationChange[]]> = [
    ['200 single changes (the history limit): 100 adds, 100 note edits', [
      ...annotationsOn(text, 100).map((annotation): AnnotationChange => ({ type: 'add', annotation })),
      ...annotationsOn(text, 100, 100).map((a): AnnotationChange => ({ type: 'replace', before: a, after: updateAnnotation(a, { note: 'n' }) })),
    ]],
    ['198 single changes and 2 batches of 100 (suggest sources, accept all)', [
      ...annotationsOn(text, 198).map((annotation): AnnotationChange => ({ type: 'add', annotation })),
      { type: 'batch', label: 'suggest', changes: annotationsOn(text, 100, 300).map((annotation) => ({ type: 'add' as const, annotation })) },
      { type: 'batch', label: 'accept', changes: annotationsOn(text, 100, 300).map((a) => ({ type: 'replace' as const, before: a, after: updateAnnotation(a, { status: 'accepted' }) })) },
    ]],
    ['200 batches of 30 replacements (12,000 recorded annotations, far beyond use)', Array.from({ length: 200 }, (_, i): AnnotationChange => ({
      type: 'batch',
      label: 'b',
      changes: annotationsOn(text, 30, i * 30).map((a) => ({ type: 'replace' as const, before: a, after: a })),
    }))],
  ];
  for (const [label, history] of histories) {
    let h = history;
    const ms = perKeystroke(text, (t) => {
      h = moveRecorded(h, (list) => applyEditsToAnnotations(list, [edit], t));
    });
    console.log(`${label}: ${ms.toFixed(3)} ms per keystroke, ${(ms / baseline).toFixed(1)}x the baseline`);
  }
}
