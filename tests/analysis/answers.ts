// The shape of the analysis unit tests: a test-only rule reports each answer as
// message `answer`, and a case lists the answers it expects by line.

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
