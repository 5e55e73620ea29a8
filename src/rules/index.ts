// Every rule of the plugin, by name.
import exhaustiveErrorSwitch from './exhaustive-error-switch.js';
import noNumericErrorCode from './no-numeric-error-code.js';
import noRetryOnFatalError from './no-retry-on-fatal-error.js';
import requireErrorListener from './require-error-listener.js';

export const rules = {
  'exhaustive-error-switch': exhaustiveErrorSwitch,
  'no-numeric-error-code': noNumericErrorCode,
  'no-retry-on-fatal-error': noRetryOnFatalError,
  'require-error-listener': requireErrorListener,
};
