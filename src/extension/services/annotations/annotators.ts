// Who annotated what, as the editor shows it: every annotator's stable colour (core
// annotator-colours: from the name, collisions resolved among the annotators this
// workspace has seen) and which annotators are hidden. Both are remembered per
// workspace (workspaceState), so colours do not shift between sessions and a hidden
// annotator stays hidden.
import * as vscode from 'vscode';
import { ANNOTATOR_PALETTE, assignColours, type AnnotatorColour } from '../../../core/annotations/annotator-colours';

const KNOWN_KEY = 'sorot.annotators.known';
const HIDDEN_KEY = 'sorot.annotators.hidden';

/** The contributed theme colour of a palette slot (package.json contributes.colors). */
export function annotatorColourId(slot: number): string {
  return `sorot.annotator.${ANNOTATOR_PALETTE[slot]}`;
}

/** The slot's colour as a CSS variable, for Markdown hovers (their sanitizer allows
 *  `color: var(--vscode-…)` on a span, letters and dashes only: hence named slots). */
export function annotatorColourCss(slot: number): string {
  return `var(--vscode-${annotatorColourId(slot).replace(/\./g, '-')})`;
}

export function colourName(colour: AnnotatorColour): string {
  const names: Record<AnnotatorColour, () => string> = {
    blue: () => vscode.l10n.t('blue'),
    orange: () => vscode.l10n.t('orange'),
    green: () => vscode.l10n.t('green'),
    pink: () => vscode.l10n.t('pink'),
    violet: () => vscode.l10n.t('violet'),
    olive: () => vscode.l10n.t('olive'),
    brown: () => vscode.l10n.t('brown'),
    cyan: () => vscode.l10n.t('cyan'),
  };
  return names[colour]();
}

export class Annotators implements vscode.Disposable {
  private known: Set<string>;
  private hidden: Set<string>;
  private colours: Map<string, number>;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when a colour or the visibility of an annotator changed. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly memento: vscode.Memento) {
    this.known = new Set(memento.get<string[]>(KNOWN_KEY, []));
    this.hidden = new Set(memento.get<string[]>(HIDDEN_KEY, []));
    this.colours = assignColours(this.known);
  }

  /** Records annotators seen in an article; recolours (and fires) only when one is new. */
  see(names: Iterable<string>): void {
    let added = false;
    for (const n of names) {
      if (!n || this.known.has(n)) continue;
      this.known.add(n);
      added = true;
    }
    if (!added) return;
    this.colours = assignColours(this.known);
    void this.memento.update(KNOWN_KEY, [...this.known].sort());
    this.emitter.fire();
  }

  /** Every annotator seen in this workspace, sorted. */
  all(): string[] {
    return [...this.known].sort();
  }

  slot(name: string): number {
    const slot = this.colours.get(name);
    if (slot !== undefined) return slot;
    this.see([name]);
    return this.colours.get(name) ?? 0;
  }

  colour(name: string): AnnotatorColour {
    return ANNOTATOR_PALETTE[this.slot(name)];
  }

  themeColour(name: string): vscode.ThemeColor {
    return new vscode.ThemeColor(annotatorColourId(this.slot(name)));
  }

  /** A small square in the annotator's colour, for Markdown with supportHtml. */
  swatch(name: string): string {
    return `<span style="color:${annotatorColourCss(this.slot(name))};">■</span>`;
  }

  isVisible(name: string): boolean {
    return !this.hidden.has(name);
  }

  hiddenNames(): string[] {
    return [...this.hidden].sort();
  }

  async setHidden(names: Iterable<string>): Promise<void> {
    const next = new Set(names);
    if (next.size === this.hidden.size && [...next].every((n) => this.hidden.has(n))) return;
    this.see(next);
    this.hidden = next;
    await this.memento.update(HIDDEN_KEY, [...next].sort());
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
