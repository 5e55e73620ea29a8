// The README works for someone who copies from it: every relative link points
// at a file that exists, every JavaScript snippet is a complete module (its
// imports included), and "Developing" holds exactly the two commands CI runs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

/** The bodies of the fenced blocks of one language, with the line each starts on. */
function blocks(language: RegExp): { line: number; code: string }[] {
  const lines = readme.split('\n');
  const found: { line: number; code: string }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const fence = /^```(\w*)\s*$/.exec(lines[index] ?? '');
    if (!fence) {
      continue;
    }
    const end = lines.findIndex((line, at) => at > index && line.startsWith('```'));
    if (language.test(fence[1] ?? '')) {
      found.push({ line: index + 1, code: lines.slice(index + 1, end).join('\n') });
    }
    index = end;
  }
  return found;
}

describe('README.md', () => {
  const links = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
    .map(match => match[1] ?? '')
    .filter(target => !/^[a-z]+:/.test(target));

  it('has relative links to check', () => {
    expect(links.length).toBeGreaterThan(3);
  });

  it.each(links)('links to %s, which exists', target => {
    expect(existsSync(path.join(root, target))).toBe(true);
  });

  const snippets = blocks(/^(js|mjs)$/);
  it.each(snippets.map(snippet => [snippet.line, snippet.code] as const))(
    'the js snippet at line %i is a complete module: every name it uses is imported or declared',
    (_line, code) => {
      const messages = new Linter().verify(code, {
        languageOptions: { sourceType: 'module', ecmaVersion: 'latest' },
        rules: { 'no-undef': 'error' },
      });
      expect(messages.map(message => message.message)).toEqual([]);
    },
  );

  it('shows the two set-up commands under "Developing", the ones CI reads', () => {
    const commands = execFileSync(process.execPath, [path.join(root, 'scripts', 'readme-commands.mjs')], {
      encoding: 'utf8',
    });
    expect(commands.trim().split('\n')).toEqual(['npm run demo', 'npm test']);
  });
});
