// Teachers join with an invite, parents bind with a class code and the head teacher's approval, consent.
import type { CallInput, CallOutput } from '../../src/client/api'
import { PRIVACY_NOTICE } from '../../src/core/privacy/notice'
import { demo, type DemoStudent } from '../support/demo'
import { ok, startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer()
})
afterAll(() => srv.close())

describe('teachers join', () => {
  const staffId = 'stf-qs-new-1'
  beforeAll(async () => {
    await srv.store.insert('staff', {
      _id: staffId,
      schoolId: demo.schoolId,
      name: '新来的老师',
      roles: ['subject_teacher'],
      headClassIds: [],
      teachings: [{ classId: 'cls-qs-2-1', subject: '科学' }],
      status: 'active',
      userId: null,
    })
    await srv.store.insert('contacts', { _id: `ct-${staffId}`, schoolId: demo.schoolId, ownerType: 'staff', phone: '13900001111' })
  })

  test('admin sees the staff list with masked phones and who has joined', async () => {
    const list = ok(await srv.call(demo.admin(), 'accounts', 'listStaff', { pageSize: 100 }))
    const row = list.staff.find((s) => s.staffId === staffId)
    expect(row).toMatchObject({ name: '新来的老师', phoneMasked: '139****1111', joined: false, inviteCode: null, self: false })
    // The admin's own entry is marked: the page offers no 停用 there.
    expect(list.staff.filter((s) => s.self).map((s) => s.staffId)).toEqual([demo.staffOf(demo.admin())._id])
    expect(JSON.stringify(list)).not.toContain('13900001111')
  })

  test('an invited teacher joins once; the code is then spent; admin can revoke', async () => {
    const { code } = ok(await srv.call(demo.admin(), 'accounts', 'createStaffInvite', { staffId }))
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    const teacher = await srv.newcomer()
    expect(await srv.call(teacher, 'roster', 'myClasses')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(ok(await srv.call(teacher, 'accounts', 'joinAsStaff', { code: code.toLowerCase() }))).toMatchObject({
      staffName: '新来的老师',
      schoolName: '大武口区青山小学',
    })
    expect(ok(await srv.call(teacher, 'accounts', 'joinAsStaff', { code }))).toMatchObject({ staffName: '新来的老师' }) // retry
    expect(ok(await srv.call(teacher, 'roster', 'myClasses')).classes.map((c) => c.classId)).toEqual(['cls-qs-2-1'])

    const intruder = await srv.newcomer()
    expect(await srv.call(intruder, 'accounts', 'joinAsStaff', { code })).toMatchObject({ ok: false, error: { code: 'INVITE.INVALID' } })

    expect(ok(await srv.call(demo.admin(), 'accounts', 'revokeStaff', { staffId }))).toEqual({ staffId, status: 'revoked' })
    expect(await srv.call(teacher, 'roster', 'myClasses')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(ok(await srv.call(teacher, 'auth', 'me')).roles).toEqual([])
  })

  test('a new invite voids the previous one; other schools and non-admins cannot invite', async () => {
    const target = demo.staffOf(demo.subjectTeacher())._id
    const first = ok(await srv.call(demo.admin(), 'accounts', 'createStaffInvite', { staffId: target })).code
    const second = ok(await srv.call(demo.admin(), 'accounts', 'createStaffInvite', { staffId: target })).code
    expect(await srv.call(await srv.newcomer(), 'accounts', 'joinAsStaff', { code: first })).toMatchObject({
      ok: false,
      error: { code: 'INVITE.INVALID' },
    })
    expect(second).not.toBe(first)
    expect(await srv.call(demo.admin(demo.otherSchoolId), 'accounts', 'createStaffInvite', { staffId: target })).toMatchObject({
      ok: false,
      error: { code: 'DATA.NOT_FOUND' },
    })
    expect(await srv.call(demo.principal(), 'accounts', 'createStaffInvite', { staffId: target })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    })
  })

  test('an admin cannot revoke themselves', async () => {
    const self = demo.staffOf(demo.admin())._id
    expect(await srv.call(demo.admin(), 'accounts', 'revokeStaff', { staffId: self })).toMatchObject({
      ok: false,
      error: { code: 'STAFF.SELF' },
    })
  })
})

describe('parents bind', () => {
  // Two siblings in different classes whose family has no parent on WeChat yet.
  const family = (() => {
    const bound = new Set(demo.bindings.map((b) => b.studentId))
    const byFamily = new Map<string, DemoStudent[]>()
    for (const s of demo.students) byFamily.set(s.familyId, [...(byFamily.get(s.familyId) ?? []), s])
    return [...byFamily.values()].find(
      (kids) =>
        kids.length === 2 &&
        kids[0]!.classId !== kids[1]!.classId &&
        kids.every((k) => !bound.has(k._id)) &&
        kids[0]!.schoolId === demo.schoolId,
    ) as [DemoStudent, DemoStudent]
  })()
  const [older, younger] = family
  type BindingRequest = CallInput<'accounts', 'requestBinding'>
  const request = (code: string, s: DemoStudent, extra: Partial<BindingRequest> = {}): BindingRequest => ({
    code,
    studentName: s.name,
    studentNo: s.studentNo,
    relation: 'grandmother',
    applicantName: '刘秀兰',
    noticeVersion: PRIVACY_NOTICE.version,
    guardianConsent: true,
    sensitiveConsent: true,
    ...extra,
  })
  let grandma: string

  test('the head teacher’s class code is stable, and only theirs', async () => {
    const a = ok(await srv.call(demo.headTeacher(older.classId), 'accounts', 'classInvite', { classId: older.classId }))
    const b = ok(await srv.call(demo.headTeacher(older.classId), 'accounts', 'classInvite', { classId: older.classId }))
    expect(a.code).toBe(b.code)
    expect(a.qrFileUrl).toBeNull() // no WeChat here: the code is shown instead
    expect(await srv.call(demo.headTeacher(younger.classId), 'accounts', 'classInvite', { classId: older.classId })).toMatchObject({
      ok: false,
      error: { code: 'DATA.NOT_FOUND' },
    })
  })

  test('a leaked class code can be replaced: the old one stops working at once', async () => {
    const head = demo.headTeacher('cls-qs-6-1')
    const { code } = ok(await srv.call(head, 'accounts', 'classInvite', { classId: 'cls-qs-6-1' }))
    const rotated = ok(await srv.call(head, 'accounts', 'rotateClassInvite', { classId: 'cls-qs-6-1', code }))
    expect(rotated.code).not.toBe(code)
    expect(ok(await srv.call(head, 'accounts', 'classInvite', { classId: 'cls-qs-6-1' })).code).toBe(rotated.code)
    const parent = await srv.newcomer()
    expect(await srv.call(parent, 'accounts', 'lookupClassInvite', { code })).toMatchObject({
      ok: false,
      error: { code: 'INVITE.INVALID' },
    })
    expect(ok(await srv.call(parent, 'accounts', 'lookupClassInvite', { code: rotated.code })).className).toBe('六年级1班')
    // A second tap with the old code (a retry, or a colleague on another phone) changes nothing more.
    expect(await srv.call(head, 'accounts', 'rotateClassInvite', { classId: 'cls-qs-6-1', code })).toMatchObject({
      ok: false,
      error: { code: 'DATA.CONFLICT' },
    })
    expect(
      await srv.call(demo.headTeacher('cls-qs-6-2'), 'accounts', 'rotateClassInvite', { classId: 'cls-qs-6-1', code: rotated.code }),
    ).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  })

  test('the class mini-program code is made once and kept', async () => {
    const made: string[] = []
    const { createLocalNotifier } = await import('../../src/api/notify/local-notifier')
    const { dispatch } = await import('../../src/api/dispatch')
    const { ROUTES } = await import('../../src/api/routes')
    const qr = { forScene: async (scene: string) => (made.push(scene), new Uint8Array([137, 80, 78, 71])) }
    const deps = { store: srv.store, files: srv.files, qr, notifier: createLocalNotifier() }
    const head = demo.headTeacher('cls-qs-5-2')
    const call = () =>
      dispatch('accounts', { action: 'classInvite', input: { classId: 'cls-qs-5-2' } }, { kind: 'user', userId: head }, deps, {
        routes: ROUTES,
      })
    // dispatch checked the output against the contract.
    const a = ok(await call()) as CallOutput<'accounts', 'classInvite'>
    const b = ok(await call()) as CallOutput<'accounts', 'classInvite'>
    expect(a.qrFileUrl).toMatch(/^\/files\/f-/)
    expect(b.qrFileUrl).toBe(a.qrFileUrl)
    expect(made).toEqual([`c=${a.code}`])
  })

  test('concurrent first requests for a class code agree on one code', async () => {
    const head = demo.headTeacher('cls-qs-5-1')
    const codes = await Promise.all(Array.from({ length: 6 }, () => srv.call(head, 'accounts', 'classInvite', { classId: 'cls-qs-5-1' })))
    expect(new Set(codes.map((c) => ok(c).code)).size).toBe(1)
  })

  test('a grandparent binds two grandchildren in two classes after each head teacher approves', async () => {
    grandma = await srv.newcomer()
    const codeA = ok(await srv.call(demo.headTeacher(older.classId), 'accounts', 'classInvite', { classId: older.classId })).code
    const codeB = ok(await srv.call(demo.headTeacher(younger.classId), 'accounts', 'classInvite', { classId: younger.classId })).code
    expect(ok(await srv.call(grandma, 'accounts', 'lookupClassInvite', { code: codeA })).className).toBeTruthy()

    expect(await srv.call(grandma, 'accounts', 'requestBinding', request(codeA, older, { studentName: '不对的名字' }))).toMatchObject({
      ok: false,
      error: { code: 'BIND.NO_MATCH' },
    })
    expect(await srv.call(grandma, 'accounts', 'requestBinding', request(codeA, younger))).toMatchObject({
      ok: false,
      error: { code: 'BIND.NO_MATCH' },
    })
    expect(await srv.callRaw(grandma, 'accounts', 'requestBinding', { ...request(codeA, older), guardianConsent: false })).toMatchObject({
      ok: false,
      error: { code: 'INPUT.INVALID' },
    })
    expect(await srv.call(grandma, 'accounts', 'requestBinding', request(codeA, older, { noticeVersion: '2020-01-01' }))).toMatchObject({
      ok: false,
      error: { code: 'CONSENT.STALE_NOTICE' },
    })

    const a = ok(await srv.call(grandma, 'accounts', 'requestBinding', request(codeA, older)))
    expect(a.status).toBe('pending')
    expect(ok(await srv.call(grandma, 'accounts', 'requestBinding', request(codeA, older))).bindingId).toBe(a.bindingId) // retry
    ok(await srv.call(grandma, 'accounts', 'requestBinding', request(codeB, younger)))
    expect(await srv.call(grandma, 'roster', 'myChildren')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })

    for (const kid of [older, younger]) {
      const head = demo.headTeacher(kid.classId)
      const pending = ok(await srv.call(head, 'accounts', 'pendingBindings', { classId: kid.classId })).pending
      const mine = pending.find((p) => p.studentName === kid.name)!
      expect(mine).toMatchObject({ applicantName: '刘秀兰', relation: 'grandmother' })
      expect(
        await srv.call(demo.headTeacher('cls-qs-6-2'), 'accounts', 'decideBinding', {
          bindingId: mine.bindingId,
          version: mine.version,
          approve: true,
        }),
      ).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
      expect(
        await srv.call(head, 'accounts', 'decideBinding', { bindingId: mine.bindingId, version: mine.version + 5, approve: true }),
      ).toMatchObject({ ok: false, error: { code: 'DATA.CONFLICT' } })
      expect(
        ok(await srv.call(head, 'accounts', 'decideBinding', { bindingId: mine.bindingId, version: mine.version, approve: true })).status,
      ).toBe('approved')
    }
    const children = ok(await srv.call(grandma, 'roster', 'myChildren')).children
    expect(children.map((c) => c.studentId).sort()).toEqual([older._id, younger._id].sort())
    // One guardian record for the grandmother across both grandchildren.
    const guardians = await srv.store.find('guardians', { where: { userId: grandma }, limit: 10 })
    expect(guardians).toHaveLength(1)
  })

  test('guessing children with a class code is capped per day', async () => {
    const guesser = await srv.newcomer()
    const kid = demo.students.find((s) => s.classId === 'cls-qs-6-2')!
    const code = ok(await srv.call(demo.headTeacher('cls-qs-6-2'), 'accounts', 'classInvite', { classId: 'cls-qs-6-2' })).code
    for (let i = 0; i < 10; i++) {
      const res = await srv.call(guesser, 'accounts', 'requestBinding', request(code, kid, { studentName: `猜${i}` }))
      expect(res).toMatchObject({ ok: false, error: { code: 'BIND.NO_MATCH' } })
    }
    // Even the right answer is refused now: the cap does not tell a good guess from a bad one.
    expect(await srv.call(guesser, 'accounts', 'requestBinding', request(code, kid))).toMatchObject({
      ok: false,
      error: { code: 'BIND.TOO_MANY' },
    })
    // Another account is not affected.
    expect(ok(await srv.call(await srv.newcomer(), 'accounts', 'requestBinding', request(code, kid))).status).toBe('pending')
  })

  test('approve and reject racing on one request: exactly one outcome', async () => {
    const parent = await srv.newcomer()
    const kid = demo.students.find((s) => s.classId === 'cls-qs-4-2' && !demo.bindings.some((b) => b.studentId === s._id))!
    const code = ok(await srv.call(demo.headTeacher('cls-qs-4-2'), 'accounts', 'classInvite', { classId: 'cls-qs-4-2' })).code
    const { bindingId } = ok(
      await srv.call(parent, 'accounts', 'requestBinding', { ...request(code, kid), relation: 'mother', applicantName: '赵丽' }),
    )
    const binding = (await srv.store.get('bindings', bindingId))!
    const head = demo.headTeacher('cls-qs-4-2')
    const results = await Promise.all(
      [true, false, true, false].map((approve) => srv.call(head, 'accounts', 'decideBinding', { bindingId, version: binding._v, approve })),
    )
    const final = (await srv.store.get('bindings', bindingId))!
    expect(final._v).toBe(binding._v + 1)
    const winners = results.filter((r) => r.ok && r.data.status === final.status)
    expect(winners.length).toBeGreaterThanOrEqual(1)
    expect(results.filter((r) => r.ok && r.data.status !== final.status)).toEqual([])
  })

  test('a retried decision with the same request id is applied once', async () => {
    const parent = await srv.newcomer()
    const kid = demo.students.find((s) => s.classId === 'cls-qs-4-1' && !demo.bindings.some((b) => b.studentId === s._id))!
    const code = ok(await srv.call(demo.headTeacher('cls-qs-4-1'), 'accounts', 'classInvite', { classId: 'cls-qs-4-1' })).code
    const { bindingId } = ok(
      await srv.call(parent, 'accounts', 'requestBinding', { ...request(code, kid), relation: 'father', applicantName: '孙强' }),
    )
    const v = (await srv.store.get('bindings', bindingId))!._v
    const { signSession } = await import('../../src/server/session')
    const { TEST_SECRET } = await import('../support/test-server')
    const token = signSession(demo.headTeacher('cls-qs-4-1'), TEST_SECRET)
    const body = { action: 'decideBinding', input: { bindingId, version: v, approve: true }, requestId: 'req-tap-1' }
    const first = await srv.post('/api/accounts', body, token)
    const second = await srv.post('/api/accounts', body, token)
    expect(second.json).toEqual(first.json)
    expect((await srv.store.get('bindings', bindingId))!._v).toBe(v + 1)
  })

  test('withdrawing sensitive consent hides categories from staff, is logged, and can be given again', async () => {
    const special = demo.sensitive.find(
      (f) =>
        f.categories.length &&
        demo.bindings.some((b) => b.status === 'approved' && demo.students.find((s) => s._id === b.studentId)?.familyId === f._id),
    )!
    const binding = demo.bindings.find(
      (b) => b.status === 'approved' && demo.students.find((s) => s._id === b.studentId)?.familyId === special._id,
    )!
    const kid = demo.students.find((s) => s._id === binding.studentId)!
    const head = demo.headTeacher(kid.classId)
    const profile = () => srv.call(head, 'privacy', 'familyProfile', { studentId: kid._id, reason: 'care' }).then(ok)

    expect((await profile()).categories).toEqual(special.categories)
    ok(await srv.call(binding.userId, 'accounts', 'setConsent', { studentId: kid._id, kind: 'sensitive', given: false }))
    const hidden = await profile()
    expect(hidden).toMatchObject({ categories: null, sensitiveHidden: 'consent_withdrawn' })
    const log = ok(await srv.call(demo.admin(), 'privacy', 'auditLog', { pageSize: 50 })).rows
    expect(log.some((r) => r.action === 'consent.withdraw_sensitive' && r.target === `family:${kid.familyId}`)).toBe(true)
    const consents = ok(await srv.call(binding.userId, 'accounts', 'myConsents', {})).children
    expect(consents.find((c) => c.studentId === kid._id)!.sensitive!.given).toBe(false)

    ok(await srv.call(binding.userId, 'accounts', 'setConsent', { studentId: kid._id, kind: 'sensitive', given: true }))
    expect((await profile()).categories).toEqual(special.categories)
  })

  test('withdrawing guardian consent ends the binding', async () => {
    const binding = demo.bindings.filter((b) => b.status === 'approved').at(-1)!
    ok(await srv.call(binding.userId, 'accounts', 'setConsent', { studentId: binding.studentId, kind: 'guardian', given: false }))
    const after = await srv.call(binding.userId, 'roster', 'myChildren')
    if (after.ok) expect(after.data.children.map((c) => c.studentId)).not.toContain(binding.studentId)
    else expect(after.error.code).toBe('AUTH.FORBIDDEN')
  })

  test('a head teacher registers a guardian without a smartphone', async () => {
    const kid = demo.students.find((s) => s.classId === 'cls-qs-3-2')!
    const head = demo.headTeacher('cls-qs-3-2')
    const input = { studentId: kid._id, name: '王德福', relation: 'grandfather' as const, phone: '13712345678' }
    const { guardianId } = ok(await srv.call(head, 'accounts', 'registerOfflineGuardian', input))
    expect(ok(await srv.call(head, 'accounts', 'registerOfflineGuardian', input)).guardianId).toBe(guardianId)
    const profile = ok(await srv.call(head, 'privacy', 'familyProfile', { studentId: kid._id, reason: 'contact' }))
    expect(profile.guardians).toContainEqual({
      name: '王德福',
      relation: 'grandfather',
      offline: true,
      onWeChat: false,
      phone: '13712345678',
      phoneMasked: false,
    })
    expect(await srv.call(demo.headTeacher('cls-qs-1-1'), 'accounts', 'registerOfflineGuardian', input)).toMatchObject({
      ok: false,
      error: { code: 'DATA.NOT_FOUND' },
    })
  })
})
