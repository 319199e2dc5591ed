// The one visual system of the editor: every decoration style Sorot draws on an article
// lives here. docs/editor.md describes it with pictures.
//
// Each layer owns one *channel* of the text, so layers never fight over the same CSS
// property, and at most two cues show on one span:
//   line   (border under / over the text): annotations > actors. Inside an annotated
//          span the actor underline is left out (controller.ts asks layers.ts to
//          subtract the annotated spans), so the line you see is the annotation's.
//   font   italic for quotes, bold for a quote's speaker (a speaker is never inside
//          its own quote).
//   tint   a faint background, for quotes only.
//   over   a dotted line over the text (CSS text-decoration overline), for reported
//          statements only: a statement often contains actors (their line is under the
//          text) and quoted fragments (italic, tinted), and keeps its own cue over both.
//          The one other user of text-decoration is the needs-review wavy underline of
//          annotations: where the two meet only one of them shows (the hover names both).
//   margin the gutter icon and the label above the paragraph (a CodeLens) of
//          annotations; nothing is ever inserted in a line's text (no `before` or
//          `after` content: after the last word it would be clipped under word wrap).
// Every cue has a form besides its colour (underline style, italic, bold, icon shape,
// words), and no colour is the error red: red is for errors only.
import * as vscode from 'vscode';
import type { AnnotationKind } from '../../../core/annotations';
import { ANNOTATOR_PALETTE } from '../../../core/annotations/annotator-colours';
import type { Layer } from '../../../core/recognize/layers';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);

/** Where an annotation layer draws: its kind, a suggestion, or one that needs review. */
export type AnnotationLayer = AnnotationKind | 'suggested' | 'review';
export const ANNOTATION_LAYERS: readonly AnnotationLayer[] = ['review', 'suggested', 'claim', 'stance', 'source'];

// ---- recognized layers (actors, quotes, speakers, reported statements) --------------------------------

const underline = (name: string, style: 'solid' | 'dashed' | 'dotted'): vscode.DecorationRenderOptions => ({
  borderColor: color(`sorot.${name}Border`),
  borderStyle: `none none ${style} none`,
  borderWidth: '0 0 1.5px 0',
  // Typing next to a name must not stretch its highlight before re-analysis.
  rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
});

const TEXT_STYLES: Record<Layer, vscode.DecorationRenderOptions> = {
  person: underline('person', 'solid'),
  organisation: underline('organisation', 'dashed'),
  place: underline('place', 'dotted'),
  quote: {
    backgroundColor: color('sorot.quoteBackground'),
    fontStyle: 'italic',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  },
  speaker: {
    fontWeight: 'bold',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  },
  reported: {
    // No ThemeColor for text-decoration: the contributed colour's CSS variable instead.
    textDecoration: 'overline dotted var(--vscode-sorot-reportedLine) 2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  },
};

const RULER: Record<Layer, { color: string; lane: vscode.OverviewRulerLane }> = {
  person: { color: 'sorot.personRuler', lane: vscode.OverviewRulerLane.Left },
  organisation: { color: 'sorot.organisationRuler', lane: vscode.OverviewRulerLane.Left },
  place: { color: 'sorot.placeRuler', lane: vscode.OverviewRulerLane.Left },
  quote: { color: 'sorot.quoteRuler', lane: vscode.OverviewRulerLane.Center },
  speaker: { color: 'sorot.speakerRuler', lane: vscode.OverviewRulerLane.Right },
  reported: { color: 'sorot.reportedRuler', lane: vscode.OverviewRulerLane.Center },
};

/** A recognized layer's text style (exported so tests check what is drawn). */
export function textStyle(layer: Layer): vscode.DecorationRenderOptions {
  return TEXT_STYLES[layer];
}

export function createTextDecorationType(layer: Layer): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType(TEXT_STYLES[layer]);
}

/** Ruler marks live in their own types: they cover the whole document while the text
 *  decorations of a very large article only cover the region around the viewport. */
export function createRulerDecorationType(layer: Layer): vscode.TextEditorDecorationType {
  const r = RULER[layer];
  return vscode.window.createTextEditorDecorationType({
    overviewRulerColor: color(r.color),
    overviewRulerLane: r.lane,
  });
}

// ---- annotations ------------------------------------------------------------------

/** The line style of each annotation layer: the form that tells the kind without colour. */
const ANNOTATION_LINE: Record<Exclude<AnnotationLayer, 'review'>, { style: string; width: string }> = {
  claim: { style: 'solid', width: '2px' },
  stance: { style: 'double', width: '3px' },
  source: { style: 'dashed', width: '2px' },
  suggested: { style: 'dotted', width: '2px' },
};

/**
 * The look of one annotation layer in one annotator colour (also used by the
 * adjudication views). `over`: the line goes above the text instead of under it, so two
 * annotators who marked the same span both show. Needs-review is a wavy underline in the
 * theme's warning colour (it is a warning), whoever the annotator.
 */
export function annotationStyle(layer: AnnotationLayer, slot: number, over = false): vscode.DecorationRenderOptions {
  const colour = color(`sorot.annotator.${annotatorSlotName(slot)}`);
  const common = { overviewRulerColor: colour, overviewRulerLane: vscode.OverviewRulerLane.Left, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed };
  if (layer === 'review') {
    return { ...common, textDecoration: 'underline wavy var(--vscode-editorWarning-foreground)' };
  }
  const { style, width } = ANNOTATION_LINE[layer];
  const line = over
    ? { borderStyle: `${style} none none none`, borderWidth: `${width} 0 0 0` }
    : { borderStyle: `none none ${style} none`, borderWidth: `0 0 ${width} 0` };
  return { ...common, borderColor: colour, ...line };
}

function annotatorSlotName(slot: number): string {
  return ANNOTATOR_PALETTE[slot % ANNOTATOR_PALETTE.length] as string;
}

/** The gutter icon of each annotation layer (media/gutter, a light and a dark
 *  variant). Only one icon fits a line: the first layer of ANNOTATION_LAYERS present. */
export function kindIconType(extensionUri: vscode.Uri, layer: AnnotationLayer): vscode.TextEditorDecorationType {
  const icon = (variant: 'light' | 'dark') => vscode.Uri.joinPath(extensionUri, 'media', 'gutter', `${layer}-${variant}.svg`);
  return vscode.window.createTextEditorDecorationType({
    light: { gutterIconPath: icon('light'), gutterIconSize: '70%' },
    dark: { gutterIconPath: icon('dark'), gutterIconSize: '70%' },
  });
}

/** The codicon of each annotation layer, as the tree and the label above a paragraph
 *  show it (the same shapes as the gutter icons). */
export const KIND_CODICON: Record<AnnotationLayer, string> = {
  claim: 'comment-discussion',
  stance: 'law',
  source: 'link-external',
  suggested: 'lightbulb',
  review: 'warning',
};
