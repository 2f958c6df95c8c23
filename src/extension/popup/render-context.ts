/** How the popup renders corpus views: reader links open in a new tab. */
import browser from 'webextension-polyfill';
import { readerLink } from '../ui/reader-link.js';
import type { RenderOptions } from '../ui/render-options.js';

export function openInTab(url: string): void {
  void browser.tabs.create({ url });
}

export const popupRenderOptions: RenderOptions = {
  readerUrl: readerLink,
  openLink: openInTab,
  headingLevel: 3,
  maxExcerpts: 2,
};
