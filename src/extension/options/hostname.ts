/** Turns what someone types as a site ("Example.com", "https://example.com/news") into its hostname. Pure. */

export function normaliseHostname(input: string): string | undefined {
  const raw = input.trim();
  if (!raw) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase();
  // Punycode names, IPv4 and bracketed IPv6 are what pages report as their hostname.
  return /^[a-z0-9.-]+$/.test(host) || /^\[[0-9a-f:.]+\]$/.test(host) ? host : undefined;
}
