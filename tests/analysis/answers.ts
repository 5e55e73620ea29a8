// The shape of the analysis unit tests: a test-only rule reports each answer as
// message `answer`, and a case lists the answers it expects by line.
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { createRule } from '../../src/create-rule.js';

export type Report = (node: TSESTree.Node, answer: string) => void;

type Context = Readonly<TSESLint.RuleContext<'answer', []>>;

/**
 * A test-only rule (type information required) whose listeners, from `listen`,
 * report each answer as message `answer`.
 */
export function answerRule(
  name: string,
  description: string,
  listen: (context: Context, report: Report) => TSESLint.RuleListener,
) {
  return createRule<[], 'answer'>({
    name,
    meta: {
      type: 'problem',
      docs: { description, requiresTypeChecking: true },
      messages: { answer: '{{answer}}' },
      schema: [],
    },
    create(context) {
      return listen(context, (node, answer) => {
        context.report({ node, messageId: 'answer', data: { answer } });
      });
    },
  });
}

/**
 * The cases after `header`: `body` expecting one report per entry of
 * `expected`, written `'line: answer'` with the line counted in `body` from 1,
 * in source order.
 */
export function answersAfter(header: string) {
  const headerLines = header.split('\n').length - 1;
  return (body: string, ...expected: `${number}: ${string}`[]) => ({
    name: body,
    code: header + body,
    errors: expected.map(entry => {
      const colon = entry.indexOf(': ');
      return {
        messageId: 'answer' as const,
        data: { answer: entry.slice(colon + 2) },
        line: headerLines + Number(entry.slice(0, colon)),
      };
    }),
  });
}
