// The charts' marks with the keyboard: each chart is one tab stop (its first mark, or
// the one last visited), the arrow keys move between its marks, Home / End go to the
// first / last, Enter or Space lists the items behind the mark as a click does. A mark
// is a button named by its values (the words of its tooltip), and the focused one gets
// a ring in the theme's focus colour, drawn over the chart (an SVG element has no
// outline of its own that every shape shows alike).
import type { ChartPicture } from './charts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Distance between a mark and its focus ring, in the picture's pixels. */
const RING_GAP = 3;

export interface KeyboardMark {
  element: SVGElement;
  /** The mark's key in the view model (what the page posts for its items). */
  key: number;
  /** The first line of its tooltip: what the list of items is titled. */
  title: string;
}

/** The clickable marks of a drawn chart, in drawing order (layer by layer). */
export function marksOf(svg: SVGSVGElement, chart: ChartPicture): KeyboardMark[] {
  const out: KeyboardMark[] = [];
  for (const [className, keys] of chart.clickable) {
    for (const group of svg.querySelectorAll(`g.${className}`)) {
      for (const element of group.children) {
        // Plot binds each shape to its datum's index.
        const index = (element as Element & { __data__?: unknown }).__data__;
        if (element.tagName === 'title' || typeof index !== 'number' || keys[index] === undefined) continue;
        const tip = element.querySelector('title')?.textContent ?? '';
        out.push({ element: element as SVGElement, key: keys[index], title: tip.split('\n')[0] });
      }
    }
  }
  return out;
}

/**
 * Makes the marks of `svg` (drawn, in the page, inside `host`) reachable and operable with
 * the keyboard. `activate` is what Enter, Space and a click do with a mark. The listeners
 * go on the HTML host: Chromium makes an SVG element with focus listeners a tab stop.
 */
export function enableKeyboard(host: HTMLElement, svg: SVGSVGElement, chart: ChartPicture, chartTitle: string, activate: (mark: KeyboardMark, index: number, byKeyboard: boolean) => void): KeyboardMark[] {
  const marks = marksOf(svg, chart);
  // The picture is a group of buttons here (role img, right for an exported file, would
  // hide them from a screen reader).
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', chartTitle);
  marks.forEach((m, i) => {
    m.element.setAttribute('tabindex', i === 0 ? '0' : '-1');
    m.element.setAttribute('role', 'button');
    m.element.setAttribute('aria-label', (m.element.querySelector('title')?.textContent ?? m.title).split('\n').join(', '));
    m.element.dataset.markIndex = String(i);
  });
  // A ring in the focus colour on a halo of the background: it shows on a mark of any
  // colour, the focus colour's own included.
  const ring = document.createElementNS(SVG_NS, 'g');
  ring.setAttribute('aria-hidden', 'true');
  for (const part of ['sorot-focus-halo', 'sorot-focus-ring']) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('class', part);
    rect.setAttribute('rx', '3');
    ring.append(rect);
  }
  ring.style.display = 'none';
  svg.append(ring);

  const indexOf = (target: EventTarget | null): number => {
    const i = Number((target as SVGElement | null)?.dataset?.markIndex);
    return Number.isInteger(i) && marks[i]?.element === target ? i : -1;
  };
  const focus = (i: number) => {
    for (const m of marks) m.element.setAttribute('tabindex', '-1');
    marks[i].element.setAttribute('tabindex', '0');
    marks[i].element.focus();
  };
  host.addEventListener('keydown', (e) => {
    const i = indexOf(e.target);
    if (i < 0) return;
    const last = marks.length - 1;
    const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? Math.min(last, i + 1) : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? Math.max(0, i - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : undefined;
    if (to !== undefined) {
      e.preventDefault();
      focus(to);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault(); // Space would scroll the page
      activate(marks[i], i, true);
    }
  });
  host.addEventListener('click', (e) => {
    const element = (e.target as Element).closest('[data-mark-index]');
    const i = indexOf(element);
    if (i < 0) return;
    // The tab stop follows the mouse, so Tab comes back to the mark last used.
    for (const m of marks) m.element.setAttribute('tabindex', '-1');
    marks[i].element.setAttribute('tabindex', '0');
    activate(marks[i], i, false);
  });
  host.addEventListener('focusin', (e) => {
    const i = indexOf(e.target);
    if (i >= 0) placeRing(svg, ring, marks[i].element);
  });
  host.addEventListener('focusout', () => (ring.style.display = 'none'));
  return marks;
}

/** The ring around `element`'s box, in the outer SVG's coordinates (the mark may sit
 *  in Plot's nested SVG, under transforms). */
function placeRing(svg: SVGSVGElement, ring: SVGGElement, element: SVGElement): void {
  const toSvg = svg.getScreenCTM()?.inverse();
  if (!toSvg) return;
  const box = element.getBoundingClientRect();
  const corner = (x: number, y: number) => new DOMPoint(x, y).matrixTransform(toSvg);
  const a = corner(box.left, box.top), b = corner(box.right, box.bottom);
  for (const rect of ring.children) {
    rect.setAttribute('x', String(Math.min(a.x, b.x) - RING_GAP));
    rect.setAttribute('y', String(Math.min(a.y, b.y) - RING_GAP));
    rect.setAttribute('width', String(Math.abs(b.x - a.x) + 2 * RING_GAP));
    rect.setAttribute('height', String(Math.abs(b.y - a.y) + 2 * RING_GAP));
  }
  ring.style.display = '';
}
