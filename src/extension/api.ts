// The API returned by activate(). Integration tests reach the extension's state through
// it (decoration ranges, tree providers...), so assertions never scrape the DOM.
// Each feature adds its own optional member.
export interface SorotApi {
  [feature: string]: unknown;
}
