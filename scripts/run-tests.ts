/**
 * `npm test`: lint and format checks, type checks, unit tests, a production build, end-to-end tests, then the closing
 * line `tests: N passed, N failed`, which prints whatever failed on the way.
 * `npm run test:all` (CI) first re-runs every Python twin on real Django (`--django`).
 *
 * A failed step is counted and the rest still run where they can: the end-to-end tests need a
 * build, so a failed build skips them and says so.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const failedSteps: string[] = [];
/** Vitest steps report their own failed tests in test-results/; the others count as one each. */
const VITEST_STEPS = new Set(['unit tests', 'end-to-end tests']);

function step(name: string, args: string[]): boolean {
  console.log(`\n== ${name}: npm ${args.join(' ')}`);
  const result = spawnSync(npm, args, { stdio: 'inherit' });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(name);
  return ok;
}

rmSync('test-results', { recursive: true, force: true });
if (process.argv.includes('--django')) step('real Django', ['run', 'django:check']);
step('lint', ['run', 'lint']);
step('type checks', ['run', 'check']);
step('unit tests', ['run', 'test:unit']);
if (step('build', ['run', 'build'])) step('end-to-end tests', ['run', 'test:e2e']);
else console.log('end-to-end tests not run: the build failed');

if (failedSteps.length > 0) console.log(`\nfailed steps: ${failedSteps.join(', ')}`);
const summary = spawnSync(
  process.execPath,
  ['scripts/test-summary.ts', ...failedSteps.filter((name) => !VITEST_STEPS.has(name)).map((name) => `--failed-step=${name}`)],
  { stdio: 'inherit' },
);
process.exitCode = failedSteps.length > 0 || summary.status !== 0 ? 1 : 0;
