// A teacher's visits still being agreed, most recently changed first. One ordered read per state,
// merged here: each walks the (teacher, status, updatedAt) index in order and reads only the documents
// it returns, where one read over both states made SQLite pull every awaiting visit (~1.4 KB each) and
// sort them in a temporary B-tree. Same answer as that read, ties broken by id as the engines do.
import type { Visit } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { repos } from '../../repos'

const AWAITING = ['awaiting_parent', 'awaiting_teacher'] as const

export async function awaitingVisits(store: DocStore, teacherId: string, limit: number): Promise<Visit[]> {
  const lists = await Promise.all(
    AWAITING.map((status) => repos(store).visits.find({ where: { teacherId, status }, orderBy: [['updatedAt', 'desc']], limit })),
  )
  return lists
    .flat()
    .sort((a, b) => (a.updatedAt === b.updatedAt ? (a._id < b._id ? -1 : 1) : a.updatedAt < b.updatedAt ? 1 : -1))
    .slice(0, limit)
}
