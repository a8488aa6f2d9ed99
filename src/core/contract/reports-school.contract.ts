// Dashboards: a school's figures by grade, class, teacher, format and category; the teacher sheet; tap-through lists.
export const schoolActions = {} as const
