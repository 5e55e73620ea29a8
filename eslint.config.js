// The project lints itself: typescript-eslint's strict type-checked rules, and
// eslint-plugin-eslint-plugin on our own rules.
import eslint from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const IDENTITY_FROM_SCOPE =
  'Identity comes from scope analysis (ASTUtils.findVariable) and the type checker, never from source text:';

/**
 * The two ways rules have decided which thing a name means by its text: a
 * RegExp built from a name, and comparing what `getText()` prints.
 */
const identityFromText = [
  {
    // `new RegExp(x)`, `RegExp(\`\\b${name}\\b\`)`: anything but a literal (a string, a regex) or a template without `${}`.
    selector: [
      ':matches(NewExpression, CallExpression)[callee.type="Identifier"][callee.name="RegExp"]',
      ':not([arguments.0.type="Literal"])',
      ':not([arguments.0.type="TemplateLiteral"][arguments.0.expressions.length=0])',
    ].join(''),
    message: `${IDENTITY_FROM_SCOPE} a RegExp built from a name breaks on names like \`$i\` or \`étape\` and matches every other variable of that name. Resolve the identifier to its variable instead.`,
  },
  {
    // `a.getText(x) === b.getText(y)`, `getText(x) !== text`, `node.getText() == name`, either side, `?.` too.
    selector: [
      'BinaryExpression[operator=/^[!=]==?$/]:matches(',
      ['left', 'right']
        .flatMap(side => [
          `[${side}.callee.property.name="getText"]`,
          `[${side}.callee.name="getText"]`,
          `[${side}.expression.callee.property.name="getText"]`,
        ])
        .join(', '),
      ')',
    ].join(''),
    message: `${IDENTITY_FROM_SCOPE} two nodes that print alike may be different variables (a shadowing one, another scope's), and one variable may be written in several ways. Compare variables (ASTUtils.findVariable) or symbols (checker.getSymbolAtLocation) instead.`,
  },
];

export default defineConfig(
  {
    ignores: ['dist/', 'coverage/', 'tests/fixtures/', 'examples/', 'bench/corpus/', '**/*.md/**'],
  },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Require|Disallow|Enforce)' }],
      'eslint-plugin/require-meta-schema-default': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...identityFromText] },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    // Plain Node scripts; listed here rather than pulling in the `globals` package.
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
);
