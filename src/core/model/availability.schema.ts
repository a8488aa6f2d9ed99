import { z } from 'zod'
import { DocBase } from './base.schema'
import { VisitFormatSchema } from './visit.schema'

/** Which days a window repeats on. */
export const AVAILABILITY_DAYS = ['weekday', 'weekend'] as const
export const AvailabilityDaysSchema = z.enum(AVAILABILITY_DAYS)
export type AvailabilityDays = z.infer<typeof AvailabilityDaysSchema>

/** A weekly window a guardian is usually free in, Shanghai wall-clock times (HH:mm). */
export const FreeWindowSchema = z.object({ days: AvailabilityDaysSchema, from: z.string(), to: z.string() })
export type FreeWindow = z.infer<typeof FreeWindowSchema>

/** When a guardian (one user) is usually free for a visit, and which formats suit them. Id `av:<userId>`. */
export const AvailabilitySchema = DocBase.extend({
  userId: z.string(),
  windows: z.array(FreeWindowSchema),
  formats: z.array(VisitFormatSchema),
  updatedAt: z.string(),
})
export type Availability = z.infer<typeof AvailabilitySchema>

export const availabilityId = (userId: string) => `av:${userId}`
