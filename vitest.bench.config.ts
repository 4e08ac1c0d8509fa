import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config.ts';

// `npm run bench`: figures, never pass/fail timing assertions.
export default mergeConfig(unit, defineConfig({ test: { include: [], benchmark: { include: ['bench/**/*.bench.ts'] } } }));
