// Colours and font from the VS Code theme (the --vscode-* variables the webview gets),
// resolved to concrete values so an exported SVG or PNG looks as the view did.
export interface Theme {
  foreground: string;
  muted: string;
  background: string;
  border: string;
  font: string;
  /** Categorical colours for outlets, source types and actors. */
  categories: string[];
  favor: string;
  against: string;
  neutral: string;
  mixed: string;
  highContrast: boolean;
}

export function readTheme(): Theme {
  const css = getComputedStyle(document.body);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const highContrast = document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
  const blue = v('--vscode-charts-blue', '#3794ff');
  const orange = v('--vscode-charts-orange', '#d18616');
  const green = v('--vscode-charts-green', '#89d185');
  const purple = v('--vscode-charts-purple', '#b180d7');
  const yellow = v('--vscode-charts-yellow', '#cca700');
  const red = v('--vscode-charts-red', '#f14c4c');
  const foreground = v('--vscode-editor-foreground', v('--vscode-foreground', '#333333'));
  return {
    foreground,
    muted: v('--vscode-descriptionForeground', '#717171'),
    background: v('--vscode-editor-background', '#ffffff'),
    border: v('--vscode-panel-border', v('--vscode-widget-border', '#80808059')),
    font: v('--vscode-font-family', 'sans-serif'),
    // The theme's six chart colours, then two of d3's Tableau set for larger corpora.
    categories: [blue, orange, green, purple, yellow, red, '#9c755f', '#bab0ab'],
    favor: green,
    against: red,
    neutral: v('--vscode-disabledForeground', '#8b8b8b'),
    mixed: yellow,
    highContrast,
  };
}
