// "Corrupted values are migrated or reset WITH A NOTICE": a stored value that migrate() changes
// must come with a notice, or the options page never tells the user something was lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSiteKey } from '../../src/shared/origin.js';
import { migrate, MODES, SETTINGS_VERSION } from '../../src/shared/settings.js';

const siteArb = fc.domain().map((d) => `https://${d}`).filter(isSiteKey);

/** Clean settings with one site entry's field replaced by any JSON value. */
const almostCleanArb = fc.record({
  mode: fc.constantFrom(...MODES),
  allSites: fc.boolean(),
  site: siteArb,
  enabled: fc.oneof(fc.boolean(), fc.jsonValue()),
  supporter: fc.oneof(fc.boolean(), fc.jsonValue()),
}).map(({ mode, allSites, site, enabled, supporter }) => ({
  version: SETTINGS_VERSION, mode, allSites, sites: { [site]: { enabled, supporter } },
}));

describe('migrate() changes nothing silently', () => {
  it('without a notice, every known field of the stored value is kept as it was (2,000 cases)', () => {
    fc.assert(fc.property(almostCleanArb, (raw) => {
      const r = migrate(raw);
      if (r.notice) return;
      expect(r.settings.mode).toBe(raw.mode);
      expect(r.settings.allSites).toBe(raw.allSites);
      for (const [site, entry] of Object.entries(raw.sites)) {
        expect(r.settings.sites[site], site).toEqual({ enabled: entry.enabled, supporter: entry.supporter });
      }
    }), { numRuns: 2000 });
  });
});
