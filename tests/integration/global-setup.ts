// Runs once per `vitest run` for the integration project: builds and packs the
// plugin, installs every consumer variant, and hands their paths to the tests.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import type { TestProject } from 'vitest/node';

import {
  buildAndPack,
  createConsumer,
  readPluginFacts,
  PRIMARY_VARIANT,
  VARIANTS,
  type PluginFacts,
} from './harness.js';

declare module 'vitest' {
  export interface ProvidedContext {
    integration: {
      tarball: string;
      packedFiles: string[];
      /** Consumer project directory by variant id. */
      consumers: Record<string, string>;
      plugin: PluginFacts;
    };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // IVS_STAGE_INTEGRATION_DIR keeps the consumers between runs while working
  // on these tests: npm then only refreshes the plugin tarball.
  const kept = process.env.IVS_STAGE_INTEGRATION_DIR;
  const root = kept ?? (await mkdtemp(path.join(os.tmpdir(), 'ivs-stage-integration-')));
  await mkdir(root, { recursive: true });
  const teardown = async (): Promise<void> => {
    if (kept === undefined) {
      await rm(root, { recursive: true, force: true });
    }
  };
  try {
    const { tarball, files } = await buildAndPack(root);
    const consumers = Object.fromEntries(
      VARIANTS.map(variant => [variant.id, path.join(root, variant.id)]),
    );
    // npm's cache is safe for concurrent installs, and the installs wait on
    // the network and the disk more than on the two cores.
    await Promise.all(
      VARIANTS.map(variant => createConsumer(path.join(root, variant.id), tarball, variant)),
    );
    const plugin = await readPluginFacts(path.join(root, PRIMARY_VARIANT.id));
    project.provide('integration', { tarball, packedFiles: files, consumers, plugin });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
