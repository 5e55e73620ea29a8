// Every rule of the plugin, by name.
import exhaustiveErrorSwitch from './exhaustive-error-switch.js';
import requireErrorListener from './require-error-listener.js';

export const rules = {
  'exhaustive-error-switch': exhaustiveErrorSwitch,
  'require-error-listener': requireErrorListener,
};
