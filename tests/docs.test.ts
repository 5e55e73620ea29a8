// The docs cannot lie: every ❌ example of a rule page is reported by that rule,
// every ✅ example is clean, and the snippets are real modules using the SDK.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { lintWithPlugin } from './lint.js';

const docsDir = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'docs', 'rules');

interface Example {
  kind: 'correct' | 'incorrect';
  code: string;
  line: number;
}

/** ```ts blocks under a heading with ❌ or ✅. */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  let kind: Example['kind'] | undefined;
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.startsWith('#')) {
      kind = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : undefined;
    } else if (kind && /^```tsx?\s*$/.test(line)) {
      const end = lines.indexOf('```', index + 1);
      examples.push({ kind, code: lines.slice(index + 1, end).join('\n'), line: index + 1 });
      index = end;
    }
  }
  return examples;
}

const pages = readdirSync(docsDir).filter(file => file.endsWith('.md'));

describe.each(pages)('docs/rules/%s', page => {
  const rule = `ivs-stage/${page.replace(/\.md$/, '')}`;
  const examples = examplesOf(readFileSync(path.join(docsDir, page), 'utf8'));

  it('has both kinds of examples', () => {
    expect(examples.some(example => example.kind === 'incorrect')).toBe(true);
    expect(examples.some(example => example.kind === 'correct')).toBe(true);
  });

  it.each(examples.map(example => [example.line, example] as const))('example at line %i', async (_line, example) => {
    const result = await lintWithPlugin(example.code);
    const fatal = result.messages.filter(message => message.fatal);
    expect(fatal).toEqual([]);
    const own = result.messages.filter(message => message.ruleId === rule);
    if (example.kind === 'incorrect') {
      expect(own.length).toBeGreaterThan(0);
    } else {
      expect(own).toEqual([]);
    }
  });
});
