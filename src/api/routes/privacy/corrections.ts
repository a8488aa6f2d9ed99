// privacy.requestCorrection / correctionTasks / handleCorrection: a guardian's correction request becomes a
// task for the class's head teacher (an inbox item and a section on the teacher home); the note the head
// teacher writes when handling it goes back to the guardian.
import { pageLink } from '../../../core/pages'
import { correctionId, handleCorrection as decide, type Correction } from '../../../core/privacy/correction.schema'
import { Errors, ok } from '../../../core/result'
import { writes } from '../../../core/ports/writes'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { correctionView } from './own-data-read'

type R = RouteTable<'privacy'>
const TASKS_LIMIT = 30

export const requestCorrection: R['requestCorrection'] = async ({ requestId, studentId, item, text }, ctx, { store }) => {
  const r = repos(store)
  const me = ctx.caller.user._id
  const _id = correctionId(requestId)
  const known = await r.corrections.get(_id)
  if (known) return known.userId === me ? ok(correctionView(known)) : Errors.conflict()
  const [binding] = await r.bindings.find({ where: { userId: me, studentId, status: 'approved' }, limit: 1 })
  const student = binding && (await r.students.get(studentId))
  // Not the caller's child: the same answer as no child at all.
  if (!binding || !student) return Errors.notFound('孩子')
  const cls = await r.classes.get(student.classId)
  const head = cls?.headTeacherId ? await r.staff.get(cls.headTeacherId) : null
  if (!cls || !head || head.status !== 'active') return Errors.badInput('孩子的班级暂时没有班主任，请直接联系学校')
  const at = ctx.now.toISOString()
  const doc: Omit<Correction, '_v'> = {
    _id,
    schoolId: student.schoolId,
    familyId: student.familyId,
    studentId,
    classId: cls._id,
    userId: me,
    applicantName: binding.applicantName,
    studentName: student.name,
    ownerId: head._id,
    item,
    text,
    createdAt: at,
    state: 'open',
    handled: null,
  }
  const ops = [writes.insert('corrections', doc)]
  if (head.userId) {
    const body = `${student.name}的家长（${binding.applicantName}）申请更正信息，请在首页处理。`
    ops.push(
      writes.insert('inbox', {
        _id: `inb-${_id}`,
        userId: head.userId,
        title: '家长申请更正信息',
        body,
        page: pageLink('teacherHome'),
        at,
        read: false,
      }),
    )
  }
  if (!(await store.batch(ops)).ok) return Errors.conflict('请稍后重试')
  return ok(correctionView({ ...doc, _v: 1 }))
}

export const correctionTasks: R['correctionTasks'] = async (_input, { caller }, { store }) => {
  const ownerId = caller.staff?._id
  if (!ownerId) return ok({ tasks: [] })
  const r = repos(store)
  const orderBy = [['createdAt', 'desc']] as [['createdAt', 'desc']]
  const [open, handled] = await Promise.all([
    r.corrections.find({ where: { ownerId, state: 'open' }, orderBy, limit: TASKS_LIMIT }),
    r.corrections.find({ where: { ownerId, state: 'handled' }, orderBy, limit: 5 }),
  ])
  return ok({ tasks: [...open, ...handled].map(correctionView) })
}

export const handleCorrection: R['handleCorrection'] = async ({ correctionId: id, note }, ctx, { store }) => {
  const r = repos(store)
  const c = await r.corrections.get(id)
  const staffId = ctx.caller.staff?._id
  if (!c || !staffId) return Errors.notFound('更正申请')
  const patch = decide(c, staffId, note, ctx.now)
  if (!patch.ok) return patch
  if (!patch.data) return ok(correctionView(c))
  const done = { ...c, ...patch.data }
  const body = `您申请更正的「${c.studentName}」的信息，班主任已处理：${note}`
  const result = await store.batch([
    writes.update('corrections', c._id, patch.data, c._v),
    writes.insert('inbox', {
      _id: `inb-${c._id}-done`,
      userId: c.userId,
      title: '更正申请已处理',
      body,
      page: pageLink('parentMyData'),
      at: done.handled!.at,
      read: false,
    }),
  ])
  if (!result.ok) return Errors.conflict('请刷新后重试')
  return ok(correctionView(done))
}
