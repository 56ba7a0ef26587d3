// The ONLY importer of webextension-polyfill. Chrome 120+ and Firefox both return promises
// natively, so this file is where the polyfill can be dropped later.
import browser from 'webextension-polyfill';
import type { BackgroundApi, ContentApi, PageApi } from './api.js';

/** The real API, typed as the slices this extension uses (checked against the polyfill types). */
export const backgroundApi: BackgroundApi = browser as unknown as BackgroundApi;
export const contentApi: ContentApi = browser as unknown as ContentApi;
export const pageApi: PageApi = browser as unknown as PageApi;

// Compile-time checks that the slices match the polyfill's own types where it matters.
const _check: {
  sendMessage: PageApi['runtime']['sendMessage'];
  request: PageApi['permissions']['request'];
  register: BackgroundApi['scripting']['registerContentScripts'];
} = {
  sendMessage: browser.runtime.sendMessage,
  request: browser.permissions.request,
  register: browser.scripting.registerContentScripts,
};
void _check;
