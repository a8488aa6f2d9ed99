import { z } from 'zod'
import { RelationSchema } from '../model/family.schema'
import { CommandKindSchema, VisitFormatSchema } from '../model/visit.schema'
import { MAX_OPTIONS, OptionInputSchema, OptionListSchema } from '../visit/options.rules'
import { PARENT, STAFF } from '../roles'
import { defineFunction } from './contract'
import { bulkActions } from './visits-bulk.contract'
import { flag, id, localDate, text, version, whole } from './fields'
import { joinActions, JoinRequestViewSchema } from './visits-join.contract'
import { AgendaVisitSchema, FamilyVisitSchema, listOf } from './visits-list.contract'
import { toneActions } from './visits-tone.contract'
import { holdActions } from './visits-hold.contract'
import { prepActions } from './visits-prep.contract'
import { recordActions } from './visits-record.contract'
import { archiveActions } from './visits-archive.contract'

export const CommandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept'), optionId: id('时间') }).strict(),
  z.object({ kind: z.literal('counter'), options: OptionListSchema, text: text(200, '留言').default('') }).strict(),
  z
    .object({
      kind: z.literal('decline_home'),
      options: z.array(OptionInputSchema).max(MAX_OPTIONS, `最多给出${MAX_OPTIONS}个时间`).default([]),
      text: text(200, '留言').default(''),
    })
    .strict(),
  z.object({ kind: z.literal('reschedule'), options: OptionListSchema, text: text(200, '留言').default('') }).strict(),
  z.object({ kind: z.literal('cancel'), reason: text(200, '取消原因').min(1, '请填写取消原因') }).strict(),
  z
    .object({
      kind: z.literal('phone_agreement'),
      option: OptionInputSchema,
      guardianId: id('通话的家长'),
    })
    .strict(),
])

export const ReceiptSchema = z.object({
  visitId: z.string(),
  topic: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  format: VisitFormatSchema,
  place: z.string().nullable(),
  teacherName: z.string(),
  parentName: z.string(),
  studentNames: z.array(z.string()),
  recorded: z.string(),
  whoSees: z.string(),
  noticeVersion: z.string(),
  teacherConfirmedAt: z.string(),
  parentConfirmedAt: z.string(),
  viaPhone: z.boolean(),
  coVisitorNames: z.array(z.string()),
})

/**
 * A guardian a teacher can name in a phone agreement: name and relation only, nothing sensitive;
 * `onWeChat`: bound to one of the children and approved, so messages about the visit reach them.
 */
export const GuardianChoiceSchema = z.object({ guardianId: z.string(), name: z.string(), relation: RelationSchema, onWeChat: z.boolean() })

/**
 * What the teacher side needs to know about a family before and while agreeing a visit: its registered
 * guardians, whether anyone receives the app's messages, and the class where the caller, as a child's
 * head teacher, can register a guardian without a smartphone.
 */
export const TeacherFamilySchema = z.object({
  guardians: z.array(GuardianChoiceSchema),
  /** Someone on WeChat is bound to one of the children: a proposal reaches the family. */
  reachable: z.boolean(),
  headClass: z.object({ classId: z.string(), className: z.string() }).nullable(),
  /** The caller may see the family's categories and it is registered poor: a visit may be combined with the household survey. */
  surveyEligible: z.boolean(),
})
export type TeacherFamily = z.infer<typeof TeacherFamilySchema>

export const VisitViewSchema = FamilyVisitSchema.extend({
  /** Teacher side only (links to each child's archive); empty for parents. */
  studentIds: z.array(z.string()),
  homeDeclined: z.boolean(),
  actions: z.array(CommandKindSchema),
  receipt: ReceiptSchema.nullable(),
  makeUpNeeded: z.boolean(),
  /** Only once both sides agreed on a video visit (never before agreement). */
  videoReady: z.boolean(),
  /** Teacher side of one visit (get, propose, respond); null for the parent side. */
  family: TeacherFamilySchema.nullable(),
  /** Colleagues who join the visit (both sides see who comes). */
  coVisitorNames: z.array(z.string()),
  /** Teacher side only (the visit's teacher; a co-visitor once agreed). */
  combinedSurvey: z.boolean(),
  /** Pending requests to join, for the visit's teacher on a single visit; empty otherwise. */
  joinRequests: z.array(JoinRequestViewSchema),
})
export type VisitView = z.infer<typeof VisitViewSchema>

export const visitsContract = defineFunction({
  propose: {
    summary: '教师：向一个家庭提出1–4个家访时间和形式',
    input: z
      .object({
        studentId: id('学生'),
        options: OptionListSchema,
        topic: text(200, '家访内容').min(1, '请写一句想和家长聊什么'),
        followUp: flag('是否跟进家访').default(false),
        combinedSurvey: flag('是否结合入户调查').default(false),
      })
      .strict(),
    output: VisitViewSchema,
    roles: STAFF,
    write: true,
  },
  respond: {
    summary: '教师/家长：接受、另提时间、不入户、改期、取消、记录电话约定',
    input: z.object({ visitId: id('家访'), version: version(), command: CommandSchema }).strict(),
    output: VisitViewSchema,
    roles: [...STAFF, ...PARENT],
    write: true,
  },
  get: {
    summary: '教师/家长：一次家访的协商记录和确认回执',
    input: z.object({ visitId: id('家访') }).strict(),
    output: VisitViewSchema,
    roles: [...STAFF, ...PARENT],
  },
  familyReach: {
    summary: '教师：发起家访前，这个学生的家庭有没有家长在微信上（发出去能不能收到）',
    input: z.object({ studentId: id('学生') }).strict(),
    output: TeacherFamilySchema,
    roles: STAFF,
  },
  myAgenda: {
    summary: '教师：某天起若干天内的家访（含待回复）',
    input: z.object({ from: localDate('开始日期'), days: whole('天数', 1, 31).default(7) }).strict(),
    output: listOf(AgendaVisitSchema),
    roles: STAFF,
  },
  myFamilyVisits: {
    summary: '家长：孩子们的家访（待回复、已约定、最近的）',
    input: z.object({}).strict(),
    output: listOf(FamilyVisitSchema),
    roles: PARENT,
  },
  ...joinActions,
  ...bulkActions,
  ...toneActions,
  ...holdActions,
  ...prepActions,
  ...recordActions,
  ...archiveActions,
})
