// The district dashboard: every school's row (district-data.ts), its outliers and its report's state.
import type { SubmissionView } from '../../../../core/contract/reports-export.contract'
import type { SchoolRow } from '../../../../core/contract/reports-export.contract'
import { localDateOf, periodLabel } from '../../../../core/coverage/calendar'
import { MAX_PAGE, type DocStore } from '../../../../core/ports/doc-store'
import { typedRepo } from '../../../../core/ports/typed-repo'
import { reportDeadline, submissionState } from '../../../../core/reports/district.rules'
import { OUTLIER_TEXTS, schoolRow } from '../../../../core/reports/district.sheets'
import { ReportSubmissionSchema, type ReportSubmission } from '../../../../core/reports/report.collections'
import { allPages } from '../../coverage/families'
import { districtData } from './district-data'

export type DistrictView = {
  districtName: string
  periodLabel: string
  deadline: string
  rules: string[]
  schools: SchoolRow[]
  submissions: SubmissionView[]
}

export const submissionsOf = (store: DocStore) => typedRepo(store, 'report_submissions', ReportSubmissionSchema)

export const submissionView = (s: ReportSubmission): SubmissionView => ({
  submissionId: s._id,
  schoolName: s.schoolName,
  version: s.version,
  submittedAt: s.submittedAt,
  submittedByName: s.submittedByName,
  figures: s.figures,
})

export async function districtView(store: DocStore, districtId: string, now: Date): Promise<DistrictView | null> {
  const data = await districtData(store, districtId, now)
  if (!data) return null
  const year = data.periods.year
  const subs = await allPages((skip) =>
    submissionsOf(store).find({ where: { districtId, periodId: year.id }, orderBy: [['submittedAt', 'asc']], limit: MAX_PAGE, skip }),
  )
  const firstOn = new Map<string, string>()
  for (const s of subs) if (!firstOn.has(s.schoolId)) firstOn.set(s.schoolId, localDateOf(s.submittedAt))
  const deadline = reportDeadline(year.first)
  const today = localDateOf(now)
  return {
    districtName: data.districtName,
    periodLabel: periodLabel(year.id),
    deadline,
    rules: OUTLIER_TEXTS,
    schools: data.schools.map(({ school, figures }) =>
      schoolRow(school._id, school.name, figures, submissionState(firstOn.get(school._id) ?? null, today, deadline)),
    ),
    submissions: subs.reverse().map(submissionView),
  }
}
