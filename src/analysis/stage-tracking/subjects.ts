// The Stage as a subject of tracking: `new Stage(…)` (or a subclass) creates
// one, `join()` starts it, and a StageEvents.ERROR listener is what it needs.
import { type ListenerRegistration, registeredEventOf } from '../../sdk/stage-events.js';
import { ESCAPES, LISTENED, NO_FATE, type StageFate } from './fates.js';
import type { Subject, Tracker } from './tracker.js';

export const STAGE_SUBJECT: Subject = {
  creates: (types, type) => types.isStageType(type),
  starter: 'join',
  listenerFate: errorListenerFate,
};

/** `stage.on(ev, fn)`: a listener for ERROR, for something else, or we cannot tell. */
function errorListenerFate(tracker: Tracker, registration: ListenerRegistration): StageFate {
  switch (registeredEventOf(tracker.types, registration)) {
    case 'error':
      return LISTENED;
    case 'other':
      return NO_FATE;
    case 'unknown':
      return ESCAPES;
  }
}
