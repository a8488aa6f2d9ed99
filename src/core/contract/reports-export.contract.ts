// Reports: the school's report to the bureau (xlsx, submitted in the app), the district dashboard and summary.
export const exportActions = {} as const
