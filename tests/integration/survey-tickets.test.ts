// Parents' opinions as tickets: a suggestion once however often it is sent, routed to the class's head
// teacher or the school; only the owner sees and answers it; the parent reads the answer; a record's
// opinions become tickets once, also when the record is amended; the leader's board counts what waits.
import { demo } from '../support/demo'
import { familyNo, headTeacher, principal } from '../support/covisit'
import { submittedRecord } from '../support/survey-tickets'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()

const parent = () => familyNo(1).parent
const otherParent = () => familyNo(2).parent
const otherHead = () => demo.headTeacher('cls-qs-3-1')
const suggestion = (requestId: string, to: 'class' | 'school', text: string) => ({ requestId, to, text })
const ticketsOf = (familyId: string) => srv.direct.find('tickets', { where: { familyId }, limit: 50 })

describe('a parent suggests, the owner answers', () => {
  let classTicket: string

  test('a suggestion is one ticket however often it is sent, routed to the class head teacher', async () => {
    at('2026-12-01T02:00:00.000Z')
    const first = ok(await srv.call(parent(), 'surveys', 'suggest', suggestion('req-1', 'class', '希望放学时校门口多一位老师')))
    const again = ok(await srv.call(parent(), 'surveys', 'suggest', suggestion('req-1', 'class', '希望放学时校门口多一位老师')))
    expect(again.ticketId).toBe(first.ticketId)
    expect(first).toMatchObject({ route: 'class', state: 'open', ageLabel: '今天提交', answer: null })
    const stored = await ticketsOf(familyNo(1).student.familyId)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ ownerId: demo.staffOf(headTeacher())._id, parentUserId: parent(), source: 'suggestion' })
    classTicket = first.ticketId
    ok(await srv.call(parent(), 'surveys', 'suggest', suggestion('req-2', 'school', '建议食堂公布每周菜谱')))
  })

  test('bad input and the wrong role: refused, nothing written', async () => {
    const print = await fingerprint(srv.store)
    expect(await srv.call(parent(), 'surveys', 'suggest', suggestion('req-3', 'class', '  '))).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID', message: '请写下您的建议' },
    })
    expect(await srv.callRaw(parent(), 'surveys', 'suggest', { requestId: 'r', to: 'district', text: '建议' })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' },
    })
    expect(await srv.call(headTeacher(), 'surveys', 'suggest', suggestion('req-4', 'class', '建议'))).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    })
    expect(await fingerprint(srv.store)).toBe(print)
  })

  test('the head teacher sees the class ticket aged, oldest first; the principal the school one; another class nothing', async () => {
    at('2026-12-04T02:00:00.000Z')
    const head = ok(await srv.call(headTeacher(), 'surveys', 'ticketsToAnswer', {}))
    expect(head.tickets.map((t) => [t.text, t.ageLabel, t.about])).toEqual([
      ['希望放学时校门口多一位老师', '已等待3天', familyNo(1).student.name],
    ])
    expect(head.age).toEqual({ open: 1, oldestDays: 3 })
    const lead = ok(await srv.call(principal(), 'surveys', 'ticketsToAnswer', {}))
    expect(lead.tickets.map((t) => t.text)).toEqual(['建议食堂公布每周菜谱'])
    expect(ok(await srv.call(otherHead(), 'surveys', 'ticketsToAnswer', {})).tickets).toEqual([])
    expect(ok(await srv.call(demo.headTeacherOfOtherSchool(), 'surveys', 'ticketsToAnswer', {})).tickets).toEqual([])
  })

  test('the leader board counts open tickets of the school, class and school alike, and the oldest age', async () => {
    const board = ok(await srv.call(principal(), 'coverage', 'board', {}))
    expect(board.tickets).toEqual({ open: 2, oldestDays: 3 })
  })

  test('only the owner answers; others find nothing; an answer replayed is the same answer', async () => {
    const print = await fingerprint(srv.store)
    for (const who of [otherHead(), demo.headTeacherOfOtherSchool(), demo.principal(demo.otherSchoolId)]) {
      const res = await srv.call(who, 'surveys', 'answerTicket', { ticketId: classTicket, text: '好的' })
      expect(res).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    }
    expect(await srv.call(parent(), 'surveys', 'answerTicket', { ticketId: classTicket, text: '好的' })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    })
    expect(await fingerprint(srv.store)).toBe(print)
    const text = '已和学校商量，下周起放学时增加一位值班老师。'
    const answered = ok(await srv.call(headTeacher(), 'surveys', 'answerTicket', { ticketId: classTicket, text }))
    expect(answered).toMatchObject({ state: 'answered', answer: { text } })
    expect(ok(await srv.call(headTeacher(), 'surveys', 'answerTicket', { ticketId: classTicket, text }))).toMatchObject({
      state: 'answered',
    })
    expect(await srv.call(headTeacher(), 'surveys', 'answerTicket', { ticketId: classTicket, text: '另一个回复' })).toMatchObject({
      ok: false,
      error: { code: 'TICKET.ANSWERED' },
    })
    const inbox = await srv.direct.find('inbox', { where: { userId: parent() }, limit: 50 })
    const told = inbox.filter((i) => i.title === '您提的意见有了回复')
    expect(told).toHaveLength(1)
    expect(told[0]!.body).not.toMatch(new RegExp(demo.nameOf(headTeacher())))
  })

  test('the parent reads their own tickets with the answer; another parent reads none of them', async () => {
    const mine = ok(await srv.call(parent(), 'surveys', 'myTickets', {})).tickets
    expect(mine.map((t) => [t.text, t.state, t.answer?.text ?? null])).toEqual([
      ['建议食堂公布每周菜谱', 'open', null],
      ['希望放学时校门口多一位老师', 'answered', '已和学校商量，下周起放学时增加一位值班老师。'],
    ])
    expect(mine.every((t) => t.about === '')).toBe(true)
    expect(ok(await srv.call(otherParent(), 'surveys', 'myTickets', {})).tickets).toEqual([])
    expect(ok(await srv.call(principal(), 'coverage', 'board', {})).tickets).toEqual({ open: 1, oldestDays: 3 })
  })
})

