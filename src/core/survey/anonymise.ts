// Anonymising a record for the typical-case library (典型案例): the names we know (student, guardians,
// teachers, class, school, places) and the patterns that identify anyone (phones, ID numbers,
// addresses, birth dates) are replaced. It errs toward removing: the flagger reviews every redaction
// (returned with its position) before publishing, and may restore a word that was only a word.
export const REDACTION_KINDS = ['person', 'class', 'school', 'place', 'phone', 'id_number', 'address', 'birth_date'] as const
export type RedactionKind = (typeof REDACTION_KINDS)[number]
export const REPLACEMENTS: Record<RedactionKind, string> = {
  person: '某某',
  class: '某班',
  school: '某校',
  place: '某地',
  phone: '[电话]',
  id_number: '[证件号]',
  address: '[地址]',
  birth_date: '[出生日期]',
}
export const REDACTION_LABELS: Record<RedactionKind, string> = {
  person: '人名',
  class: '班级',
  school: '学校',
  place: '地名',
  phone: '电话',
  id_number: '证件号或学号',
  address: '地址',
  birth_date: '出生日期',
}

/** What the record's school knows about it: names to remove wherever they appear. */
export type KnownNames = { people: readonly string[]; classes: readonly string[]; schools: readonly string[]; places: readonly string[] }
/** One replaced span of the original text: [start, end). */
export type Redaction = { kind: RedactionKind; original: string; replacement: string; start: number; end: number }
export type RedactedText = { text: string; redactions: Redaction[] }

type Rule = { kind: RedactionKind; re: RegExp; replacement?: string }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '司徒', '夏侯', '端木', '尉迟', '公孙', '长孙']
/** Words that follow a surname when it names a person: 王老师, 李妈妈. */
const TITLES = '老师|妈妈|爸爸|奶奶|爷爷|外婆|外公|姥姥|姥爷|同学|校长|主任|书记|叔叔|阿姨|女士|先生|家长|师傅'
/** Common surnames, less those that end everyday words before a title (向老师请教, 历史老师, 明白老师的意思). */
const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金廖贾夏韦付邹孟熊秦邱江尹薛闫段雷侯龙陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤'
const HAN = /^\p{Script=Han}+$/u

/** Surname and given name of a Chinese name; null for anything else (matched only whole). */
export function splitName(name: string): { surname: string; given: string } | null {
  const n = name.trim()
  if (!HAN.test(n) || n.length < 2) return null
  const s = n.length >= 3 && COMPOUND_SURNAMES.includes(n.slice(0, 2)) ? 2 : 1
  return { surname: n.slice(0, s), given: n.slice(s) }
}

/**
 * A person's name, full or in the forms people say it: a given name of two characters anywhere (小明);
 * one character only as a nickname (伟伟, 小伟, 阿伟); a surname only before a title (王老师 → 某老师),
 * so 提高 or 张贴 stay when 高 or 张 is a surname.
 */
function personRules(name: string): Rule[] {
  const n = name.trim()
  if (!n) return []
  const rules: Rule[] = [{ kind: 'person', re: new RegExp(escape(n), 'g') }]
  const parts = splitName(n)
  if (!parts) return rules
  const g = escape(parts.given)
  if (parts.given.length >= 2) rules.push({ kind: 'person', re: new RegExp(g, 'g') })
  else rules.push({ kind: 'person', re: new RegExp(`${g}${g}|[小阿]${g}`, 'g') })
  rules.push({ kind: 'person', re: new RegExp(`${escape(parts.surname)}(?=${TITLES})`, 'g'), replacement: '某' })
  return rules
}

const literal = (kind: RedactionKind, names: readonly string[]): Rule[] =>
  names
    .map((x) => x.trim())
    .filter(Boolean)
    .map((x) => ({ kind, re: new RegExp(escape(x), 'g') }))

const NUM = '(?:[一二三四五六七八九十]{1,3}|\\d{1,2})'
/** A Han character that begins a place name, not a word around it (家住幸福路 → 幸福路). */
const W = '(?:(?![的在住到从去于是和与家了也就都还])\\p{Script=Han})'
const DATE = '(?:(?:19|20)\\d{2}\\s*[年./-]\\s*)?\\d{1,2}\\s*[月./-]\\s*\\d{1,2}\\s*[日号]?'

