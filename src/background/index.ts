// Background entry (Chrome service worker / Firefox event page). Listeners are registered
// synchronously at top level so a restarted worker receives the event that woke it.
import { backgroundApi as api } from '../platform/browser.js';
import { createBackground } from './handlers.js';

const bg = createBackground(api);
const quiet = (p: Promise<unknown>): void => { p.catch(() => undefined); };

api.runtime.onMessage.addListener((message, sender) => bg.onMessage(message, sender));
api.runtime.onInstalled.addListener(() => quiet(bg.onInstalledOrStartup()));
api.runtime.onStartup.addListener(() => quiet(bg.onInstalledOrStartup()));
api.tabs.onUpdated.addListener((tabId, change, tab) => quiet(bg.onTabUpdated(tabId, change, tab)));
api.tabs.onRemoved.addListener((tabId) => quiet(bg.onTabRemoved(tabId)));
api.permissions.onAdded.addListener((p) => quiet(bg.onPermissionsAdded(p)));
api.permissions.onRemoved.addListener((p) => quiet(bg.onPermissionsRemoved(p)));
