/** What every renderer needs from the context it draws in. */

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface RenderOptions {
  /**
   * The reader's URL for an excerpt. Pass `readerLink` (reader-link.ts); renderers take it as an
   * option so they stay free of extension APIs and can be tested with any DOM.
   */
  readerUrl: (sourceId: string, passageId: string, text?: string) => string;
  /**
   * Opens a reader link instead of letting the browser follow it. Extension pages open a tab;
   * the in-page card must go through the background, because a web page may not navigate to an
   * extension page that is not web-accessible. Without it the link opens in a new tab itself.
   */
  openLink?: (url: string) => void;
  /** Level of the renderer's own headings (default 3). */
  headingLevel?: HeadingLevel;
  /** At most this many excerpts per fact (default: all). */
  maxExcerpts?: number;
}

export function headingTag(level: HeadingLevel | undefined): `h${HeadingLevel}` {
  return `h${level ?? 3}`;
}

export function deeper(level: HeadingLevel | undefined): HeadingLevel {
  return Math.min((level ?? 3) + 1, 6) as HeadingLevel;
}
