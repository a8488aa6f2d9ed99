import { z } from 'zod'
import { DocBase } from './base.schema'

export const DistrictSchema = DocBase.extend({ name: z.string() })
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
