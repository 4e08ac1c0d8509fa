// ESLint: JavaScript's and typescript-eslint's recommended rules over the TypeScript sources.
// Formatting is Prettier's job (prettier.config.mjs); types are tsc's (`npm run check`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', '.astro/**', 'oracle/.venv/**', 'tests/fixtures/**', 'test-results/**', 'public/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mts,mjs}'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { URL: 'readonly', console: 'readonly', process: 'readonly' },
    },
    rules: {
      // The runtime stands in for Python: `Function` is how it spells "any class", and `any`
      // types values that are dynamically typed in Django itself (kwargs, QuerySet<any>).
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // As tsc's noUnused* flags: a leading underscore marks a name kept for its position.
      // Walking a chain that starts at `this` (a logger's parents) needs a local set to this.
      '@typescript-eslint/no-this-alias': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
