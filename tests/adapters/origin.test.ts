import { describe, expect, it } from 'vitest';
import { hostOf, isScannableUrl, isSiteKey, patternFor, siteOf, sitesOfPattern } from '../../src/shared/origin.js';

describe('origin helpers', () => {
  it('keys sites by scheme and host, without port or path', () => {
    expect(siteOf('https://www.example.com/news/a?b=c#d')).toBe('https://www.example.com');
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('http://127.0.0.1');
    expect(siteOf('HTTPS://EXAMPLE.com')).toBe('https://example.com');
    for (const bad of ['chrome://extensions', 'about:blank', 'file:///etc/passwd', 'moz-extension://x/popup.html', 'javascript:alert(1)', '', 'not a url', 42, null]) {
      expect(siteOf(bad)).toBeNull();
    }
  });

  it('knows which pages can be scanned at all', () => {
    expect(isScannableUrl('https://example.com/article')).toBe(true);
    expect(isScannableUrl('https://chromewebstore.google.com/detail/x')).toBe(false);
    expect(isScannableUrl('https://addons.mozilla.org/en-US/firefox/')).toBe(false);
    expect(isScannableUrl('view-source:https://example.com')).toBe(false);
    expect(isScannableUrl(`https://example.com/${'a'.repeat(9000)}`)).toBe(false);
  });

  it('turns a site into its permission pattern and back', () => {
    expect(patternFor('https://example.com')).toBe('https://example.com/*');
    expect(sitesOfPattern('https://example.com/*')).toEqual({ all: false, sites: ['https://example.com'] });
    expect(sitesOfPattern('*://example.com/*')).toEqual({ all: false, sites: ['http://example.com', 'https://example.com'] });
    expect(sitesOfPattern('https://*/*').all).toBe(true);
    expect(sitesOfPattern('<all_urls>').all).toBe(true);
    expect(sitesOfPattern('https://*.example.com/*')).toEqual({ all: false, sites: [] });
  });

  it('validates site keys strictly and labels them by host', () => {
    expect(isSiteKey('https://example.com')).toBe(true);
    expect(isSiteKey('https://example.com/')).toBe(false);
    expect(isSiteKey('https://example.com:443')).toBe(false);
    expect(hostOf('https://www.example.com')).toBe('www.example.com');
  });
});
