// Deterministic builders for core tests.
import type { Visit, VisitOption } from '../../src/core/model/visit.schema'

export const NOW = new Date('2026-12-01T02:00:00.000Z') // 10:00 in Shanghai
export const at = (shanghai: string) => new Date(`${shanghai}+08:00`).toISOString()

export function buildOption(overrides: Partial<VisitOption> = {}): VisitOption {
  return { id: 'o-1', startAt: at('2026-12-03T15:00:00'), endAt: at('2026-12-03T16:00:00'), format: 'home', place: null, ...overrides }
}

export function buildVisit(overrides: Partial<Visit> = {}): Visit {
  const options = overrides.options ?? [
    buildOption(),
    buildOption({ id: 'o-2', startAt: at('2026-12-04T19:00:00'), endAt: at('2026-12-04T19:30:00'), format: 'video' }),
  ]
  return {
    _id: 'vis-1',
    _v: 1,
    schoolId: 'sch-qs',
    familyId: 'fam-1',
    studentIds: ['stu-1'],
    teacherId: 'stf-1',
    teacherUserId: 'usr-stf-1',
    teacherName: '王老师',
    periodId: '2026-autumn',
    required: true,
    topic: '聊聊孩子在校表现',
    status: 'awaiting_parent',
    options,
    offeredBy: 'teacher',
    offeredAt: at('2026-12-01T09:00:00'),
    homeDeclined: false,
    agreed: null,
    thread: [],
    cancelledBy: null,
    cancelReason: null,
    makeUpNeeded: false,
    startAt: null,
    createdAt: at('2026-12-01T09:00:00'),
    updatedAt: at('2026-12-01T09:00:00'),
    coVisitors: [],
    followUp: false,
    combinedSurvey: false,
    ...overrides,
  }
}

export function buildScheduled(overrides: Partial<Visit> = {}): Visit {
  const option = buildOption()
  return buildVisit({
    status: 'scheduled',
    agreed: {
      option,
      teacherConfirmedAt: at('2026-12-01T09:00:00'),
      parentConfirmedAt: at('2026-12-01T09:30:00'),
      parentUserId: 'usr-p',
      parentName: '李奶奶',
      viaPhone: false,
      guardianId: null,
      noticeVersion: 'v1',
    },
    startAt: option.startAt,
    ...overrides,
  })
}
