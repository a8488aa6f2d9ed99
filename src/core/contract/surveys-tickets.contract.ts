// Parents' opinions as tickets, and typical cases (典型案例).
export const ticketsActions = {} as const
