// `npm test`: build, type-check, lint, then vitest. Ends with the plain line CI reads,
// `N passed, N failed`, counted from vitest's JSON reporter (its own summary is not one CI reads).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const report = '.vitest-report.json';
let failedSteps = 0;
let passed = 0;
let failed = 0;

function step(name, cmd, args) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  const ok = r.status === 0;
  console.log(`[test] ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status ?? r.signal})`} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (!ok) failedSteps++;
  return ok;
}

step('build', 'node', ['build.mjs']);
step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) ? passed++ : failed++;
step('lint', 'npx', ['eslint', 'src']) ? passed++ : failed++;

rmSync(report, { force: true });
const extra = process.argv.slice(2);
step('vitest', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests ?? 0;
  failed += json.numFailedTests ?? 0;
  // A test file that fails to load has no failed tests but is a failure all the same.
  for (const f of json.testResults ?? []) if (f.status === 'failed' && (f.assertionResults ?? []).length === 0) failed++;
} catch (e) {
  console.error(`[test] could not read ${report}: ${e.message}`);
  failed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps > 0 ? 1 : 0);
