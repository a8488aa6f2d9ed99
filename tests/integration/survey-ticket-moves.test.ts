// An amendment that sends a record's opinion elsewhere (班主任 ↔ 学校) moves its open ticket to the new
// owner: the same ticket (id, age, text), with where it was kept; again with nothing changed writes
// nothing; an answered ticket stays where it was answered and is not reopened.
import { demo } from '../support/demo'
import { headTeacher, principal } from '../support/covisit'
import { submittedRecord } from '../support/survey-tickets'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, at } = serverOnMovedClock()

const OUTINGS = '希望多组织户外活动'
const MENU = '食堂能否公布菜谱'
const HOMEWORK = '作业能否少一点'
const head = () => demo.staffOf(headTeacher())._id
const textsFor = async (who: string) => ok(await srv.call(who, 'surveys', 'ticketsToAnswer', {})).tickets.map((t) => t.text)

test("changing an opinion's route on an amendment moves its open ticket; an answered one stays closed", async () => {
  const opinions = [OUTINGS, MENU, HOMEWORK]
  const { visitId, family, record } = await submittedRecord(srv, at, 0, opinions, { opinionRoutes: ['class', 'class', 'school'] })
  const tickets = async () =>
    new Map((await srv.direct.find('tickets', { where: { familyId: family.student.familyId }, limit: 20 })).map((t) => [t.text, t]))
  const before = await tickets()
  ok(await srv.call(principal(), 'surveys', 'answerTicket', { ticketId: before.get(HOMEWORK)!._id, text: '作业量已和各科老师商量减少。' }))
  const answered = (await tickets()).get(HOMEWORK)!

  at('2026-12-04T02:00:00.000Z')
  const amended = { ...record, opinionRoutes: ['school', 'class', 'class'] as Array<'class' | 'school'> }
  ok(await srv.call(headTeacher(), 'visits', 'amendRecord', { visitId, version: 1, record: amended }))
  const after = await tickets()
  expect(after.size).toBe(3)
  // Same ticket, now the school's: its id and age are kept, and where it was.
  expect(after.get(OUTINGS)).toMatchObject({
    _id: before.get(OUTINGS)!._id,
    createdAt: before.get(OUTINGS)!.createdAt,
    route: 'school',
    ownerId: null,
    classId: family.student.classId,
    state: 'open',
    moves: [{ at: '2026-12-04T02:00:00.000Z', route: 'class', ownerId: head() }],
  })
  expect(await textsFor(headTeacher())).not.toContain(OUTINGS)
  expect(await textsFor(principal())).toContain(OUTINGS)
  const lead = ok(await srv.call(principal(), 'surveys', 'ticketsToAnswer', {})).tickets.find((t) => t.text === OUTINGS)
  expect(lead?.ageLabel).toBe('已等待1天')
  // The school sees where it came from; a ticket never moved says nothing.
  expect(lead?.movedFrom).toBe('班级（班主任）')
  expect(ok(await srv.call(headTeacher(), 'surveys', 'ticketsToAnswer', {})).tickets.find((t) => t.text === MENU)?.movedFrom).toBeNull()
  // The unchanged opinion stays; the answered one is neither moved nor reopened.
  expect(after.get(MENU)).toEqual(before.get(MENU))
  expect(after.get(HOMEWORK)).toEqual(answered)

  // Amended again with the same choices (a retry after a lost answer): no ticket is written.
  ok(await srv.call(headTeacher(), 'visits', 'amendRecord', { visitId, version: 2, record: amended }))
  expect(await tickets()).toEqual(after)

  // Sent back to 班主任: the head teacher answers it again, both moves kept.
  at('2026-12-05T02:00:00.000Z')
  ok(await srv.call(headTeacher(), 'visits', 'amendRecord', { visitId, version: 3, record }))
  expect((await tickets()).get(OUTINGS)).toMatchObject({
    route: 'class',
    ownerId: head(),
    moves: [
      { route: 'class', ownerId: head() },
      { at: '2026-12-05T02:00:00.000Z', route: 'school', ownerId: null },
    ],
  })
  expect(await textsFor(headTeacher())).toContain(OUTINGS)
  expect(await textsFor(principal())).not.toContain(OUTINGS)
  const back = ok(await srv.call(headTeacher(), 'surveys', 'ticketsToAnswer', {})).tickets.find((t) => t.text === OUTINGS)
  expect(back?.movedFrom).toBe('学校（校领导）')
})
