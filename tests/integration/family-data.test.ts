// A family's own data (PIPL art. 45–46): a guardian reads and downloads exactly their families' data
// (special categories included: it is their declaration), every read audited; a correction request
// reaches the class's head teacher only, once per request id; the note they write goes back to the parent.
import { OWN_DATA_AUDIT_ACTION, OWN_DATA_EXPORT_AUDIT_ACTION } from '../../src/core/contract/privacy-own-data.contract'
import { runScheduler } from '../../src/api/scheduler'
import { demo } from '../support/demo'
import { answerV1, guardiansOf, recordedVisit } from '../support/surveys'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at: setNow } = serverOnMovedClock()
// A family of the class with declared categories, and a family with none, both with a parent on WeChat.
const CLASS = 'cls-qs-3-1'
const headTeacher = () => demo.headTeacher(CLASS)
const special = demo.familiesOf(CLASS).find((f) => demo.categoriesOf(f.student.familyId).length)!
const other = demo.familiesOf(CLASS).find((f) => f.student.familyId !== special.student.familyId)!
const audits = (action: string, targetId = special.student.familyId) => srv.direct.count('audit_log', { action, targetId })
const ask = (requestId: string, userId = special.parent, studentId = special.student._id, text = '孩子的出生年月登记错了，应是2017年3月') =>
  srv.call(userId, 'privacy', 'requestCorrection', { requestId, studentId, item: 'student', text })

test('a guardian sees their family whole — children, guardians, consents, declared categories — and no one else', async () => {
  const before = await audits(OWN_DATA_AUDIT_ACTION)
  const data = ok(await srv.call(special.parent, 'privacy', 'myData', {}))
  const family = data.families.find((f) => f.familyId === special.student.familyId)!
  expect(family.children.map((c) => c.name)).toContain(special.student.name)
  expect(family.children[0]!.consent.guardian).not.toBeNull()
  expect(family.categories).toEqual(demo.categoriesOf(special.student.familyId))
  expect(family.guardians.length).toBeGreaterThan(0)
  expect(family.guardians.filter((g) => g.isMe)).toHaveLength(1)
  // Another guardian's number is theirs: masked.
  for (const g of family.guardians.filter((x) => !x.isMe && x.phone)) expect(g.phone).toContain('*')
  const text = JSON.stringify(data)
  expect(text).not.toContain(other.student.name)
  expect(await audits(OWN_DATA_AUDIT_ACTION)).toBe(before + 1)
})

test('the download is a JSON file of the same data, the caller own, and audited', async () => {
  const before = await audits(OWN_DATA_EXPORT_AUDIT_ACTION)
  const { fileId, name } = ok(await srv.call(special.parent, 'privacy', 'myDataFile', { requestId: 'dl-1' }))
  expect(name).toMatch(/^我的信息-2026-12-01\.json$/)
  const file = (await srv.files.get(fileId))!
  expect(file.ownerUserId).toBe(special.parent)
  const parsed = JSON.parse(new TextDecoder().decode(file.bytes))
  expect(parsed.families[0].children.map((c: { name: string }) => c.name)).toContain(special.student.name)
  expect(await audits(OWN_DATA_EXPORT_AUDIT_ACTION)).toBe(before + 1)
})

test('a correction reaches the class head teacher only, once per request id', async () => {
  const first = ok(await ask('cor-req-1'))
  expect(ok(await ask('cor-req-1'))).toEqual(first)
  expect(await srv.direct.count('corrections', { userId: special.parent })).toBe(1)
  const head = headTeacher()
  expect(await srv.direct.count('inbox', { userId: head, title: '家长申请更正信息' })).toBe(1)
  const tasks = ok(await srv.call(head, 'privacy', 'correctionTasks', {})).tasks
  expect(tasks.map((t) => t.correctionId)).toEqual([first.correctionId])
  expect(tasks[0]).toMatchObject({ state: 'open', studentName: special.student.name, text: first.text })
  for (const who of [demo.teacherOf(CLASS, true), demo.headTeacher('cls-qs-3-2'), demo.headTeacherOfOtherSchool()]) {
    expect(ok(await srv.call(who, 'privacy', 'correctionTasks', {})).tasks).toEqual([])
    const denied = await srv.call(who, 'privacy', 'handleCorrection', { correctionId: first.correctionId, note: '好' })
    expect(denied).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  }
})

