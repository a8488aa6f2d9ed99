// Parents' opinions as tickets, and typical cases (典型案例).
import { z } from 'zod'
import { REDACTION_KINDS } from '../survey/anonymise'
import { TICKET_ROUTES, TICKET_SOURCES, TICKET_STATES } from '../survey/ticket.rules'
import { LEADER, PARENT, STAFF } from '../roles'
import { id, text } from './fields'

const NOTHING = z.object({}).strict()

/** A ticket as its parent or its owner sees it: the text, where it went, how long it has waited, the answer. */
export const TicketViewSchema = z.object({
  ticketId: z.string(),
  source: z.enum(TICKET_SOURCES),
  route: z.enum(TICKET_ROUTES),
  routeLabel: z.string(),
  text: z.string(),
  createdAt: z.string(),
  state: z.enum(TICKET_STATES),
  ageLabel: z.string(),
  answer: z.object({ text: z.string(), at: z.string() }).nullable(),
  /** Owner's view only: whose child (the owner knows the family); empty for the parent. */
  about: z.string(),
  /** Where it was before its last move (an amended record sent the opinion elsewhere); null: never moved. */
  movedFrom: z.string().nullable(),
})
export type TicketView = z.infer<typeof TicketViewSchema>

/** Open tickets on the owner's home and the leader's board: how many, and how long the oldest has waited. */
export const TicketAgeSchema = z.object({ open: z.number().int(), oldestDays: z.number().int().nullable() })
export type TicketAge = z.infer<typeof TicketAgeSchema>

const RedactionViewSchema = z.object({
  kind: z.enum(REDACTION_KINDS),
  kindLabel: z.string(),
  original: z.string(),
  replacement: z.string(),
})
const DraftTextSchema = z.object({ key: z.string(), label: z.string(), text: z.string(), redactions: z.array(RedactionViewSchema) })
export const CaseViewSchema = z.object({
  caseId: z.string(),
  title: z.string(),
  gradeLabel: z.string(),
  publishedAt: z.string(),
  texts: z.array(z.object({ label: z.string(), text: z.string() })),
})
export type CaseView = z.infer<typeof CaseViewSchema>

const visitId = id('家访')
const DropSchema = z.object({ key: z.string().max(40), index: z.number().int().min(0).max(200) }).strict()

export const ticketsActions = {
  suggest: {
    summary: '家长：给班主任或学校提建议（同一请求重发只记一次）',
    input: z
      .object({
        requestId: id('请求', 120),
        to: z.enum(TICKET_ROUTES, { error: () => '请选择给班主任还是给学校' }),
        text: text(200, '建议').min(1, '请写下您的建议'),
      })
      .strict(),
    output: TicketViewSchema,
    roles: PARENT,
    write: true,
  },
  myTickets: {
    summary: '家长：我提的意见和家访中记下的意见，以及回复',
    input: NOTHING,
    output: z.object({ tickets: z.array(TicketViewSchema) }),
    roles: PARENT,
  },
  ticketsToAnswer: {
    summary: '班主任：本班家长的意见；校领导：给学校的意见（最久的在前）',
    input: NOTHING,
    output: z.object({ tickets: z.array(TicketViewSchema), age: TicketAgeSchema }),
    // Any staff: who owns nothing finds nothing.
    roles: STAFF,
  },
  answerTicket: {
    summary: '回复一条家长意见（家长能看到回复）',
    input: z.object({ ticketId: id('意见'), text: text(300, '回复').min(1, '请写下回复') }).strict(),
    output: TicketViewSchema,
    roles: STAFF,
    write: true,
  },
  flagTypicalCase: {
    summary: '中层干部、校领导：把一份家访记录设为典型案例，得到去除身份信息的草稿',
    input: z.object({ visitId }).strict(),
    output: z.object({ visitId: z.string(), published: z.boolean(), texts: z.array(DraftTextSchema) }),
    roles: LEADER,
  },
  publishTypicalCase: {
    summary: '中层干部、校领导：核对去除的内容后发布典型案例（发布后不可修改）',
    input: z
      .object({
        visitId,
        title: text(30, '案例标题').min(1, '请写一个案例标题'),
        /** Redactions the reviewer restores (a word that was only a word). */
        restore: z.array(DropSchema).max(200),
        /** Texts left out of the case altogether. */
        omit: z.array(z.string().max(40)).max(100),
      })
      .strict(),
    output: CaseViewSchema,
    roles: LEADER,
    write: true,
  },
  typicalCases: {
    summary: '典型案例库：本校教职工看本校的，区教体局看全区的',
    input: NOTHING,
    output: z.object({ cases: z.array(CaseViewSchema) }),
    // The school's staff and the district (no group names both); the route refuses anyone else.
    roles: 'signed-in',
  },
} as const
