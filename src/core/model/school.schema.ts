import { z } from 'zod'
import { DEFAULT_CALENDAR } from '../coverage/calendar'
import { DocBase } from './base.schema'

export const DistrictSchema = DocBase.extend({
  name: z.string(),
  /** School year and semester dates; the default when the district has not set them. */
  calendar: z.object({ yearStart: z.string(), springStart: z.string() }).default(DEFAULT_CALENDAR),
})
export type District = z.infer<typeof DistrictSchema>

export const SchoolSchema = DocBase.extend({
  districtId: z.string(),
  name: z.string(),
  stage: z.enum(['kindergarten', 'primary', 'middle']),
})
export type School = z.infer<typeof SchoolSchema>

export const ClassSchema = DocBase.extend({
  schoolId: z.string(),
  grade: z.number().int().min(1).max(12),
  name: z.string(),
  headTeacherId: z.string().nullable(),
})
export type SchoolClass = z.infer<typeof ClassSchema>
