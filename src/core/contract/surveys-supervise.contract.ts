// Supervision: disputes and random phone spot-checks (leaders).
export const superviseActions = {} as const
