// Entry for dist/core.js: exposes the same scan() the content script uses, for in-page benchmarks.
import { scan } from './scan.js';

(globalThis as { AppealSpotter?: unknown }).AppealSpotter = { scan };
