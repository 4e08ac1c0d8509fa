/**
 * The end-to-end suite on a busy machine: one CPU hog per core (a busy loop at normal priority)
 * runs for the whole time, and the suite runs ROUNDS times in a row (default 3) against the
 * current build; it stops at the first failing round. A test that waits for time instead of
 * for a state shows up here. Usage: `npm run test:e2e:loaded` (after `npm run build`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';

const rounds = Number(process.env.ROUNDS ?? 3);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const hogs: ChildProcess[] = Array.from({ length: availableParallelism() }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));

console.log(`${hogs.length} CPU hogs running (one per core); the end-to-end suite runs ${rounds} times in a row.`);
const results: string[] = [];
let failed = false;
for (let round = 1; round <= rounds && !failed; round += 1) {
  const started = Date.now();
  const result = spawnSync(npm, ['run', 'test:e2e'], { stdio: 'inherit' });
  const seconds = Math.round((Date.now() - started) / 1000);
  failed = result.status !== 0;
  results.push(`round ${round}: ${failed ? 'FAILED' : 'passed'} in ${seconds} s`);
  console.log(`\n== ${results.at(-1)}\n`);
}
stopHogs();
console.log(`End-to-end suite under load (${hogs.length} hogs):\n  ${results.join('\n  ')}`);
process.exitCode = failed ? 1 : 0;
