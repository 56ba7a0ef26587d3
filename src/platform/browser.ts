// The ONLY importer of webextension-polyfill. Chrome 120+ and Firefox both return promises
// natively, so this file is where the polyfill can be dropped later.
import browser from 'webextension-polyfill';
import type { BackgroundApi, ContentApi, PageApi } from './api.js';

/** The real API, typed as the slices this extension uses (see api.ts). No other code runs at load: a throw here would reach the page. */
export const backgroundApi: BackgroundApi = browser as unknown as BackgroundApi;
export const contentApi: ContentApi = browser as unknown as ContentApi;
export const pageApi: PageApi = browser as unknown as PageApi;
