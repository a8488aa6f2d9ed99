// The tone check over a table of record sentences: what must be flagged (with which rule) and what must not,
// including near misses where a flagged word sits inside another word. Uses the server's real segmenter.
import { segment } from '../../../src/api/tone/segment'
import { checkTone, ruleName } from '../../../src/core/tone/tone.check'
import type { ToneRule } from '../../../src/core/tone/tone.types'

const FLAGGED: [string, ToneRule, string][] = [
  ['他总是不交作业', 'absolute', '总是'],
  ['孩子老是忘记带课本', 'absolute', '老是'],
  ['每次都迟到', 'absolute', '每次都'],
  ['每次考试都不及格', 'absolute', '每次'],
  ['上课动不动就走神', 'absolute', '动不动就'],
  ['从来不写作业', 'absolute', '从来不'],
  ['他从不举手发言', 'absolute', '从不'],
  ['一点都不认真', 'absolute', '一点都不'],
  ['根本不听讲', 'absolute', '根本不'],
  ['作业完全不会做', 'absolute', '完全不会'],
  ['从来没有主动读过书', 'absolute', '从来没有'],
  ['他整天玩手机', 'absolute', '整天'],
  ['语文作文总是拖到最后才写', 'absolute', '总是'],
  ['孩子太懒了', 'label', '太懒'],
  ['这孩子很笨', 'label', '很笨'],
  ['他就是懒', 'label', '就是懒'],
  ['成绩太差了', 'label', '太差'],
  ['字写得很差', 'label', '很差'],
  ['表现太差劲', 'label', '太差劲'],
  ['他是个差生', 'label', '差生'],
  ['不是坏孩子也是问题学生', 'label', '问题学生'],
  ['他是个坏孩子', 'label', '坏孩子'],
  ['真是没救了', 'label', '没救了'],
  ['孩子屡教不改', 'label', '屡教不改'],
  ['简直无可救药', 'label', '无可救药'],
  ['他有多动症', 'label', '多动症'],
  ['这孩子就是个多动症', 'label', '多动症'],
  ['脑子太笨', 'label', '太笨'],
  ['做事懒惰', 'label', '懒惰'],
  ['这孩子很坏', 'label', '很坏'],
  ['你们家长从来不管', 'parent-blame', '你们家长从来不管'],
  ['您从来不管孩子', 'parent-blame', '您从来不管'],
  ['家长不配合', 'parent-blame', '家长不配合'],
  ['都是家长的责任', 'parent-blame', '都是家长的责任'],
  ['都怪你们家长', 'parent-blame', '都怪你们家长'],
  ['父母太溺爱了', 'parent-blame', '父母太溺爱'],
  ['家里不重视学习', 'parent-blame', '家里不重视'],
  ['再这样就要请家长', 'threat', '再这样就要请家长'],
  ['再这样下去就考不上高中了', 'threat', '再这样下去就考不上高中了'],
  ['再不努力就考不上了', 'threat', '再不努力就考不上了'],
  ['别人家的孩子都会', 'comparison', '别人家的孩子'],
  ['你看人家孩子多懂事', 'comparison', '你看人家'],
  ['别的同学都交了', 'comparison', '别的同学都'],
  ['他的成绩不如别人', 'comparison', '不如别人'],
]

const CLEAN: string[] = [
  '他懒洋洋地晒太阳的猫很可爱',
  '帮老师搬笨重的箱子',
  '这次成绩和上次差不多',
  '爸爸经常出差，妈妈照顾孩子',
  '和目标还有一点差距',
  '家里买了懒人沙发',
  '家里的灯坏了',
  '从不同角度思考问题',
  '他总是会进步的',
  '总是很积极地帮助同学',
  '每次都按时完成作业',
  '从不迟到',
  '一点也不怕困难',
  '他一直没有放弃',
  '家长不管多忙都会陪孩子读书',
  '家长很配合老师的工作',
  '家长的责任心很强',
  '根本原因是缺少方法',
  '两种方法根本不同',
  '今天天气好',
  '在家总是主动拖地',
  '写作业时有时会偷懒',
  '跳绳动作还有点笨拙',
  '医生诊断为多动症，正在治疗',
  '数学问题解决得很好',
  '差一点就满分了',
  '他懒得和别人争吵',
  '向别人学习长处',
  '这两周有3次没有按时交作业，我们一起想想办法',
  '孩子在家主动做家务，周末陪奶奶买菜',
  '下一步我们每天检查一次作业',
  '他喜欢画画，作品在班里展出过',
  '',
]

describe('tone check', () => {
  it.each(FLAGGED)('flags %s (%s: %s)', (text, rule, words) => {
    const flags = checkTone(text, segment)
    expect(flags.map((f) => [f.rule, f.words])).toContainEqual([rule, words])
    const flag = flags.find((f) => f.words === words)!
    expect(text.slice(flag.start, flag.end)).toBe(words)
  })

  it.each(CLEAN)('does not flag %s', (text) => {
    expect(checkTone(text, segment)).toEqual([])
  })

  it('has at least 60 rows', () => expect(FLAGGED.length + CLEAN.length).toBeGreaterThanOrEqual(60))

  it('names the rule that fired in every explanation, and quotes the words', () => {
    const flags = FLAGGED.flatMap(([text]) => checkTone(text, segment))
    for (const f of flags) {
      expect(f.explanation.startsWith(`${ruleName(f.rule)}：“${f.words}”`)).toBe(true)
      expect(f.example.length).toBeGreaterThan(5)
    }
    expect(ruleName('absolute')).toBe('绝对化的说法')
  })

  it('suggests a drop-in rewording toward what was observed', () => {
    const text = '他总是不交作业，一点都不认真。'
    const rewritten = checkTone(text, segment)
      .reverse()
      .reduce((t, f) => t.slice(0, f.start) + f.suggestion + t.slice(f.end), text)
    expect(rewritten).toBe('他最近有几次不交作业，还不太认真。')
    expect(checkTone(rewritten, segment)).toEqual([])
  })

  it('finds every flag in a long record with offsets into the original text', () => {
    const text = '孩子  很懒，\n他总是不交作业😀。' + '在家主动做家务。'.repeat(50) + '你们家长从来不管。'
    const flags = checkTone(text, segment)
    expect(flags.map((f) => f.rule)).toEqual(['label', 'absolute', 'parent-blame'])
    for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.words)
  })

  it('lets one flag win where rules overlap: blame over the absolute inside it', () => {
    expect(checkTone('您从来不管孩子', segment).map((f) => f.rule)).toEqual(['parent-blame'])
  })
})
