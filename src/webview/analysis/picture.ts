// One chart as one self-contained SVG: its title, its legend and Plot's chart, with the
// theme's colours and font written in. The view shows this SVG and exports the same,
// as SVG text or as a PNG drawn from it at twice the size.
import type { ChartPicture, LegendItem } from './charts';
import type { Theme } from './theme';

const SVG_NS = 'http://www.w3.org/2000/svg';
const SWATCH = 12;
const ROW = 20;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** Legend entries laid out in rows across `width`; returns the group and its height. */
function legendGroup(items: readonly LegendItem[], theme: Theme, width: number): { g: SVGGElement; height: number } {
  const g = el('g', { 'font-size': 12 });
  let x = 0, y = 0;
  for (const item of items) {
    const w = SWATCH + 6 + 6.8 * item.label.length + 18;
    if (x > 0 && x + w > width) {
      x = 0;
      y += ROW;
    }
    if (item.line) g.append(el('line', { x1: x, x2: x + SWATCH + 2, y1: y + SWATCH / 2, y2: y + SWATCH / 2, stroke: item.color, 'stroke-width': 3 }));
    else g.append(el('rect', { x, y, width: SWATCH, height: SWATCH, rx: 2, fill: item.color, 'fill-opacity': item.pale ? 0.45 : 1 }));
    const text = el('text', { x: x + SWATCH + 6, y: y + SWATCH - 1.5, fill: theme.foreground });
    text.textContent = item.label;
    g.append(text);
    x += w;
  }
  return { g, height: items.length ? y + ROW : 0 };
}

/** The chart's SVG with a title and legend above it; `nonce` lets Plot's own <style>
 *  element pass the page's Content Security Policy. */
export function composePicture(title: string, chart: ChartPicture, theme: Theme, nonce: string): SVGSVGElement {
  const inner = chart.svg;
  for (const style of inner.querySelectorAll('style')) style.setAttribute('nonce', nonce);
  const width = Number(inner.getAttribute('width')) || 640;
  const innerHeight = Number(inner.getAttribute('height')) || 400;
  const legend = legendGroup(chart.legend, theme, width - 8);
  const top = 30 + legend.height + (legend.height ? 8 : 0);
  const svg = el('svg', { xmlns: SVG_NS, width, height: top + innerHeight, viewBox: `0 0 ${width} ${top + innerHeight}`, 'font-family': theme.font, role: 'img' });
  svg.style.color = theme.foreground;
  svg.append(el('rect', { width: '100%', height: '100%', fill: theme.background }));
  const heading = el('text', { x: 4, y: 18, 'font-size': 15, 'font-weight': 600, fill: theme.foreground });
  heading.textContent = title;
  const label = el('title', {});
  label.textContent = title;
  svg.append(label, heading);
  legend.g.setAttribute('transform', 'translate(4, 30)');
  svg.append(legend.g);
  inner.setAttribute('x', '0');
  inner.setAttribute('y', String(top));
  svg.append(inner);
  return svg;
}

export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}

/** A PNG data URL of the SVG at `scale` times its size (drawn through an image). */
export async function pngDataUrl(svg: SVGSVGElement, scale = 2): Promise<string> {
  const width = Number(svg.getAttribute('width')), height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
