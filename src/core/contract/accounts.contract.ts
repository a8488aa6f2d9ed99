import { z } from 'zod'
import { MOBILE_PATTERN } from '../model/base.schema'
import { RELATIONS, RelationSchema } from '../model/family.schema'
import { StaffRoleSchema } from '../model/people.schema'
import { ADMIN, HEAD_TEACHER } from '../roles'
import { defineFunction } from './contract'
import { choice, flag, id, name, PageInput, version } from './fields'

const CodeSchema = z
  .string({ error: () => '请填写邀请码' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{6,10}$/, '邀请码是6到10位字母或数字，请对照老师发的邀请码重新填写')
const PhoneInput = z
  .string({ error: () => '请填写手机号' })
  .trim()
  .regex(MOBILE_PATTERN, '手机号格式不正确，请填写11位手机号')
const Relation = choice(RELATIONS, '与孩子的关系')
const CONSENT_KINDS = ['guardian', 'sensitive'] as const
const READ_NOTICE = '请先阅读隐私说明，再提交'
const NoticeVersion = z.string({ error: () => READ_NOTICE }).regex(/^[\w.-]{1,20}$/, READ_NOTICE)
const ConsentStateOut = z.object({ given: z.boolean(), noticeVersion: z.string(), at: z.string() }).nullable()

export const StaffListItemSchema = z.object({
  staffId: z.string(),
  name: z.string(),
  roles: z.array(StaffRoleSchema),
  phoneMasked: z.string().nullable(),
  status: z.enum(['active', 'revoked']),
  joined: z.boolean(),
  inviteCode: z.string().nullable(),
  /** The admin's own entry: nobody can stop their own account. */
  self: z.boolean(),
})

export const PendingBindingSchema = z.object({
  bindingId: z.string(),
  version: z.number().int(),
  studentName: z.string(),
  studentNo: z.string(),
  applicantName: z.string(),
  relation: RelationSchema,
  createdAt: z.string(),
})

export const accountsContract = defineFunction({
  listStaff: {
    summary: '学校管理员：教职工名单与加入状态',
    input: PageInput,
    output: z.object({ total: z.number().int(), staff: z.array(StaffListItemSchema) }),
    roles: ADMIN,
  },
  createStaffInvite: {
    summary: '学校管理员：为一名教职工生成加入邀请码（旧码作废）',
    input: z.object({ staffId: id('教职工') }).strict(),
    output: z.object({ code: z.string(), expiresAt: z.string() }),
    roles: ADMIN,
    write: true,
  },
  revokeStaff: {
    summary: '学校管理员：停用教职工账号',
    input: z.object({ staffId: id('教职工') }).strict(),
    output: z.object({ staffId: z.string(), status: z.literal('revoked') }),
    roles: ADMIN,
    write: true,
  },
  joinAsStaff: {
    summary: '教职工：用邀请码加入学校',
    input: z.object({ code: CodeSchema }).strict(),
    output: z.object({ schoolName: z.string(), staffName: z.string(), roles: z.array(StaffRoleSchema) }),
    roles: 'newcomer',
    write: true,
  },
  classInvite: {
    summary: '班主任：本班家长绑定邀请（邀请码，云端另有小程序码）',
    input: z.object({ classId: id('班级') }).strict(),
    output: z.object({ code: z.string(), className: z.string(), qrFileUrl: z.string().nullable() }),
    roles: HEAD_TEACHER,
    write: true,
  },
  rotateClassInvite: {
    summary: '班主任：换一个家长邀请码（旧码立即失效，已提交的申请不受影响）',
    input: z.object({ classId: id('班级'), code: CodeSchema }).strict(),
    output: z.object({ code: z.string(), className: z.string(), qrFileUrl: z.string().nullable() }),
    roles: HEAD_TEACHER,
    write: true,
  },
  lookupClassInvite: {
    summary: '家长：查看邀请码对应的学校和班级',
    input: z.object({ code: CodeSchema }).strict(),
    output: z.object({ schoolName: z.string(), className: z.string(), noticeVersion: z.string() }),
    roles: 'newcomer',
  },
  requestBinding: {
    summary: '家长：申请绑定孩子（需班主任审核）',
    input: z
      .object({
        code: CodeSchema,
        studentName: name(20, '孩子姓名'),
        studentNo: name(20, '学号'),
        relation: Relation,
        applicantName: name(20, '您的姓名'),
        noticeVersion: NoticeVersion,
        guardianConsent: z.literal(true, { error: () => '需要您以监护人身份同意后才能绑定' }),
        sensitiveConsent: flag('是否同意提供家庭敏感信息'),
      })
      .strict(),
    output: z.object({ bindingId: z.string(), status: z.enum(['pending', 'approved']), studentName: z.string() }),
    roles: 'newcomer',
    write: true,
  },
  pendingBindings: {
    summary: '班主任：待审核的家长绑定申请',
    input: z.object({ classId: id('班级') }).strict(),
    output: z.object({ className: z.string(), pending: z.array(PendingBindingSchema) }),
    roles: HEAD_TEACHER,
  },
  decideBinding: {
    summary: '班主任：通过或拒绝绑定申请',
    input: z.object({ bindingId: id('绑定申请'), version: version(), approve: flag('通过还是拒绝') }).strict(),
    output: z.object({ bindingId: z.string(), status: z.enum(['approved', 'rejected']) }),
    roles: HEAD_TEACHER,
    write: true,
  },
  registerOfflineGuardian: {
    summary: '班主任：登记没有智能手机的监护人',
    input: z
      .object({
        studentId: id('学生'),
        name: name(20, '监护人姓名'),
        relation: Relation,
        phone: PhoneInput.nullable().default(null),
      })
      .strict(),
    output: z.object({ guardianId: z.string() }),
    roles: HEAD_TEACHER,
    write: true,
  },
  myConsents: {
    summary: '家长：我给出的授权',
    input: z.object({}).strict(),
    output: z.object({
      noticeVersion: z.string(),
      children: z.array(
        z.object({
          studentId: z.string(),
          studentName: z.string(),
          status: z.string(),
          /** Refused because a roster import no longer listed the child (not by the head teacher). */
          ended: z.boolean(),
          guardian: ConsentStateOut,
          sensitive: ConsentStateOut,
        }),
      ),
    }),
    roles: 'newcomer',
  },
  setConsent: {
    summary: '家长：给出或撤回授权',
    input: z.object({ studentId: id('孩子'), kind: choice(CONSENT_KINDS, '授权类型'), given: flag('同意还是撤回') }).strict(),
    output: z.object({ studentId: z.string(), kind: z.enum(CONSENT_KINDS), given: z.boolean() }),
    roles: 'newcomer',
    write: true,
  },
})
