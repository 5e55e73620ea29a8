// The benchmark's floor: a reference rule that asks TypeScript only the two
// questions any rule about retries on stage error codes must ask — the type of
// every `.code` read and of every `join`/`refreshStrategy`/`replaceStrategy`
// receiver — in the files our whole-file gate lets through, and reports nothing.
// What it adds to the baseline is what type information alone costs in those
// files; our rules are compared with it, as the anchors are.
import { fileCanSeeSdk } from '../dist/src/file-gate.js';
import { readSettings } from '../dist/src/settings.js';

const RETRY_RECEIVER = 'CallExpression > MemberExpression.callee[property.name=/^(join|refreshStrategy|replaceStrategy)$/]';

const typeQuestions = {
  meta: { type: 'problem', schema: [], docs: { description: 'Benchmark floor: asks, never reports' } },
  create(context) {
    const services = context.sourceCode.parserServices;
    const file = services.esTreeNodeToTSNodeMap.get(context.sourceCode.ast);
    if (!fileCanSeeSdk(services.program, readSettings(context.settings), file)) {
      return {};
    }
    return {
      'MemberExpression[property.name="code"]'(node) {
        services.getTypeAtLocation(node);
      },
      [RETRY_RECEIVER](node) {
        services.getTypeAtLocation(node.object);
      },
    };
  },
};

export default { meta: { name: 'bench-floor' }, rules: { 'type-questions': typeQuestions } };