describe("a record's opinions", () => {
  let first: { visitId: string; familyId: string; record: Awaited<ReturnType<typeof submittedRecord>>['record'] }

  test('become class tickets on submit, once: a resubmission and an amendment add only what is new', async () => {
    const { visitId, family, record } = await submittedRecord(srv, at, 3, ['希望多组织户外活动', '作业能否少一点'])
    const familyId = family.student.familyId
    first = { visitId, familyId, record }
    expect((await ticketsOf(familyId)).map((t) => [t.text, t.source, t.route, t.parentUserId])).toEqual(
      expect.arrayContaining([
        ['希望多组织户外活动', 'record', 'class', null],
        ['作业能否少一点', 'record', 'class', null],
      ]),
    )
    const again = await srv.call(headTeacher(), 'visits', 'submitRecord', { visitId, record })
    expect(again).toMatchObject({ ok: false, error: { code: 'RECORD.SUBMITTED' } })
    const amended = { ...record, opinions: ['希望多组织户外活动', '作业能否少一点', '想了解课后服务'] }
    ok(await srv.call(headTeacher(), 'visits', 'amendRecord', { visitId, version: 1, record: amended }))
    ok(await srv.call(headTeacher(), 'visits', 'amendRecord', { visitId, version: 2, record: amended }))
    expect((await ticketsOf(familyId)).map((t) => t.text).sort()).toEqual(['作业能否少一点', '希望多组织户外活动', '想了解课后服务'].sort())
    // The family's parent reads the opinions written down in their visit, and the head teacher answers them.
    const theirs = ok(await srv.call(family.parent, 'surveys', 'myTickets', {})).tickets
    expect(theirs).toHaveLength(3)
    const ticketId = theirs[0]!.ticketId
    ok(await srv.call(headTeacher(), 'surveys', 'answerTicket', { ticketId, text: '下学期起每月一次户外活动。' }))
    expect(
      (await srv.direct.find('inbox', { where: { userId: family.parent }, limit: 50 })).some((i) => i.title === '您提的意见有了回复'),
    ).toBe(true)
  })

  test('each opinion goes where the teacher chose: the head teacher answers the class one, the leadership the school one', async () => {
    const { family, visitId } = await submittedRecord(srv, at, 0, ['希望多组织户外活动', '食堂能否公布菜谱'], {
      opinionRoutes: ['class', 'school'],
      day: '02',
    })
    const tickets = await ticketsOf(family.student.familyId)
    const byText = (t: string) => tickets.find((x) => x.text === t)
    expect(byText('希望多组织户外活动')).toMatchObject({ route: 'class', ownerId: demo.staffOf(headTeacher())._id })
    expect(byText('食堂能否公布菜谱')).toMatchObject({ route: 'school', ownerId: null, classId: family.student.classId })
    const head = ok(await srv.call(headTeacher(), 'surveys', 'ticketsToAnswer', {})).tickets.map((t) => t.text)
    expect(head).toContain('希望多组织户外活动')
    expect(head).not.toContain('食堂能否公布菜谱')
    const lead = ok(await srv.call(principal(), 'surveys', 'ticketsToAnswer', {})).tickets.map((t) => t.text)
    expect(lead).toContain('食堂能否公布菜谱')
    const schoolTicket = byText('食堂能否公布菜谱')!._id
    expect(await srv.call(headTeacher(), 'surveys', 'answerTicket', { ticketId: schoolTicket, text: '好的' })).toMatchObject({
      ok: false,
      error: { code: 'DATA.NOT_FOUND' },
    })
    ok(await srv.call(principal(), 'surveys', 'answerTicket', { ticketId: schoolTicket, text: '下周起每周一公布菜谱。' }))
    // The stored record keeps the choice; the teacher's record view reads it back.
    const stored = await srv.direct.get('visit_records', visitId)
    expect(stored?.record).toMatchObject({ opinionRoutes: ['class', 'school'] })
  })

  test('a record stored before the choice existed (no routes) parses and its new opinions still go to the class', async () => {
    const { visitId, familyId, record } = first
    const doc = (await srv.direct.get('visit_records', visitId))!
    const { opinionRoutes: _dropped, ...legacy } = doc.record as { opinionRoutes: unknown }
    expect(await srv.direct.update('visit_records', visitId, { record: legacy })).toBe(true)
    const amended = { ...record, opinions: [...record.opinions, '想参加家长课堂'] }
    ok(await srv.call(headTeacher(), 'visits', 'amendRecord', { visitId, version: 3, record: amended }))
    const tickets = await ticketsOf(familyId)
    expect(tickets.find((t) => t.text === '想参加家长课堂')).toMatchObject({ route: 'class', ownerId: demo.staffOf(headTeacher())._id })
    expect(tickets.every((t) => t.route === 'class')).toBe(true)
  })
})