const PATTERNS: Rule[] = [
  // 18-digit ID (with its birth date inside) and the old 15-digit form; before phones, being longer.
  { kind: 'id_number', re: /(?<![0-9A-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g },
  { kind: 'id_number', re: /(?<!\d)\d{15}(?!\d)/g },
  { kind: 'id_number', re: /(?<=学号\s*[：:是为]?\s*)\d{4,20}/g },
  { kind: 'phone', re: /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?[\d*]{4}){2}(?!\d)/g },
  { kind: 'phone', re: /(?<!\d)0\d{2,3}[-\s]?\d{7,8}(?!\d)/g },
  { kind: 'birth_date', re: new RegExp(`(?<=(?:出生日期|出生于|出生|生日|生于)\\s*[：:是为在于]?\\s*)${DATE}`, 'g') },
  { kind: 'birth_date', re: new RegExp(`${DATE}(?=\\s*(?:出生|生日|生人))`, 'g') },
  {
    kind: 'class',
    re: new RegExp(`(?:[一二三四五六七八九1-9]\\s*年级|[初高][一二三]|[一二三四五六1-6])\\s*[（(]?\\s*${NUM}\\s*[)）]?\\s*班(?!倒)`, 'gu'),
  },
  { kind: 'class', re: new RegExp(`(?<![\\d一二三四五六七八九十])${NUM}班(?![倒车次级])`, 'gu') },
  // Someone not on the record, named the usual way (刘老师): a common surname before a title.
  { kind: 'person', re: new RegExp(`[${COMMON_SURNAMES}](?=${TITLES})`, 'gu'), replacement: '某' },
  { kind: 'school', re: new RegExp(`第${NUM}(?:中学|小学|实验学校|初级中学)`, 'g') },
  { kind: 'address', re: new RegExp(`${W}{1,8}(?:路|街|大道|巷|弄)\\s*\\d+\\s*号(?:院)?`, 'gu') },
  { kind: 'address', re: /\d+\s*(?:号楼|栋|幢)(?:\s*\d+\s*单元)?(?:\s*\d+\s*[层楼])?(?:\s*\d+\s*[室号]?)?/g },
  { kind: 'address', re: /\d+\s*单元\s*\d+\s*[室号]?|(?<!\d)\d{3,4}\s*室/g },
  { kind: 'place', re: new RegExp(`${W}{2,6}(?:小区|花园|新村|家园|社区)`, 'gu') },
  { kind: 'place', re: new RegExp(`${W}{2,4}(?<![农乡山])村(?![民里子])`, 'gu') },
]

type Span = Rule & { start: number; end: number; original: string }

function spansOf(text: string, rules: readonly Rule[]): Span[] {
  const spans: Span[] = []
  rules.forEach((rule) => {
    for (const m of text.matchAll(rule.re)) {
      if (m[0].length > 0) spans.push({ ...rule, start: m.index, end: m.index + m[0].length, original: m[0] })
    }
  })
  return spans
}

/**
 * Earliest first, then longest (王小明 over 小明); a span overlapping a kept one is dropped, except that
 * overlapping names merge (张伟 and the nickname 伟伟 in 张伟伟 remove all three characters).
 */
function resolve(text: string, spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Span[] = []
  for (const s of sorted) {
    const last = kept[kept.length - 1]
    if (!last || s.start >= last.end) kept.push(s)
    else if (s.kind === 'person' && last.kind === 'person' && s.end > last.end) {
      kept[kept.length - 1] = { ...last, end: s.end, original: text.slice(last.start, s.end), replacement: undefined }
    }
  }
  return kept
}

export function rulesFor(known: KnownNames): Rule[] {
  // Longest names first, so a guardian 王小明 is matched before a student 王小 when both start together.
  const people = [...known.people].sort((a, b) => b.length - a.length).flatMap(personRules)
  return [
    ...literal('school', known.schools),
    ...literal('class', known.classes),
    ...literal('place', known.places),
    ...people,
    ...PATTERNS,
  ]
}

/** The text with these redactions applied: the flagger's review may drop some before publishing. */
export function applyRedactions(original: string, redactions: readonly Redaction[]): string {
  let out = ''
  let at = 0
  for (const r of [...redactions].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue
    out += original.slice(at, r.start) + r.replacement
    at = r.end
  }
  return out + original.slice(at)
}

/** One text with every identifying span replaced, and the list of what was replaced where. */
export function anonymiseText(text: string, known: KnownNames, rules = rulesFor(known)): RedactedText {
  const redactions: Redaction[] = resolve(text, spansOf(text, rules)).map((s) => ({
    kind: s.kind,
    original: s.original,
    replacement: s.replacement ?? REPLACEMENTS[s.kind],
    start: s.start,
    end: s.end,
  }))
  return { text: applyRedactions(text, redactions), redactions }
}

/** Every text field of a record, anonymised with the same names. */
export function anonymiseTexts<K extends string>(texts: Readonly<Record<K, string>>, known: KnownNames) {
  const rules = rulesFor(known)
  const result = {} as Record<K, RedactedText>
  for (const k of Object.keys(texts) as K[]) result[k] = anonymiseText(texts[k], known, rules)
  return result
}
