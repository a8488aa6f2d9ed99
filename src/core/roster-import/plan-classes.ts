// Classes are keyed by (school, name): a class the file names and the school lacks is created.
import type { PlanContext } from './plan-context'
import type { ClassRef } from './types'

/** Ids for every class of the student sheet; returns the refs of classes to create. */
export function resolveClasses(ctx: PlanContext): ClassRef[] {
  const created: ClassRef[] = []
  for (const c of ctx.idx.classByName.values()) ctx.classIdByName.set(c.name, c._id)
  for (const { cls } of ctx.file.students ?? []) {
    if (ctx.classIdByName.has(cls.name)) continue
    ctx.classIdByName.set(cls.name, ctx.newId('cls'))
    created.push(cls)
  }
  return created
}

/** Classes named in the file, plus any whose head teacher changes. Runs after staff are planned. */
export function writeClasses(ctx: PlanContext, created: ClassRef[]) {
  const named = new Set([
    ...(ctx.file.students ?? []).map((s) => s.cls.name),
    ...(ctx.file.staff ?? []).flatMap((s) => [...s.headClasses, ...s.teachings.map((t) => t.className)]),
  ])
  const fileStaff = new Set(ctx.staffIdByPhone.values())
  for (const cls of created) {
    const _id = ctx.classIdByName.get(cls.name)!
    ctx.w.count(
      'classes',
      ctx.w.insert('classes', {
        _id,
        schoolId: ctx.schoolId,
        grade: cls.grade,
        name: cls.name,
        headTeacherId: ctx.headOf.get(cls.name) ?? null,
      }),
    )
  }
  for (const cls of ctx.idx.classByName.values()) {
    let head = cls.headTeacherId
    if (ctx.file.staff) head = ctx.headOf.get(cls.name) ?? (head && fileStaff.has(head) ? null : head)
    const outcome = ctx.w.update('classes', cls, { headTeacherId: head })
    if (outcome === 'update' || named.has(cls.name)) ctx.w.count('classes', outcome)
  }
}
