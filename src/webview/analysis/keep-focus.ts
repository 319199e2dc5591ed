// A redraw replaces every chart (a live refresh, a filter change, a new width, another
// measure): the element that had the keyboard focus goes with it, and the reader would be
// thrown back to the top of the page. What it was (its chart, its name, its place among
// the chart's marks) is noted before the redraw and the same element focused after.

export interface FocusNote {
  /** The id of the chart's section. */
  chart: string;
  /** The element's accessible name (a mark's names its values). */
  name: string;
  /** A mark's place among its chart's marks; undefined for a control. */
  mark?: number;
  tag: string;
}

const nameOf = (el: Element): string => el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '';

/** What has the focus inside `container`'s charts, if anything. */
export function noteFocus(container: HTMLElement): FocusNote | undefined {
  const el = document.activeElement;
  if (!el || !container.contains(el)) return undefined;
  const section = el.closest('section.chart');
  if (!section) return undefined;
  const mark = el.getAttribute('data-mark-index');
  return { chart: section.id, name: nameOf(el), ...(mark === null ? {} : { mark: Number(mark) }), tag: el.tagName };
}

/** Focuses the element of the redrawn charts that `note` describes: the one of the same
 *  name, else (a mark whose counts changed) the mark at the same place, the last one if
 *  the chart has fewer now. A mark focused this way becomes its chart's tab stop. */
export function restoreFocus(container: HTMLElement, note: FocusNote | undefined): void {
  if (!note) return;
  const section = [...container.querySelectorAll('section.chart')].find((s) => s.id === note.chart);
  if (!section) return;
  const candidates = [...section.querySelectorAll<HTMLElement | SVGElement>(note.mark === undefined ? note.tag : '[data-mark-index]')];
  const target = candidates.find((c) => nameOf(c) === note.name) ?? (note.mark === undefined ? undefined : candidates[Math.min(note.mark, candidates.length - 1)]);
  if (!target) return;
  if (note.mark !== undefined) {
    for (const c of candidates) c.setAttribute('tabindex', '-1');
    target.setAttribute('tabindex', '0');
  }
  target.focus({ preventScroll: true });
}
