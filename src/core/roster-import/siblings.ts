// Siblings are one family: rows sharing a guardian phone, or reaching the same existing family
// (through a student number already on file or a phone an existing guardian has), form one group.
import type { StudentRow } from './types'

export class UnionFind {
  private parent: number[]
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i)
  }
  find(i: number): number {
    let root = i
    while (this.parent[root] !== root) root = this.parent[root]!
    while (this.parent[i] !== root) [this.parent[i], i] = [root, this.parent[i]!]
    return root
  }
  union(a: number, b: number) {
    const [ra, rb] = [this.find(a), this.find(b)]
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

export type FamilyLookup = {
  /** Existing family of a student number, if the student is on file. */
  familyOfStudent: (studentNo: string) => string | undefined
  /** Existing family of a guardian phone, if a guardian on file has it. */
  familyOfPhone: (phone: string) => string | undefined
}

export type SiblingGroup = { rows: StudentRow[]; existingFamilyId: string | null }

/** Groups in file order; each keeps the existing family most of its links point to (ties: smallest id). */
export function groupSiblings(rows: StudentRow[], lookup: FamilyLookup): SiblingGroup[] {
  const uf = new UnionFind(rows.length)
  const firstByKey = new Map<string, number>()
  const link = (key: string, i: number) => {
    const first = firstByKey.get(key)
    if (first === undefined) firstByKey.set(key, i)
    else uf.union(first, i)
  }
  const linksOf = rows.map((r) => existingLinks(r, lookup))
  rows.forEach((r, i) => {
    for (const g of r.guardians) link(`p:${g.phone}`, i)
    for (const f of linksOf[i]!) link(`f:${f}`, i)
  })
  const groups = new Map<number, { rows: StudentRow[]; links: string[] }>()
  rows.forEach((r, i) => {
    const root = uf.find(i)
    const g = groups.get(root) ?? { rows: [], links: [] }
    g.rows.push(r)
    g.links.push(...linksOf[i]!)
    groups.set(root, g)
  })
  return [...groups.values()].map((g) => ({ rows: g.rows, existingFamilyId: pickFamily(g.links) }))
}

function existingLinks(r: StudentRow, lookup: FamilyLookup): string[] {
  const ids = [lookup.familyOfStudent(r.studentNo), ...r.guardians.map((g) => lookup.familyOfPhone(g.phone))]
  return ids.filter((x): x is string => !!x)
}

function pickFamily(links: string[]): string | null {
  const counts = new Map<string, number>()
  for (const id of links) counts.set(id, (counts.get(id) ?? 0) + 1)
  let best: string | null = null
  for (const [id, n] of counts) {
    const bestN = best === null ? 0 : counts.get(best)!
    if (n > bestN || (n === bestN && best !== null && id < best)) best = id
  }
  return best
}
