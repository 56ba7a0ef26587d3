// Public entry of the scanner. Pure: takes a Document, returns plain data.
export type * from './types.js';
export { PRIMARY_KINDS } from './types.js';
export { scan, startScan, type ScanJob } from './scan.js';
export { prepareScanner } from './prepare.js';
export { paragraphsToDocument } from './text-document.js';
