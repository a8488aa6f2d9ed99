// The reports' collections (issue 14), spread into the one declaration in src/core/collections.ts.
import { z } from 'zod'
import { defineCollection } from '../collection'
import { DocBase } from '../model/base.schema'

export const REPORT_KINDS = ['school', 'district'] as const
export const JOB_STATES = ['running', 'done', 'failed'] as const

/** A report being built in bounded slices (each poll or scheduler tick advances one). */
export const ReportJobSchema = DocBase.extend({
  kind: z.enum(REPORT_KINDS),
  schoolId: z.string().nullable(),
  districtId: z.string(),
  ownerUserId: z.string(),
  periodId: z.string(),
  state: z.enum(JOB_STATES),
  step: z.number().int(),
  steps: z.number().int(),
  /** What the earlier slices gathered, for the next ones (figures and lists: a school's, bounded). */
  data: z.unknown(),
  fileId: z.string().nullable(),
  name: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type ReportJob = z.infer<typeof ReportJobSchema>

/** A submitted report: immutable; another submit for the same period is a new version. */
export const ReportSubmissionSchema = DocBase.extend({
  schoolId: z.string(),
  schoolName: z.string(),
  districtId: z.string(),
  periodId: z.string(),
  version: z.number().int().min(1),
  jobId: z.string(),
  fileId: z.string(),
  name: z.string(),
  /** The figures as submitted (the school total), so later data never changes what was sent. */
  figures: z.record(z.string(), z.union([z.string(), z.number()])),
  submittedBy: z.string(),
  submittedByName: z.string(),
  submittedAt: z.string(),
})
export type ReportSubmission = z.infer<typeof ReportSubmissionSchema>

export const REPORT_COLLECTIONS = [
  defineCollection('report_jobs', ReportJobSchema, {
    indexes: [{ fields: ['ownerUserId', 'createdAt'] }, { fields: ['updatedAt'] }],
    // Retention: jobs not advanced for a day.
    queries: [{ where: { ownerUserId: 'eq' }, orderBy: ['createdAt desc'] }, { where: { updatedAt: 'range' } }],
  }),
  defineCollection('report_submissions', ReportSubmissionSchema, {
    indexes: [{ fields: ['schoolId', 'periodId', 'version'] }, { fields: ['districtId', 'periodId'] }, { fields: ['jobId'] }],
    queries: [
      // Retention: a job's file stays while a submission names it.
      { where: { jobId: 'eq' } },
      { where: { schoolId: 'eq', periodId: 'eq' }, orderBy: ['version desc'] },
      { where: { schoolId: 'eq', periodId: 'eq' } },
      { where: { districtId: 'eq', periodId: 'eq' }, orderBy: ['submittedAt'] },
      { where: { districtId: 'eq', periodId: 'eq' } },
    ],
  }),
] as const
