// Entry for dist/core.js: exposes the same scan() and startScan() the content script uses, for in-page benchmarks.
import { scan, startScan } from './scan.js';

(globalThis as { AppealSpotter?: unknown }).AppealSpotter = { scan, startScan };
