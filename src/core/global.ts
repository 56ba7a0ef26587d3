// Entry for dist/core.js: exposes the same scan(), startScan() and preparePhrases() the content script uses, for in-page benchmarks.
import { scan, startScan } from './scan.js';
import { preparePhrases } from './signals/evaluate.js';

(globalThis as { AppealSpotter?: unknown }).AppealSpotter = { scan, startScan, preparePhrases };
