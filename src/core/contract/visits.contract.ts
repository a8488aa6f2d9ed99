import { z } from 'zod'
import { IdSchema } from '../model/base.schema'
import {
  AgreementSchema,
  CommandKindSchema,
  SideSchema,
  ThreadEntrySchema,
  VisitFormatSchema,
  VisitOptionSchema,
  VisitStatusSchema,
} from '../model/visit.schema'
import { OptionInputSchema, OptionListSchema } from '../visit/options.rules'
import { PARENT, STAFF } from '../roles'
import { defineFunction } from './contract'

const Text = (max: number, label: string) => z.string().trim().max(max, `${label}不超过${max}个字`)

export const CommandSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accept'), optionId: IdSchema }),
  z.object({ kind: z.literal('counter'), options: OptionListSchema, text: Text(200, '留言').default('') }),
  z.object({
    kind: z.literal('decline_home'),
    options: z.array(OptionInputSchema).max(4).default([]),
    text: Text(200, '留言').default(''),
  }),
  z.object({ kind: z.literal('reschedule'), options: OptionListSchema, text: Text(200, '留言').default('') }),
  z.object({ kind: z.literal('cancel'), reason: Text(200, '原因').min(1, '请填写取消原因') }),
  z.object({
    kind: z.literal('phone_agreement'),
    option: OptionInputSchema,
    guardianName: Text(20, '家长姓名').min(1, '请填写通话的家长'),
  }),
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
})

export const VisitViewSchema = z.object({
  visitId: z.string(),
  version: z.number().int(),
  status: VisitStatusSchema,
  mySide: SideSchema,
  teacherName: z.string(),
  studentNames: z.array(z.string()),
  topic: z.string(),
  options: z.array(VisitOptionSchema),
  offeredBy: SideSchema,
  homeDeclined: z.boolean(),
  agreed: AgreementSchema.nullable(),
  thread: z.array(ThreadEntrySchema),
  actions: z.array(CommandKindSchema),
  receipt: ReceiptSchema.nullable(),
  cancelledBy: SideSchema.nullable(),
  cancelReason: z.string().nullable(),
  makeUpNeeded: z.boolean(),
  /** Only once both sides agreed on a video visit (never before agreement). */
  videoReady: z.boolean(),
})
export type VisitView = z.infer<typeof VisitViewSchema>

const VisitListSchema = z.object({ visits: z.array(VisitViewSchema), total: z.number().int() })

export const visitsContract = defineFunction({
  propose: {
    summary: '教师：向一个家庭提出1–4个家访时间和形式',
    input: z
      .object({ studentId: IdSchema, options: OptionListSchema, topic: Text(200, '家访内容').min(1, '请写一句想和家长聊什么') })
      .strict(),
    output: VisitViewSchema,
    roles: STAFF,
    write: true,
  },
  respond: {
    summary: '教师/家长：接受、另提时间、不入户、改期、取消、记录电话约定',
    input: z.object({ visitId: IdSchema, version: z.number().int(), command: CommandSchema }).strict(),
    output: VisitViewSchema,
    roles: [...STAFF, ...PARENT],
    write: true,
  },
  get: {
    summary: '教师/家长：一次家访的协商记录和确认回执',
    input: z.object({ visitId: IdSchema }).strict(),
    output: VisitViewSchema,
    roles: [...STAFF, ...PARENT],
  },
  myAgenda: {
    summary: '教师：某天起若干天内的家访（含待回复）',
    input: z
      .object({ from: z.iso.date({ message: '日期格式应为 YYYY-MM-DD' }), days: z.number().int().min(1).max(31).default(7) })
      .strict(),
    output: VisitListSchema,
    roles: STAFF,
  },
  myFamilyVisits: {
    summary: '家长：孩子们的家访（待回复、已约定、最近的）',
    input: z.object({}).strict(),
    output: VisitListSchema,
    roles: PARENT,
  },
})
