/**
 * Sites where WhoSaid runs by itself: the reader grants them one by one as optional host permissions, so the
 * browser's own permission list is the truth (revocable there or on the options page). This module turns what the
 * reader types into a match pattern, describes patterns back, and picks the auto-run sites from granted origins.
 */
import { t } from './i18n.js';
import { isolated } from './presentation.js';

/** Match pattern for the sites a reader means by a host: a domain with its subdomains, or one IP/localhost. */
export function sitePattern(input: string): { pattern: string } | { error: string } {
  const text = input.trim();
  if (text === '') return { error: t('site_error_empty') };
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: t('site_error_scheme') };
    host = url.hostname.toLowerCase();
  } catch {
    return { error: t('site_error_address', { site: isolated(text) }) };
  }
  if (host.startsWith('[')) return { error: t('site_error_ipv6') };
  if (isIpOrLocal(host)) return { pattern: `*://${host}/*` };
  if (!host.includes('.') || host.endsWith('.')) return { error: t('site_error_partial', { site: isolated(text) }) };
  const domain = host.startsWith('www.') ? host.slice(4) : host;
  return { pattern: `*://*.${domain}/*` };
}

function isIpOrLocal(host: string): boolean {
  return host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/** What a pattern covers, in words: "example.com and its subdomains", "127.0.0.1". */
export function describePattern(pattern: string): string {
  const match = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(pattern);
  if (!match) return pattern;
  const host = match[2] ?? '';
  const site = host === '*' ? t('site_every') : host.startsWith('*.') ? t('site_and_subdomains', { site: host.slice(2) }) : host;
  return match[1] === '*' ? site : t('site_scheme_only', { scheme: match[1] ?? '', site });
}

/**
 * The auto-run sites: granted origins minus those the manifest itself requires (a test build's fixed localhost
 * access is not a reader's choice), and never the catch-all patterns.
 */
export function autoRunPatterns(granted: readonly string[], required: readonly string[]): string[] {
  const fixed = new Set(required);
  const catchAll = new Set(['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*']);
  return [...new Set(granted)].filter((origin) => !fixed.has(origin) && !catchAll.has(origin)).sort();
}

/** The origins a manifest requires outright (host_permissions and declared content script matches). */
export function requiredOrigins(manifest: {
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
}): string[] {
  return [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])];
}
