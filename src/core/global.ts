// Entry for dist/core.js: exposes the same scan(), startScan() and prepareScanner() the content script uses, for in-page benchmarks.
import { prepareScanner } from './prepare.js';
import { scan, startScan } from './scan.js';

(globalThis as { AppealSpotter?: unknown }).AppealSpotter = { scan, startScan, prepareScanner };
