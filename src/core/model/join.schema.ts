// Co-visitors: a colleague asks the visit's teacher to join (`join:<visitId>:<staffId>`, so a double tap
// is one request); once accepted, `co_visits` lists the visit on the colleague's agenda by its agreed start.
import { z } from 'zod'
import { DocBase } from './base.schema'

export const JOIN_STATES = ['pending', 'accepted', 'declined'] as const
export type JoinState = (typeof JOIN_STATES)[number]

export const JoinRequestSchema = DocBase.extend({
  schoolId: z.string(),
  visitId: z.string(),
  familyId: z.string(),
  staffId: z.string(),
  userId: z.string(),
  staffName: z.string(),
  claimantId: z.string(),
  state: z.enum(JOIN_STATES),
  at: z.string(),
  answeredAt: z.string().nullable(),
})
export type JoinRequest = z.infer<typeof JoinRequestSchema>

/** `cov:<visitId>:<staffId>`: the visit's agreed start (null until agreed), kept in step by every answer to the visit. */
export const CoVisitSchema = DocBase.extend({ staffId: z.string(), visitId: z.string(), startAt: z.string().nullable(), at: z.string() })
export type CoVisit = z.infer<typeof CoVisitSchema>

export const joinRequestId = (visitId: string, staffId: string) => `join:${visitId}:${staffId}`
export const coVisitId = (visitId: string, staffId: string) => `cov:${visitId}:${staffId}`
