// Decoration styles. Every colour is a contributed theme colour (package.json
// contributes.colors, with light / dark / high-contrast defaults) so themes can
// override them, and every layer also has a cue that is not colour: a solid, dashed or
// dotted underline per actor type, italics for quotes, a box and bold for speakers.
import * as vscode from 'vscode';
import type { Layer } from './layers';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);

const underline = (name: string, style: 'solid' | 'dashed' | 'dotted'): vscode.DecorationRenderOptions => ({
  backgroundColor: color(`sorot.${name}Background`),
  borderColor: color(`sorot.${name}Border`),
  borderStyle: `none none ${style} none`,
  borderWidth: '0 0 2px 0',
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
    borderColor: color('sorot.speakerBorder'),
    borderStyle: 'solid',
    borderWidth: '1px',
    borderRadius: '3px',
    fontWeight: 'bold',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  },
};

const RULER: Record<Layer, { color: string; lane: vscode.OverviewRulerLane }> = {
  person: { color: 'sorot.personRuler', lane: vscode.OverviewRulerLane.Left },
  organisation: { color: 'sorot.organisationRuler', lane: vscode.OverviewRulerLane.Left },
  place: { color: 'sorot.placeRuler', lane: vscode.OverviewRulerLane.Left },
  quote: { color: 'sorot.quoteRuler', lane: vscode.OverviewRulerLane.Center },
  speaker: { color: 'sorot.speakerRuler', lane: vscode.OverviewRulerLane.Right },
};

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
