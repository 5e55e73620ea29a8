// The benchmark's floor: a reference rule that asks TypeScript one question only,
// the type of every `.code` read, in the files our whole-file gate lets through,
// and reports nothing. In the corpus every `.code` read is a guard on a stage
// error's code (a comparison or a switch), which no rule about error codes can
// leave unread; in an error listener the first such question also makes
// TypeScript resolve `stage.on(…)` to type the listener's parameter. What the floor
// adds to the lint is what reading the guards costs before any rule logic.
import { fileCanSeeSdk } from '../dist/src/sdk/file-gate.js';
import { readSettings } from '../dist/src/sdk/settings.js';

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
    };
  },
};

export default { meta: { name: 'bench-floor' }, rules: { 'type-questions': typeQuestions } };
