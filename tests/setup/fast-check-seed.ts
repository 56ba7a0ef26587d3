// CI must be reproducible: property tests draw from one fixed seed unless FC_SEED says
// otherwise. `FC_SEED=random npm test` explores new cases; a failure prints its seed and
// counterexample, and `FC_SEED=<that seed>` replays it.
import fc from 'fast-check';

const raw = process.env.FC_SEED;
if (raw !== 'random') {
  const seed = raw !== undefined && /^-?\d+$/.test(raw) ? Number(raw) : 20261128;
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
