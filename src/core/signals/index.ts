// All signal tables in one place, for the reader (read.ts) and for tests.
export { tokenSignals, LANDMARK_ROLES, LANDMARK_TAGS } from './tokens.js';
export { linkSignals, linkNeverMatch } from './links.js';
export { vendorSignals } from './vendors.js';
export type * from './table.js';
