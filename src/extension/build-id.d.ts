/** Provided by scripts/build-id.mjs when esbuild bundles the extension: a hash of the
 *  sources the bundle was made from. */
declare module 'sorot:build-id' {
  export const BUILD_ID: string;
}
