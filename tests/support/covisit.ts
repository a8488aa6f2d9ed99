// Co-visit scenarios: a family of the demo class, its head teacher (who proposes first) and a leader who
// also answers for every family of the school (who is turned away and asks to join).
import { demo } from './demo'
import { slot } from './visits'

export const CLASS = 'cls-qs-3-2'
export const headTeacher = () => demo.headTeacher(CLASS)
export const leader = () => demo.withRole('leader')
export const principal = () => demo.principal()
export const familyNo = (i: number) => demo.familiesOf(CLASS)[i]!
export const guardianOf = (familyId: string) => demo.guardians.find((g) => g.familyId === familyId)!
export const proposal = (studentId: string, day = '10', extra: { followUp?: boolean; combinedSurvey?: boolean } = {}) => ({
  studentId,
  topic: '了解孩子近况',
  options: [slot(day, '15:00', '16:00')],
  ...extra,
})
