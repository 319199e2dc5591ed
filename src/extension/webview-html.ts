// What every Sorot webview page needs: a fresh nonce for its Content Security Policy, and
// text escaped for HTML (element text and attribute values alike).

/** 128 random bits as hex, new for every page render (CSP script-src / style-src). */
export function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
