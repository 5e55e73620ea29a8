// Issue "Catch the bug where real apps have it": fixture apps written in the
// shapes of the public IVS apps that were missed (tests/fixtures/real-apps),
// linted as whole projects with the recommended configs. A variant that differs
// by a file (React's types present or not, a module that listens or not) is
// made from the committed app in a git-ignored folder beside it.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { projectFindings } from './lint-project.js';
import { FIXTURES_DIR } from './rule-tester.js';

const APPS = path.join(FIXTURES_DIR, 'real-apps');
const GENERATED = path.join(APPS, '.generated');

interface Change {
  drop?: string[];
  add?: Record<string, string>;
  edit?: Record<string, (text: string) => string>;
}

/** A copy of a committed app with files removed, added or edited. */
async function variant(app: string, name: string, change: Change): Promise<string> {
  const dir = path.join(GENERATED, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(GENERATED, { recursive: true });
  await cp(path.join(APPS, app), dir, { recursive: true });
  for (const file of change.drop ?? []) {
    await rm(path.join(dir, file));
  }
  for (const [file, text] of Object.entries(change.add ?? {})) {
    await writeFile(path.join(dir, file), text);
  }
  for (const [file, edit] of Object.entries(change.edit ?? {})) {
    const before = await readFile(path.join(dir, file), 'utf8');
    const after = edit(before);
    expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
    await writeFile(path.join(dir, file), after);
  }
  return dir;
}

describe('the AWS sample hook: created in one useCallback, joined through a ref in another', () => {
  const expected = ['src/hooks/useStage.js:39 ivs-stage/require-error-listener missingErrorListener'];

  it('JSX with React types: reported where the Stage is created', async () => {
    expect(await projectFindings(path.join(APPS, 'aws-hook'), true)).toEqual(expected);
  });

  it("JSX without React's types (known by the react import alone): the same finding", async () => {
    const dir = await variant('aws-hook', 'aws-hook-untyped', { drop: ['src/react.d.ts'] });
    expect(await projectFindings(dir, true)).toEqual(expected);
  });

  it('TSX: the same finding', async () => {
    expect(await projectFindings(path.join(APPS, 'aws-hook-tsx'), true)).toEqual([
      'src/useStage.tsx:32 ivs-stage/require-error-listener missingErrorListener',
    ]);
  });

  it('silent once the factory registers an ERROR listener', async () => {
    const dir = await variant('aws-hook', 'aws-hook-listening', {
      edit: {
        'src/hooks/useStage.js': text =>
          text.replace(
            'return stage;\n    },',
            'stage.on(StageEvents.ERROR, error => console.error(error.code));\n      return stage;\n    },',
          ),
      },
    });
    expect(await projectFindings(dir, true)).toEqual([]);
  });
});

describe('a zustand store that keeps the Stage in a module variable and exposes a getter', () => {
  it('no file listens: reported where the Stage is created, saying so', async () => {
    expect(await projectFindings(path.join(APPS, 'zustand-store'), true)).toEqual([
      'src/stores/useStageStore.js:22 ivs-stage/require-error-listener missingErrorListenerInProgram',
    ]);
  });

  it('a component listens through the untyped getter: silent', async () => {
    const dir = await variant('zustand-store', 'zustand-store-listening', {
      add: {
        'src/demos/ErrorBanner.jsx': `import { StageEvents } from 'amazon-ivs-web-broadcast';
import { useStageStore } from '../stores/useStageStore';

export function watchErrors() {
  useStageStore.getState().getStage()?.on(StageEvents.ERROR, error => console.error(error.code));
}
`,
      },
    });
    expect(await projectFindings(dir, true)).toEqual([]);
  });
});

describe('a Stage created in one module, joined in another', () => {
  it('a third module listens for ERROR: silent', async () => {
    expect(await projectFindings(path.join(APPS, 'multi-module'), true)).toEqual([]);
  });

  it('nobody listens: reported at the creation, saying that no file listens', async () => {
    const dir = await variant('multi-module', 'multi-module-unheard', { drop: ['src/error-banner.ts'] });
    expect(await projectFindings(dir, true)).toEqual([
      'src/stage-factory.ts:11 ivs-stage/require-error-listener missingErrorListenerInProgram',
    ]);
  });

  it('nobody listens, and no module joins what the factory makes: silent', async () => {
    const dir = await variant('multi-module', 'multi-module-unjoined', {
      drop: ['src/error-banner.ts'],
      edit: { 'src/session.ts': text => text.replace('  await stage.join();\n', '') },
    });
    expect(await projectFindings(dir, true)).toEqual([]);
  });
});

describe('stages that leave the file in other ways, in a program where nobody listens', () => {
  it('an exported Stage joined here, and a useMemo factory joined through its caller: both reported', async () => {
    const dir = await variant('multi-module', 'multi-module-exported', {
      drop: ['src/error-banner.ts'],
      add: {
        'src/shared-stage.ts': `import { Stage, SubscribeType } from 'amazon-ivs-web-broadcast';

export const sharedStage = new Stage('token', {
  stageStreamsToPublish: () => [],
  shouldPublishParticipant: () => false,
  shouldSubscribeToParticipant: () => SubscribeType.NONE,
});
await sharedStage.join();
`,
        'src/memo-hook.ts': `import { Stage, SubscribeType } from 'amazon-ivs-web-broadcast';
import { useMemo } from 'react';

export function useRoom(token: string) {
  const open = useMemo(
    () => () =>
      new Stage(token, {
        stageStreamsToPublish: () => [],
        shouldPublishParticipant: () => false,
        shouldSubscribeToParticipant: () => SubscribeType.NONE,
      }),
    [token],
  );
  return async () => {
    const stage = open();
    await stage.join();
  };
}
`,
      },
    });
    expect(await projectFindings(dir, true)).toEqual([
      'src/memo-hook.ts:7 ivs-stage/require-error-listener missingErrorListener',
      'src/shared-stage.ts:3 ivs-stage/require-error-listener missingErrorListenerInProgram',
      'src/stage-factory.ts:11 ivs-stage/require-error-listener missingErrorListenerInProgram',
    ]);
  });
});
