// The parent home from the loaded lists: the waiting visit names its own child, each child gets its
// own visit of this semester (or "本学期还没有家访"), and everything else is history.
import type { Visit } from '../../../src/core/model/visit.schema'
import { toView } from '../../../src/api/routes/visits/view'
import { childLine, childrenNamed, currentVisit, homeVisits } from '../../../src/packages/parent/home-model'
import { at, buildOption, NOW } from '../../support/builders'
import { parent, proposed, teacher, walk } from '../../support/visit-walk'

const ran = { studentId: 'stu-1', name: '万然' }
const jie = { studentId: 'stu-2', name: '万杰' }
const view = (v: Visit, names: string[]) => toView(v, 'parent', NOW, names)

const waitingForRan = view(proposed({ _id: 'vis-ran' }), ['万然'])
const agreedForJie = view(walk(proposed({ _id: 'vis-jie' }), [parent, { kind: 'accept', optionId: 'o-2' }]), ['万杰'])
const lastTerm = view(
  proposed({ _id: 'vis-old', options: [buildOption({ startAt: at('2026-05-12T15:00:00'), endAt: at('2026-05-12T16:00:00') })] }),
  ['万杰'],
)

describe('parent home', () => {
  it('puts the proposal first, naming only the child it is about', () => {
    const home = homeVisits([ran, jie], [agreedForJie, waitingForRan], NOW)
    expect(home.waiting?.visit.visitId).toBe('vis-ran')
    expect(home.waiting?.names).toEqual(['万然'])
  })

  it('names only this guardian’s own children when a visit covers siblings', () => {
    const family = view(proposed(), ['董雯', '董娟'])
    expect(childrenNamed(family, [{ studentId: 's', name: '董雯' }])).toEqual(['董雯'])
  })

  it('gives each child its own visit, and says so in one line', () => {
    const home = homeVisits([ran, jie], [agreedForJie, waitingForRan], NOW)
    expect(home.byChild.get('stu-1')?.visitId).toBe('vis-ran')
    expect(home.byChild.get('stu-2')?.visitId).toBe('vis-jie')
    expect(childLine(home.byChild.get('stu-1')!, null).text).toBe('等您回复：王芳老师想来家访')
    expect(childLine(home.byChild.get('stu-2')!, null).text).toBe('12月4日（周五）晚上7:00–7:30 家访已约好')
    expect(home.history).toEqual([])
  })

  it('says 本学期还没有家访 when the only visit was last semester, and lists that one as history', () => {
    expect(currentVisit(jie, [lastTerm], NOW)).toBeNull()
    expect(childLine(null, null)).toMatchObject({ text: '本学期还没有家访', tone: 'none' })
    expect(homeVisits([jie], [lastTerm], NOW).history.map((v) => v.visitId)).toEqual(['vis-old'])
  })

  it('a child who left and has no visit open: no new visits to expect, not "no visit yet"', () => {
    expect(childLine(null, null, true)).toMatchObject({ text: '不再安排新的家访', tone: 'none' })
  })

  it('prefers a visit still under way to a newer cancelled one', () => {
    const cancelled = view(walk(proposed({ _id: 'vis-x' }), [teacher, { kind: 'cancel', reason: '临时有事' }]), ['万然'])
    expect(currentVisit(ran, [cancelled, waitingForRan], NOW)?.visitId).toBe('vis-ran')
    expect(currentVisit(ran, [cancelled], NOW)?.visitId).toBe('vis-x')
    expect(childLine(cancelled, parent.userId)).toEqual({ text: '家访已取消', tone: 'cancelled', more: ['王芳老师取消了：临时有事'] })
  })
})
