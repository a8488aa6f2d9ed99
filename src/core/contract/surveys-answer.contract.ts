// Questionnaires: what a guardian is sent and answers; the teacher's aggregates.
export const answerActions = {} as const
