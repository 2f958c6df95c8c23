// The corpus artifacts are built by `npm run corpus` into dist/corpus and imported via this alias.
declare module '@corpus/corpus.json' {
  const value: unknown;
  export default value;
}
declare module '@corpus/lexicon.json' {
  const value: unknown;
  export default value;
}
declare module '@corpus/content-lexicon.json' {
  const value: unknown;
  export default value;
}
// The content script imports its card stylesheet as minified text (see build/content-script-plugin.ts).
declare module '*.css' {
  const css: string;
  export default css;
}