test('the head teacher marks it handled with a note the parent reads; the same note again is a retry', async () => {
  const [task] = ok(await srv.call(headTeacher(), 'privacy', 'correctionTasks', {})).tasks
  const note = '已核对户口本，出生年月改为2017-03。'
  const done = ok(await srv.call(headTeacher(), 'privacy', 'handleCorrection', { correctionId: task!.correctionId, note }))
  expect(done).toMatchObject({ state: 'handled', note })
  expect(ok(await srv.call(headTeacher(), 'privacy', 'handleCorrection', { correctionId: task!.correctionId, note }))).toEqual(done)
  const again = await srv.call(headTeacher(), 'privacy', 'handleCorrection', { correctionId: task!.correctionId, note: '另一条' })
  expect(again).toMatchObject({ ok: false, error: { code: 'DATA.CONFLICT' } })
  const mine = ok(await srv.call(special.parent, 'privacy', 'myData', {})).corrections
  expect(mine[0]).toMatchObject({ state: 'handled', note })
  expect(await srv.direct.count('inbox', { userId: special.parent, title: '更正申请已处理' })).toBe(1)
})

test('bad input and other families are refused, and nothing is written', async () => {
  const print = await fingerprint(srv.store)
  const notMine = await ask('cor-x1', special.parent, other.student._id)
  expect(notMine).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  expect(await ask('cor-x2', special.parent, 'stu-nope')).toEqual(notMine)
  expect(await ask('cor-x3', special.parent, special.student._id, '   ')).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  const badItem = await srv.callRaw(special.parent, 'privacy', 'requestCorrection', {
    requestId: 'cor-x4',
    studentId: special.student._id,
    item: 'salary',
    text: '错',
  })
  expect(badItem).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  expect(await srv.call(headTeacher(), 'privacy', 'myData', {})).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  // Reusing another parent's request id does not reveal or change their request.
  expect(await ask('cor-req-1', other.parent, other.student._id)).toMatchObject({ ok: false })
  expect(await fingerprint(srv.store)).toBe(print)
})

test('after withdrawing sensitive consent the parent still sees the declared categories; staff no longer do', async () => {
  ok(await srv.call(special.parent, 'accounts', 'setConsent', { studentId: special.student._id, kind: 'sensitive', given: false }))
  const family = ok(await srv.call(special.parent, 'privacy', 'myData', {})).families.find((f) => f.familyId === special.student.familyId)!
  expect(family).toMatchObject({ categories: demo.categoriesOf(special.student.familyId), sensitiveSharedWithStaff: false })
  const staffView = ok(await srv.call(headTeacher(), 'privacy', 'familyProfile', { studentId: special.student._id, reason: 'review' }))
  expect(staffView).toMatchObject({ categories: null, sensitiveHidden: 'consent_withdrawn' })
})

test('the visit summary shared with the parent and the questionnaire they answered are there, in words', async () => {
  const bound = guardiansOf(special.student.familyId).find((g) => g.userId === special.parent)!
  const visitId = await recordedVisit(srv, setNow, headTeacher(), special, [bound._id])
  const silent = { idempotent: true, send: async () => ({ ok: true as const }) }
  await runScheduler({ store: srv.store, notifier: silent }, new Date('2026-12-02T10:00:00.000Z'), { pause: async () => {} })
  setNow('2026-12-03T02:00:00.000Z')
  const [q] = ok(await srv.call(special.parent, 'surveys', 'myQuestionnaires', {})).items
  ok(await srv.call(special.parent, 'surveys', 'answer', { id: q!.id, answer: answerV1() }))
  const family = ok(await srv.call(special.parent, 'privacy', 'myData', {})).families.find((f) => f.familyId === special.student.familyId)!
  expect(family.children[0]!.visits[0]).toMatchObject({ record: null, submitted: true })
  expect(family.children[0]!.visits[0]!.shared?.summary).toBeTruthy()
  expect(family.answers).toMatchObject([{ visitId }])
  const items = family.answers[0]!.items
  expect(items.length).toBeGreaterThan(3)
  for (const x of items) expect(x.question).not.toMatch(/^[a-z_]+$/)
  expect(items.map((x) => x.answer)).toContain('是')
  // The other family sees none of it.
  const theirs = JSON.stringify(ok(await srv.call(other.parent, 'privacy', 'myData', {})))
  expect(theirs).not.toContain(special.student.name)
  expect(theirs).not.toContain(visitId)
})
