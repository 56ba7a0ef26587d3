// Settings in storage.local, always read through `migrate`. Writes are serialised so two quick
// changes from the popup cannot overwrite each other.
import type { BackgroundApi } from '../platform/api.js';
import { migrate, NOTICE_KEY, SETTINGS_KEY, type Settings, type SettingsNotice } from '../shared/settings.js';

type Storage = { readonly storage: Pick<BackgroundApi['storage'], 'local'> };

export async function loadSettings(api: Storage): Promise<{ settings: Settings; notice?: SettingsNotice }> {
  const stored = await api.storage.local.get(SETTINGS_KEY);
  return migrate(stored[SETTINGS_KEY]);
}

/** Reads, migrates and (when it was not clean) rewrites the stored settings with a notice for the options page. */
export async function repairStoredSettings(api: Storage): Promise<Settings> {
  const { settings, notice } = await loadSettings(api);
  if (notice) await api.storage.local.set({ [SETTINGS_KEY]: settings, [NOTICE_KEY]: notice });
  return settings;
}

export async function saveSettings(api: Storage, settings: Settings): Promise<void> {
  await api.storage.local.set({ [SETTINGS_KEY]: settings });
}

export async function readNotice(api: Storage): Promise<SettingsNotice | null> {
  const stored = await api.storage.local.get(NOTICE_KEY);
  const n = stored[NOTICE_KEY];
  if (typeof n !== 'object' || n === null) return null;
  const code = (n as { code?: unknown }).code;
  const detail = (n as { detail?: unknown }).detail;
  if (code !== 'migrated' && code !== 'repaired' && code !== 'reset-corrupt' && code !== 'reset-newer') return null;
  return typeof detail === 'string' ? { code, detail } : { code };
}

/** Runs async tasks one after another (read-modify-write of settings must not interleave). */
export function serialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
