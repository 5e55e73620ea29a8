// Every rule of the plugin, by name.
import exhaustiveErrorSwitch from './exhaustive-error-switch.js';

export const rules = {
  'exhaustive-error-switch': exhaustiveErrorSwitch,
};
