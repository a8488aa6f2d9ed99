// Steps shared by the visit-record browser tests: a visit already held with its prep complete, and the
// teacher opening its record on a phone.
import type { Page } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { completePrep } from '../support/record'
import { ok, type TestServer } from '../support/test-server'
import { see, signInById, slidIn, tap } from './browser'

const CLASS_ID = 'cls-qs-3-2'
export const teacherId = demo.headTeacher(CLASS_ID)
export const family = demo.familiesOf(CLASS_ID)[0]!
/** Agreed through the API for 3 Dec, then moved to 30 Nov (before the frozen "now"): held, prep complete. */
export async function heldVisit(srv: TestServer, day = '2026-11-30') {
  const slot = { startAt: '2026-12-03T15:00:00+08:00', endAt: '2026-12-03T16:00:00+08:00', format: 'home' as const, place: null }
  const v = ok(await srv.call(teacherId, 'visits', 'propose', { studentId: family.student._id, topic: '了解孩子近况', options: [slot] }))
  const p = ok(await srv.call(family.parent, 'visits', 'get', { visitId: v.visitId }))
  const agreed = ok(
    await srv.call(family.parent, 'visits', 'respond', {
      visitId: v.visitId,
      version: p.version,
      command: { kind: 'accept', optionId: p.options[0]!.id },
    }),
  ).agreed!
  const option = { ...agreed.option, startAt: `${day}T07:00:00.000Z`, endAt: `${day}T08:00:00.000Z` }
  await srv.direct.update('visits', v.visitId, { agreed: { ...agreed, option }, options: [option], startAt: option.startAt })
  await completePrep(srv, v.visitId, demo.schoolId)
  return v.visitId
}

/** From the visit page, as the teacher does; `submitted`: the record is in, so the button reads 查看. */
export async function openRecord(page: Page, srv: TestServer, visitId: string, submitted = false) {
  await signInById(page, srv.url, teacherId)
  await see(page, '我的班级')
  await page.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
  await tap(page, submitted ? '查看家访记录' : '填写家访记录')
  await see(page, submitted ? '家访记录已提交' : '一、家庭情况')
  await slidIn(page)
}
