// ESLint (flat config): the recommended JavaScript and typescript-eslint rules, run by
// `npm test` beside prettier (formatting) and tsc (types). Rules that fight the house
// style are set here, each with its reason.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-test-*/', 'data/', 'coverage/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: {
      // tsc's noUnusedLocals/noUnusedParameters already check this, with `_` for deliberate gaps.
      '@typescript-eslint/no-unused-vars': 'off',
      // Lines stay within 120 characters; prettier wraps code, this catches comments and strings.
      'max-len': ['error', { code: 120, ignoreUrls: true }],
      // Control characters are matched on purpose: to strip them from input and to tell ASCII.
      'no-control-regex': 'off',
    },
  },
  {
    // The stand-in servers and their tests read arbitrary platform JSON.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
