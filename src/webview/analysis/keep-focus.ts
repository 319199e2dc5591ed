// A redraw replaces the filters and every chart (a live refresh, a filter change, a new
// width, another measure): the element that had the keyboard focus goes with it, and the
// reader would be thrown back to the top of the page. What it was (its chart, its name,
// a mark's number) is noted before the redraw and the same element focused after.

export interface FocusNote {
  /** The id of the chart's section, for an element inside one. */
  chart?: string;
  name: string;
  /** A mark's data-mark-index; undefined for a control. */
  mark?: number;
  tag: string;
}

/** An element's name as a screen reader says it (and the page reports the focus by). */
export function focusLabel(el: Element): string {
  return el.getAttribute('aria-label') ?? el.textContent ?? '';
}

/** What has the focus inside `container`, if the page has the focus at all: a webview's
 *  document keeps its active element while the reader types in the editor, and a redraw
 *  then must not pull the focus back into the view. */
export function noteFocus(container: HTMLElement): FocusNote | undefined {
  const el = document.activeElement;
  if (!document.hasFocus() || !el || !container.contains(el)) return undefined;
  const chart = el.closest('section.chart')?.id;
  const mark = el.getAttribute('data-mark-index');
  return { ...(chart ? { chart } : {}), name: focusLabel(el), ...(mark === null ? {} : { mark: Number(mark) }), tag: el.tagName };
}

/** Focuses the element of the redrawn `container` that `note` describes: the one of the
 *  same name, else (a mark whose counts changed) the mark of the same number, the last
 *  one if the chart has fewer now. A mark focused this way becomes its chart's tab stop. */
export function restoreFocus(container: HTMLElement, note: FocusNote | undefined): void {
  if (!note) return;
  const scope = note.chart === undefined ? container : [...container.querySelectorAll('section.chart')].find((s) => s.id === note.chart);
  if (!scope) return;
  const candidates = [...scope.querySelectorAll<HTMLElement | SVGElement>(note.mark === undefined ? note.tag : '[data-mark-index]')];
  const target = candidates.find((c) => focusLabel(c) === note.name) ?? (note.mark === undefined ? undefined : scope.querySelector<SVGElement>(`[data-mark-index="${Math.min(note.mark, candidates.length - 1)}"]`));
  if (!target) return;
  if (note.mark !== undefined) {
    for (const c of candidates) c.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
  }
  target.focus({ preventScroll: true });
}
