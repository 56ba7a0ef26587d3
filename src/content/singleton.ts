// One content-script instance per page, whatever injected it (registration, executeScript,
// or both): a later injection asks the running instance to rescan instead of starting again.
import type { ContentHandle } from './controller.js';

export const INSTANCE_KEY = Symbol.for('appeal-spotter.content');
type Holder = { [INSTANCE_KEY]?: ContentHandle };

export function ensureRunning(holder: object, start: (onStop: () => void) => ContentHandle): ContentHandle {
  const h = holder as Holder;
  const existing = h[INSTANCE_KEY];
  if (existing?.alive) {
    existing.rescan();
    return existing;
  }
  let handle: ContentHandle | undefined;
  handle = start(() => { if (handle && h[INSTANCE_KEY] === handle) delete h[INSTANCE_KEY]; });
  if (handle.alive) h[INSTANCE_KEY] = handle;
  return handle;
}
