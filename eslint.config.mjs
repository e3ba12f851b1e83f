// ESLint: recommended JavaScript and typescript-eslint rules over every TypeScript and
// script file; formatting is Prettier's (npm run format), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '**/node_modules/**',
      '.cache/**',
      'test-results/**',
      'coverage/**',
      'reports/**',
      '.stryker-tmp/**',
      '.vscode-test/**',
      'out/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The protocol test client passes untyped JSON-RPC payloads through as they come.
    files: ['test/protocol/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
