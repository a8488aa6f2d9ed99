// The prep pack of an agreed visit (policy §四(三) 无准备、不家访) and colleagues' input to it.
import { z } from 'zod'
import { DOMAINS, OUTLINE_KINDS, OutlineItemSchema } from '../visit/prep.rules'
import { PREP_REQUEST_STATES } from '../model/prep-request.schema'
import { STAFF } from '../roles'
import { choice, flag, id, text, version } from './fields'

export const MAX_OUTLINE = 15
export const MAX_QUESTIONS = 10
export const MAX_ASK = 8

const OutlineInputSchema = z
  .object({
    domain: choice(DOMAINS, '德智体美劳中的哪一方面'),
    kind: choice(OUTLINE_KINDS, '闪光点还是可以一起努力的地方'),
    text: text(200, '要点').min(1, '请填写要点，或删掉这一条'),
  })
  .strict()

/** A colleague's request as the visit's side sees it in the pack. */
export const PrepRequestViewSchema = z.object({
  requestId: z.string(),
  staffName: z.string(),
  why: z.string(),
  text: z.string().nullable(),
  answeredAt: z.string().nullable(),
})

export const PrepViewSchema = z.object({
  visitId: z.string(),
  /** 0 until the pack is first saved. */
  version: z.number().int(),
  /** A co-visitor sees the pack; only the visit's teacher edits it. */
  readOnly: z.boolean(),
  studentNames: z.array(z.string()),
  startAt: z.string().nullable(),
  outline: z.array(OutlineItemSchema),
  questions: z.array(z.string()),
  talkedWithStudent: z.boolean(),
  missing: z.array(z.string()),
  requests: z.array(PrepRequestViewSchema),
  /** The family's last visit in an earlier period: its topic and agreed day (Shanghai). */
  previous: z.object({ topic: z.string(), date: z.string() }).nullable(),
  /** Strategies agreed at that visit: filled once visit records exist (issue 11, the record). */
  lastStrategies: z.array(z.string()),
})
export type PrepView = z.infer<typeof PrepViewSchema>

/** A request as the asked colleague sees it on their list. */
export const MyPrepRequestSchema = z.object({
  requestId: z.string(),
  askedByName: z.string(),
  studentNames: z.array(z.string()),
  startAt: z.string().nullable(),
  why: z.string(),
  state: z.enum(PREP_REQUEST_STATES),
  text: z.string().nullable(),
  answeredAt: z.string().nullable(),
})
export type MyPrepRequest = z.infer<typeof MyPrepRequestSchema>

const visitInput = z.object({ visitId: id('家访') }).strict()

export const prepActions = {
  getPrep: {
    summary: '教师：一次已约定家访的准备（提纲、问题、同事提供的情况、还差什么）',
    input: visitInput,
    output: PrepViewSchema,
    roles: STAFF,
  },
  savePrep: {
    summary: '教师：保存家访准备（只有安排这次家访的老师）',
    input: z
      .object({
        visitId: id('家访'),
        version: version(),
        outline: z.array(OutlineInputSchema).max(MAX_OUTLINE, `提纲最多写${MAX_OUTLINE}条`),
        questions: z.array(text(100, '问题').min(1, '请填写问题，或删掉这一条')).max(MAX_QUESTIONS, `问题最多写${MAX_QUESTIONS}个`),
        talkedWithStudent: flag('是否已和孩子谈过'),
      })
      .strict(),
    output: PrepViewSchema,
    roles: STAFF,
    write: true,
  },
  prepColleagues: {
    summary: '教师：可以请哪些同事为这次家访提供学生情况（任课老师、班主任、导师、同年级老师）',
    input: visitInput,
    output: z.object({ colleagues: z.array(z.object({ staffId: z.string(), name: z.string(), why: z.string(), asked: z.boolean() })) }),
    roles: STAFF,
  },
  askColleagues: {
    summary: '教师：请同事为这次家访提供学生情况',
    input: z
      .object({
        visitId: id('家访'),
        staffIds: z.array(id('同事')).min(1, '请至少选择一位同事').max(MAX_ASK, `一次最多请${MAX_ASK}位同事`),
      })
      .strict(),
    output: PrepViewSchema,
    roles: STAFF,
    write: true,
  },
  myPrepRequests: {
    summary: '教师：同事请我为家访提供的学生情况',
    input: z.object({}).strict(),
    output: z.object({ requests: z.array(MyPrepRequestSchema), open: z.number().int() }),
    roles: STAFF,
  },
  answerPrepRequest: {
    summary: '教师：回复同事的请求，用一两句话写学生的情况（可以再次修改）',
    input: z.object({ requestId: id('请求', 120), text: text(300, '学生情况').min(1, '请写一两句学生的情况') }).strict(),
    output: MyPrepRequestSchema,
    roles: STAFF,
    write: true,
  },
} as const
