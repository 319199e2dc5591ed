// Which decoration layers show, decided in one place. Each layer's default comes from
// its setting (sorot.decorations.*, per user); "Sorot: Show Layers…" records the
// researcher's choice for this workspace (workspaceState), which wins over the default.
// Both the recognized layers (controller.ts) and the annotation layers
// (annotations/decorations.ts) read this, so one quick pick switches all of them.
//
// Adding a layer: add its
// id to VISIBLE_LAYERS with its setting and label below, its spans to layers.ts, and its
// style to palette.ts; the quick pick, the context keys and the docs table follow.
import * as vscode from 'vscode';
import { ContextKey } from '../../context-key';

export const VISIBLE_LAYERS = [
  'person',
  'organisation',
  'place',
  'quote',
  'speaker',
  'reported',
  'annotations',
  'suggestions',
  'needsReview',
  'labels',
  'kindIcons',
  'overviewRuler',
] as const;
export type VisibleLayer = (typeof VISIBLE_LAYERS)[number];

/** The setting (under sorot.decorations) that gives a layer's default. The three actor
 *  types share the older `actors` switch. */
const SETTING: Record<VisibleLayer, string> = {
  person: 'actors',
  organisation: 'actors',
  place: 'actors',
  quote: 'quotes',
  speaker: 'speakers',
  reported: 'reported',
  annotations: 'annotations',
  suggestions: 'suggestions',
  needsReview: 'needsReview',
  labels: 'labels',
  kindIcons: 'kindIcons',
  overviewRuler: 'overviewRuler',
};

export function layerLabel(layer: VisibleLayer): string {
  switch (layer) {
    case 'person':
      return vscode.l10n.t('Persons (solid underline)');
    case 'organisation':
      return vscode.l10n.t('Organisations (dashed underline)');
    case 'place':
      return vscode.l10n.t('Places (dotted underline)');
    case 'quote':
      return vscode.l10n.t('Quotes (italic, tinted)');
    case 'speaker':
      return vscode.l10n.t('Speakers of quotes (bold)');
    case 'reported':
      return vscode.l10n.t('Reported statements (dotted overline)');
    case 'annotations':
      return vscode.l10n.t('Your annotations (underline per kind)');
    case 'suggestions':
      return vscode.l10n.t('Suggested annotations (dotted underline)');
    case 'needsReview':
      return vscode.l10n.t('Annotations that need review (wavy underline)');
    case 'labels':
      return vscode.l10n.t('Annotation labels above the paragraph');
    case 'kindIcons':
      return vscode.l10n.t('Annotation kind icons in the gutter');
    case 'overviewRuler':
      return vscode.l10n.t('Marks in the scroll bar');
  }
}

const STATE_KEY = 'sorot.layers.shown';

export class LayerVisibility implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Context keys `sorot.layer.<id>` for menus (Show / Hide in the editor title). */
  private readonly shownKeys = new Map(VISIBLE_LAYERS.map((l) => [l, new ContextKey(`sorot.layer.${l}`, false)]));
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly state: vscode.Memento) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sorot.decorations')) this.changed();
      }),
    );
    this.updateContext();
  }

  /** The workspace's choices: layer → shown. Layers absent follow their setting. */
  private get choices(): Partial<Record<VisibleLayer, boolean>> {
    return this.state.get<Partial<Record<VisibleLayer, boolean>>>(STATE_KEY, {});
  }

  isShown(layer: VisibleLayer): boolean {
    const chosen = this.choices[layer];
    if (chosen !== undefined) return chosen;
    return vscode.workspace.getConfiguration('sorot.decorations').get<boolean>(SETTING[layer], true);
  }

  /** Records the workspace's choice for each layer given. */
  async show(shown: Partial<Record<VisibleLayer, boolean>>): Promise<void> {
    await this.state.update(STATE_KEY, { ...this.choices, ...shown });
    this.changed();
  }

  /** Drops the workspace's choice so the layer follows its setting again (the older
   *  per-layer toggle commands change the setting). */
  async forget(layers: readonly VisibleLayer[]): Promise<void> {
    const next = { ...this.choices };
    for (const l of layers) delete next[l];
    await this.state.update(STATE_KEY, next);
    this.changed();
  }

  settingOf(layer: VisibleLayer): string {
    return SETTING[layer];
  }

  private changed(): void {
    this.updateContext();
    this.emitter.fire();
  }

  private updateContext(): void {
    for (const [l, key] of this.shownKeys) void key.set(this.isShown(l));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** "Sorot: Show Layers…": every layer as a checkbox; what is ticked shows, in this
 *  workspace, until changed again. */
export async function pickLayers(visibility: LayerVisibility): Promise<void> {
  type Item = vscode.QuickPickItem & { layer: VisibleLayer };
  const items: Item[] = VISIBLE_LAYERS.map((layer) => ({ layer, label: layerLabel(layer), picked: visibility.isShown(layer) }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Sorot: Show Layers'),
    placeHolder: vscode.l10n.t('Tick the layers to show in articles of this workspace'),
  });
  if (!picked) return;
  const on = new Set(picked.map((p) => p.layer));
  await visibility.show(Object.fromEntries(VISIBLE_LAYERS.map((l) => [l, on.has(l)])) as Record<VisibleLayer, boolean>);
}
