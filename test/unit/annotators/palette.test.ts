// The annotator palette as contributed in package.json: one colour per slot of the core
// palette, legible on the editor background of every theme kind and far enough apart to
// tell two annotators apart (contrast per WCAG 2; distance as CIE76 ΔE in Lab).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ANNOTATOR_PALETTE } from '../../../src/core/annotations/annotator-colours';

type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';
const BACKGROUND: Record<ThemeKind, string> = { light: '#ffffff', dark: '#1e1e1e', highContrast: '#000000', highContrastLight: '#ffffff' };
/** VS Code's default editorError.foreground per theme kind: no annotator may look like an error. */
const ERROR: Record<ThemeKind, string> = { light: '#e51400', dark: '#f14c4c', highContrast: '#f48771', highContrastLight: '#b5200d' };

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  contributes: { colors: Array<{ id: string; defaults: Record<ThemeKind, string> }> };
};

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
function lab(hex: string): [number, number, number] {
  const [r, g, b] = rgb(hex).map(linear);
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047, r * 0.2126 + g * 0.7152 + b * 0.0722, (r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));

describe('annotator palette (package.json colours)', () => {
  const colours = ANNOTATOR_PALETTE.map((name) => pkg.contributes.colors.find((c) => c.id === `sorot.annotator.${name}`));

  it('contributes one theme colour per palette slot', () => {
    assert.ok(colours.every(Boolean), 'every slot has its sorot.annotator.<name> colour');
  });

  for (const kind of Object.keys(BACKGROUND) as ThemeKind[]) {
    it(`is legible, distinguishable and unlike the error colour in ${kind} themes`, () => {
      const values = colours.map((c) => c!.defaults[kind]);
      for (const [i, v] of values.entries()) {
        const ratio = contrast(v, BACKGROUND[kind]);
        assert.ok(ratio >= 4.5, `${ANNOTATOR_PALETTE[i]} ${v} on ${BACKGROUND[kind]}: contrast ${ratio.toFixed(2)} < 4.5`);
      }
      for (const [i, v] of values.entries()) {
        const d = deltaE(v, ERROR[kind]);
        assert.ok(d >= 25, `${ANNOTATOR_PALETTE[i]} ${v} is too close to the error colour ${ERROR[kind]}: ΔE ${d.toFixed(1)}`);
      }
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const d = deltaE(values[i], values[j]);
          assert.ok(d >= 18, `${ANNOTATOR_PALETTE[i]} / ${ANNOTATOR_PALETTE[j]} in ${kind}: ΔE ${d.toFixed(1)} < 18`);
        }
      }
    });
  }
});
