// The verdict the stage-tracking helpers compute for a Stage: what the file
// shows being done to it.

/** What the file shows happening to a stage. */
export interface StageFate {
  /** Started: a Stage joined; a RealTimeConnection connected, or joined through a Stage built with it. */
  readonly joined: boolean;
  readonly listened: boolean;
  /** It reaches code the file does not show, or holds a value we cannot follow. */
  readonly escapes: boolean;
}

export const NO_FATE: StageFate = { joined: false, listened: false, escapes: false };
export const ESCAPES: StageFate = { joined: false, listened: false, escapes: true };
export const JOINED: StageFate = { joined: true, listened: false, escapes: false };
export const LISTENED: StageFate = { joined: false, listened: true, escapes: false };

export function mergeFates(a: StageFate, b: StageFate): StageFate {
  return {
    joined: a.joined || b.joined,
    listened: a.listened || b.listened,
    escapes: a.escapes || b.escapes,
  };
}
