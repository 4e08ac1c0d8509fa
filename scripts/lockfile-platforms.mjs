#!/usr/bin/env node
/**
 * Records, in package-lock.json, the platform-specific optional packages that the registry
 * reachable here does not serve (only the linux-x64 builds of Astro's compiler and Pagefind
 * exist on it). `npm install` leaves them out of the lock, and `npm ci` then refuses the lock
 * as out of sync. Each missing entry is added as an optional package restricted to its own
 * os/cpu, so npm ci skips it on every other platform, exactly as it would with a full lock.
 * Run after `npm install` changes the lock: node scripts/lockfile-platforms.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));

const OS_TOKENS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  android: 'android',
  wasm32: null,
};
const CPU_TOKENS = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', wasm32: 'wasm32' };

function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.map((token) => OS_TOKENS[token]).find((value) => value !== undefined);
  const cpu = tokens.map((token) => CPU_TOKENS[token]).find(Boolean);
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (lock.packages[key] || lock.packages[nested]) continue;
    if (!/^\d+\.\d+\.\d+/.test(spec)) continue;
    lock.packages[key] = { version: spec, optional: true, ...platformOf(name) };
    added += 1;
  }
}

const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platforms: ${added} platform package(s) recorded`);
