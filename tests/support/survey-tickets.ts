// Opinion-ticket and typical-case scenarios: a submitted record of a demo family whose texts name the
// child, the class, the school and a phone, as teachers do write them.
import { demo } from './demo'
import { familyNo, headTeacher, proposal } from './covisit'
import { completePrep, sampleRecord } from './record'
import { ok, type TestServer } from './test-server'

/** A visit on 3 December 2026 15:00 (or another December day before the 3rd), recorded at 16:30 with opinions and identifying texts. */
export async function submittedRecord(
  srv: TestServer,
  setNow: (iso: string) => void,
  i: number,
  opinions: string[],
  { opinionRoutes, day = '03' }: { opinionRoutes?: Array<'class' | 'school'>; day?: string } = {},
) {
  const family = familyNo(i)
  setNow('2026-12-01T02:00:00.000Z')
  const v = ok(await srv.call(headTeacher(), 'visits', 'propose', proposal(family.student._id, day)))
  const p = ok(await srv.call(family.parent, 'visits', 'get', { visitId: v.visitId }))
  const command = { kind: 'accept' as const, optionId: p.options[0]!.id }
  ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: p.version, command }))
  await completePrep(srv, v.visitId, demo.schoolId)
  setNow('2026-12-03T08:30:00.000Z')
  const record = {
    ...identifyingRecord(family.student.name, demo.className(family.student.classId), opinions),
    ...(opinionRoutes && { opinionRoutes }),
  }
  ok(await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId: v.visitId, record }))
  return { visitId: v.visitId, family, record }
}

export const SCHOOL_NAME = '大武口区青山小学'
export const PHONE = '13812345678'

export function identifyingRecord(child: string, className: string, opinions: string[]) {
  return sampleRecord({
    opinions,
    // 王 before 老师 is redacted as a surname: the reviewer may restore it.
    strategies: ['每天一起阅读二十分钟', '周末和王老师通一次电话'],
    guardian: { choice: 'grandparents', text: `${child}平时由奶奶照顾，奶奶电话${PHONE}` },
    summary: `${child}是${className}的小组长，在${SCHOOL_NAME}表现积极，我们约定每天一起阅读。`,
  })
}
