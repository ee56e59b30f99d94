// What the JSON tests share; the table and error helpers every format uses are in test/support.

/** The enums and bools of a `SessionInfo` decoded from `{}`. */
export const SESSION_DEFAULTS = {
  dialState: "None",
  callState: "Disconnected",
  queueState: "None",
  channel: "Voice",
  ended: false,
  holdReason: "None",
  direction: "Incoming",
  wasMissed: false,
} as const;

/** The enums and bools of a `SessionMemberInfo` decoded from `{}`. */
export const MEMBER_DEFAULTS = { isOriginalMember: false, callState: "None", role: "None", muted: false } as const;
