// settings['ivs-stage'] is validated once, with an error that names the bad key.
import { describe, expect, it } from 'vitest';

import { DEFAULT_STAGE_TYPES, readSettings } from '../../src/sdk/settings.js';
import { lintWithPlugin } from '../lint.js';

const settingsOf = (value: unknown) => ({ 'ivs-stage': value });

describe('readSettings', () => {
  it('gives the defaults without settings', () => {
    const settings = readSettings({});
    expect(settings.codes.size).toBe(0);
    expect(settings.stageTypes).toBe(DEFAULT_STAGE_TYPES);
    expect(settings.errorCodeTypes).toEqual([
      { from: 'package', package: 'amazon-ivs-web-broadcast', name: 'StageErrorCode' },
    ]);
  });

  it('reads reclassifications and specifiers', () => {
    const settings = readSettings(
      settingsOf({
        codes: { FAILED: 'retryable', TIMEOUT: 'terminal' },
        errorCodeTypes: ['MyCode', { from: 'file', name: ['A', 'B'], path: 'src/codes.ts' }],
        stageTypes: [{ from: 'package', package: '@acme/rtc', name: 'Room' }],
      }),
    );
    expect([...settings.codes]).toEqual([
      ['FAILED', 'retryable'],
      ['TIMEOUT', 'terminal'],
    ]);
    expect(settings.errorCodeTypes).toHaveLength(2);
    expect(settings.stageTypes).toEqual([{ from: 'package', package: '@acme/rtc', name: 'Room' }]);
  });

  it('parses a settings object once', () => {
    const raw = settingsOf({ codes: { FAILED: 'retryable' } });
    expect(readSettings(raw)).toBe(readSettings(raw));
  });

  it.each([
    [[], "settings['ivs-stage']: expected an object"],
    [{ code: {} }, "settings['ivs-stage'].code: unknown key (expected one of codes, connectionCodes, leftReasons, errorCodeTypes, stageTypes)"],
    [{ codes: [] }, "settings['ivs-stage'].codes: expected an object"],
    [{ codes: { FAILED: 'fatal' } }, `settings['ivs-stage'].codes.FAILED: unknown class "fatal" (expected one of 'token', 'terminal', 'retryable')`],
    [{ codes: { 'not a name': 'token' } }, "settings['ivs-stage'].codes.not a name: not a StageErrorCode member name"],
    [{ stageTypes: 'Stage' }, "settings['ivs-stage'].stageTypes: expected a non-empty array"],
    [{ stageTypes: [] }, "settings['ivs-stage'].stageTypes: expected a non-empty array"],
    [{ errorCodeTypes: [{ from: 'npm', name: 'X' }] }, `settings['ivs-stage'].errorCodeTypes[0]: "from" must be 'file', 'lib' or 'package', not "npm"`],
    [{ errorCodeTypes: ['Ok', { from: 'package', name: 'X' }] }, `settings['ivs-stage'].errorCodeTypes[1]: "package" must name the npm package`],
    [{ stageTypes: [{ from: 'lib', name: [] }] }, `settings['ivs-stage'].stageTypes[0]: "name" must be a non-empty string`],
    [{ stageTypes: [{ from: 'lib', name: 'X', path: 'y' }] }, `settings['ivs-stage'].stageTypes[0]: unknown key "path" for from: 'lib'`],
    [{ stageTypes: [42] }, "settings['ivs-stage'].stageTypes[0]: expected a type name or an object"],
    [{ stageTypes: [''] }, "settings['ivs-stage'].stageTypes[0]: a type name must not be empty"],
  ])('rejects %j', (value, message) => {
    expect(() => readSettings(settingsOf(value))).toThrow(message);
  });
});

describe('settings errors reach the user through ESLint', () => {
  const code = `
import { StageErrorCode } from 'amazon-ivs-web-broadcast';
declare const code: StageErrorCode;
switch (code) { default: break; }
`;

  it('names the bad key instead of a stack trace from a rule', async () => {
    await expect(
      lintWithPlugin(code, { settings: settingsOf({ codes: { FAILED: 'maybe' } }) }),
    ).rejects.toThrow(`settings['ivs-stage'].codes.FAILED: unknown class "maybe"`);
  });

  it('rejects a member name the installed enum does not have', async () => {
    await expect(
      lintWithPlugin(code, { settings: settingsOf({ codes: { STAGE_EXPLODED: 'terminal' } }) }),
    ).rejects.toThrow(
      `settings['ivs-stage'].codes.STAGE_EXPLODED: StageErrorCode has no member STAGE_EXPLODED (installed members: TOKEN_MALFORMED, TOKEN_EXPIRED,`,
    );
  });
});
