// Questionnaire definitions: the default v1 asks what the issue lists, a district's new version is
// checked before it can be used, and an answer is checked against the version it names.
import {
  QuestionnaireDefinitionSchema,
  measuresOfAnswer,
  parseAnswer,
  renderText,
  type QuestionnaireDefinitionInput,
} from '../../../src/core/survey/questionnaire.schema'
import { CURRENT_QUESTIONNAIRE, QUESTIONNAIRE_V1, QUESTIONNAIRES } from '../../../src/core/survey/questionnaire.v1'

const full = { took_place: 'as_recorded', satisfaction: 'fairly', respectful: true, strengths_first: true, offered: false }

describe('v1', () => {
  it('asks the five things in order, each with read-aloud text and Chinese prompts', () => {
    expect(QUESTIONNAIRE_V1.questions.map((q) => q.id)).toEqual([
      'took_place',
      'satisfaction',
      'respectful',
      'strengths_first',
      'offered',
      'to_school',
    ])
    for (const q of QUESTIONNAIRE_V1.questions) {
      expect(q.prompt).toMatch(/\p{Script=Han}/u)
      expect(q.readAloud.length).toBeGreaterThanOrEqual(q.prompt.length - 10)
    }
    expect(QUESTIONNAIRE_V1.questions[1]!.options.map((o) => o.label)).toEqual(['满意', '比较满意', '一般', '不满意'])
    expect(CURRENT_QUESTIONNAIRE.version).toBe('v1')
  })

  it('fills the recorded time and format into the first question', () => {
    const q = QUESTIONNAIRE_V1.questions[0]!
    expect(renderText(q.prompt, { when: '12月5日晚上', format: '入户' })).toBe('老师记录的家访是12月5日晚上，入户。实际情况是这样吗？')
    expect(renderText(q.readAloud, { when: '12月5日晚上', format: '入户' })).not.toContain('{')
  })
})

describe('a district’s new version', () => {
  const base = (): QuestionnaireDefinitionInput => structuredClone(QUESTIONNAIRE_V1) as QuestionnaireDefinitionInput
  const problems = (d: QuestionnaireDefinitionInput) => {
    const r = QuestionnaireDefinitionSchema.safeParse(d)
    return r.success ? [] : r.error.issues.map((i) => i.message)
  }

  it('may reword and add questions', () => {
    const d = base()
    d.version = 'v2'
    d.questions[1]!.prompt = '您对这次家访满意吗？'
    d.questions.push({ id: 'safe', kind: 'yes_no', label: '安全', prompt: '家访是否安全？', readAloud: '家访是否安全？', required: false })
    expect(problems(d)).toEqual([])
  })

  it.each<[string, (d: QuestionnaireDefinitionInput) => unknown, RegExp]>([
    ['drops the satisfaction question', (d) => d.questions.splice(1, 1), /必答的“总体满意度”/],
    ['makes it optional', (d) => (d.questions[1]!.required = false), /必答的“总体满意度”/],
    [
      'renames its options (满意率 would change meaning)',
      (d) => (d.questions[1]!.options![0]!.value = 'happy'),
      /“总体满意度”题的选项不能增减/,
    ],
    ['repeats a question id', (d) => (d.questions[3]!.id = 'respectful'), /题目编号重复/],
    ['gives a yes-no question options', (d) => (d.questions[2]!.options = [{ value: 'a', label: 'A' }]), /只有单选题有选项/],
    ['uses an unknown placeholder', (d) => (d.questions[0]!.prompt = '{teacher}老师来过吗？'), /未知的占位符：teacher/],
    ['has an unsafe version id', (d) => (d.version = 'V 2'), /版本号格式不正确/],
  ])('is refused when it %s', (_, change, why) => {
    const d = base()
    change(d)
    expect(problems(d).join('；')).toMatch(why)
  })
})

describe('an answer', () => {
  it('is kept with its version, an empty optional text dropped', () => {
    const r = parseAnswer(QUESTIONNAIRES, { version: 'v1', values: { ...full, to_school: '  ' } })
    expect(r).toEqual({ ok: true, data: { version: 'v1', values: full } })
  })

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a required question left out', { ...full, satisfaction: undefined }, /请选择：总体满意度/],
    ['an option not in the version', { ...full, took_place: 'maybe' }, /请选择：家访是否属实/],
    ['a question the version does not have', { ...full, extra: 1 }, /.+/],
    ['a text over its limit', { ...full, to_school: '好'.repeat(301) }, /不能超过300个字/],
    ['yes-no given as text', { ...full, offered: '否' }, /请选择：是否有送礼吃请/],
  ])('is refused with %s', (_, values, message) => {
    const r = parseAnswer(QUESTIONNAIRES, { version: 'v1', values })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.message).toMatch(message)
  })

  it('naming an unknown version asks for a refresh', () => {
    const r = parseAnswer(QUESTIONNAIRES, { version: 'v9', values: full })
    expect(r.ok || r.error.code).toBe('SURVEY.UNKNOWN_VERSION')
  })

  it('is read for the figures through its own version, whatever the question ids', () => {
    const v2 = QuestionnaireDefinitionSchema.parse({
      ...QUESTIONNAIRE_V1,
      version: 'v2',
      questions: QUESTIONNAIRE_V1.questions.map((q) => ({ ...q, id: `q_${q.id}` })),
    })
    const values = Object.fromEntries(Object.entries({ ...full, offered: true }).map(([k, v]) => [`q_${k}`, v]))
    const r = parseAnswer([QUESTIONNAIRE_V1, v2], { version: 'v2', values })
    expect(r.ok).toBe(true)
    if (r.ok) expect(measuresOfAnswer(v2, r.data)).toEqual({ tookPlace: 'as_recorded', satisfaction: 'fairly', offered: true })
    expect(measuresOfAnswer(QUESTIONNAIRE_V1, { version: 'v1', values: { satisfaction: 'x' } })).toEqual({
      tookPlace: null,
      satisfaction: null,
      offered: null,
    })
  })
})
