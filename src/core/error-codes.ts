// Every business error code, as DOMAIN.REASON. `err()` accepts only these, and the app's checks
// (`error.code === 'DATA.CONFLICT'`) compile against the same list, so a typo fails the build.
export const ERROR_CODES = {
  INPUT: ['INVALID', 'NOT_JSON', 'TOO_LARGE'],
  REQUEST: ['REUSED', 'IN_PROGRESS'],
  HTTP: ['BAD_URL', 'FOREIGN_HOST'],
  DEV: ['NOT_DEMO'],
  AUTH: ['UNAUTHENTICATED', 'UNBOUND', 'FORBIDDEN', 'NO_SUCH_USER'],
  DATA: ['NOT_FOUND', 'CONFLICT'],
  API: ['UNKNOWN_ACTION', 'NOT_FOUND', 'METHOD'],
  SYS: ['INTERNAL'],
  /** Raised in the app itself, never sent by the server. */
  NET: ['OFFLINE', 'BAD_RESPONSE'],
  BIND: ['NO_MATCH', 'TOO_MANY', 'ALREADY_DECIDED'],
  CONSENT: ['STALE_NOTICE'],
  INVITE: ['INVALID'],
  STAFF: ['REVOKED', 'SELF', 'ALREADY', 'TAKEN'],
  FILE: ['UNSUPPORTED', 'TOO_LARGE', 'NOT_FOUND', 'BAD_TYPE', 'PICK_FAILED', 'BAD_NAME', 'EMPTY'],
  IMPORT: ['BAD_FILE', 'HAS_ERRORS', 'TOO_LARGE', 'TOO_MANY_ROWS', 'RUNNING'],
  NOTIFY: ['SUBSCRIBE_FAILED'],
  VISIT: [
    'ALREADY_AGREED',
    'ALREADY_JOINED',
    'ALREADY_PROPOSED',
    'BAD_WINDOW',
    'CANCELLED',
    'CLASH',
    'CO_VISITOR',
    'COMPLETED',
    'DUPLICATE_OPTION',
    'FAMILY_CLAIMED',
    'HOME_DECLINED',
    'ILLEGAL',
    'JOIN_DECLINED',
    'NOT_A_GUARDIAN',
    'NOT_CLAIMED',
    'NOT_RESPONSIBLE',
    'NOT_SURVEY_FAMILY',
    'NOT_YOUR_TURN',
    'NO_REQUIRED_VISIT',
    'NO_SUCH_OPTION',
    'PAST',
    'REASON_REQUIRED',
    'SLOT_TAKEN',
    'STARTED',
    'TOO_FAR',
  ],
  /** Preparing a visit (the prep pack, colleagues' input). */
  PREP: ['INCOMPLETE', 'NOT_AGREED', 'READ_ONLY', 'NO_ACCOUNT'],
  /** Holding a visit: check-in / check-out, who took part, lone-visit safety. */
  HOLD: [
    'NOT_AGREED',
    'VIDEO',
    'TOO_EARLY',
    'DAY_OVER',
    'NOT_CHECKED_IN',
    'CHECKED_OUT',
    'BAD_PARTICIPANT',
    'BAD_CONTACT',
    'NO_CONTACT',
    'IN_PERSON',
    'HELD_REMOTELY',
  ],
  /** The visit record: submit, amend, drafts. */
  RECORD: ['NOT_HELD', 'SUBMITTED', 'NOT_SUBMITTED', 'AMEND_CLOSED', 'DRAFT_CONFLICT', 'BAD_DATE'],
  /** The tone check of record texts. */
  TONE: ['TOO_LONG'],
  /** Video visits: the room, join tickets, VoIP signatures, fallbacks. */
  VIDEO: [
    'NOT_AGREED',
    'ENDED',
    'NOT_STARTED',
    'BAD_TICKET',
    'ROOM_FULL',
    'NO_VOIP',
    'BAD_MEETING',
    'NO_PHONE',
    'DAY_OVER',
    'TOO_EARLY',
    'NO_MEETING',
  ],
  /** Satisfaction questionnaires, disputes and opinion tickets. */
  SURVEY: ['UNKNOWN_VERSION', 'CLOSED', 'ANSWERED', 'NOT_SENT', 'VERSION_TAKEN'],
  DISPUTE: ['RESOLVED', 'NOT_HEARD', 'NOT_ALLOWED'],
  TICKET: ['ANSWERED', 'NOT_OWNER'],
} as const

type Codes = typeof ERROR_CODES
export type ErrorDomain = keyof Codes
export type ErrorCode = { [D in ErrorDomain]: `${D}.${Codes[D][number]}` }[ErrorDomain]

export const ALL_ERROR_CODES: readonly ErrorCode[] = Object.entries(ERROR_CODES).flatMap(([d, reasons]) =>
  reasons.map((r) => `${d}.${r}` as ErrorCode),
)
