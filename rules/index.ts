// Every rule of the plugin, by name.
import exhaustiveErrorSwitch from './exhaustive-error-switch.js';
import noRetryOnFatalError from './no-retry-on-fatal-error.js';
import requireErrorListener from './require-error-listener.js';

export const rules = {
  'exhaustive-error-switch': exhaustiveErrorSwitch,
  'no-retry-on-fatal-error': noRetryOnFatalError,
  'require-error-listener': requireErrorListener,
};
