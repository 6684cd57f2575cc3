// ESLint flat config: TypeScript-aware rules for app, models, tests and scripts, and the
// layer rules that keep imports running one way (docs/architecture.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layers, lowest first. A folder may import from any lower layer, never a higher one.
 * i18n and its locale packs are one layer; ui and clinician share a layer but stay apart.
 * embed/ and src/main.tsx are the two entry points: they put the app on a page, so they sit
 * on top and nothing imports them.
 */
export const LAYERS = [
  ['content'],
  ['i18n', 'locales'],
  ['case'],
  ['timeline'],
  ['scene'],
  ['ui', 'clinician'],
  ['app'],
  ['embed'],
];

/** Folders in one layer that must not import each other. */
const APART = ['ui', 'clinician'];

/** A flat-config block per folder that refuses imports from above it (or beside it). */
function layerRules() {
  const all = LAYERS.flat();
  const blocks = [
    {
      files: ['models/**/*.{ts,tsx,js,mjs}'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: '(^|/)src/',
                message:
                  'Layer rule: models/ is the lowest layer: it must not import from src/ (docs/architecture.md).',
              },
              {
                regex: '^(react|react-dom|three|@react-three/.*|gsap)(/.*)?$',
                message:
                  'Layer rule: models/ is pure: no React, three.js or GSAP, so it runs and tests anywhere (docs/architecture.md).',
              },
            ],
          },
        ],
      },
    },
  ];
  LAYERS.forEach((layer, rank) => {
    for (const folder of layer) {
      const beside = APART.includes(folder) ? [folder] : layer;
      const allowed = ['models', ...LAYERS.slice(0, rank).flat(), ...beside];
      const forbidden = all.filter((f) => !allowed.includes(f));
      blocks.push({
        files: [`src/${folder}/**/*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  regex: `^(\\.\\./)+(${forbidden.join('|')})/`,
                  message: `Layer rule: src/${folder}/ may import only ${allowed.join(', ')}; ${forbidden.join(', ')} ${forbidden.length === 1 ? 'is' : 'are'} above it or beside it (docs/architecture.md).`,
                },
              ],
            },
          ],
        },
      });
    }
  });
  return blocks;
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'tests/artifacts', 'tests/bench/.out'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...layerRules(),
);
