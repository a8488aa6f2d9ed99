// The curated lexicon. Every entry matches only whole segmented words (a run of tokens that spells it
// exactly), so 差 in 差不多/出差/差距, 懒 in 懒人沙发/懒洋洋, 笨 in 笨重, 天天 in 今天天气 and 从不 in
// 从不同角度 never match. Decisions on near misses (each a row in tests/unit/visit/tone.test.ts):
// - 总是/每次 alone are no complaint (总是会进步, 每次都按时完成): flagged only with a negation or a
//   misdeed later in the clause (总是不交作业, 总是拖到最后; not 总是主动拖地).
// - A negated misdeed is praise: 从不迟到, 一点也不怕困难, 一直没有放弃.
// - 偷懒, 懒得, 笨拙 describe behaviour, not the child: not labels. 差 and 坏 label only after a degree
//   adverb (太差, 很坏), never alone (灯坏了, 差一点).
// - 多动症 is a label unless the clause names a diagnosis (医生诊断为多动症).
// - 不管 followed by 多/怎么/什么 is "no matter" (家长不管多忙…), not blame.
import type { ToneRule } from './tone.types'

/** Absolutes that generalise a negative: flagged when their clause holds a negation or a misdeed. */
export const HABIT_WORDS = ['总是', '老是', '每次', '每次都', '动不动', '动不动就', '整天', '天天', '永远', '向来']

/** Absolutes that already carry the negation (从来不交作业). */
export const NEVER_WORDS = ['从不', '从没', '从未', '从来不', '从来没', '从来没有', '一点都不', '一点也不', '一点儿都不', '一点儿也不']
/** Adverbs that become absolutes before a word starting with 不/没 (从来|不管, 根本|不|听讲). */
export const NEVER_PREFIXES = ['从来', '从来都', '根本', '完全', '一点都', '一点也', '丝毫', '压根', '压根儿']

/** Misdeeds: an absolute before them is a complaint (总是迟到); a negation before them is praise (从不迟到). */
export const MISDEEDS = new Set(
  (
    '迟到 拖 拖到 早退 旷课 逃课 打架 骂人 说谎 撒谎 顶嘴 捣乱 抱怨 放弃 偷懒 拖拉 拖延 马虎 粗心 走神 开小差 分心 抄袭 ' +
    '欺负 浪费 骄傲 退缩 怕 害怕 怕苦 怕累 喊累 叫苦 服输 发脾气 哭闹 缺席 缺勤 违纪 玩手机 玩游戏 忘 忘记 落下 掉队'
  ).split(' '),
)

/** Negations that follow an absolute (总是|不|交) and words where 不 is no negation. */
export const NEGATIONS = new Set(['不', '没', '没有', '别', '不会', '不能', '不肯', '不愿', '不想', '不要', '不太', '不够', '未'])
export const NOT_NEGATIONS = new Set(['不同', '不少', '不错', '不断', '不仅', '不但', '不只', '不停', '不久', '不过', '不一样'])

/** Labels put on a child. A degree adverb before one (很|笨, 太|懒) joins the flagged span. */
export const LABELS: Record<string, string> = {
  笨: '学得慢一些',
  笨蛋: '还在找学习方法的孩子',
  蠢: '还在摸索方法',
  愚蠢: '还在摸索方法',
  傻: '还在摸索方法',
  懒: '做事还需要督促',
  懒惰: '做事还需要督促',
  懒虫: '还需要督促的孩子',
  差劲: '还需要进步',
  差生: '学习上需要更多帮助的学生',
  后进生: '学习上需要更多帮助的学生',
  坏孩子: '需要更多引导的孩子',
  坏学生: '需要更多引导的学生',
  问题学生: '需要更多关注的学生',
  问题孩子: '需要更多关注的孩子',
  没救: '需要我们一起想办法',
  没救了: '需要我们一起想办法',
  屡教不改: '提醒后还会反复',
  无可救药: '需要更多耐心和方法',
  朽木不可雕: '需要更多耐心和方法',
  废物: '还没找到自己擅长的事',
  白痴: '还在摸索方法',
  弱智: '还在摸索方法',
  猪脑子: '还在摸索方法',
  多动症: '上课时不容易坐住（写具体表现）',
}
/** Words that label only after a degree adverb: 太差/很坏, never 差不多/出差/差距 or 灯坏了. */
export const DEGREE_LABELS: Record<string, string> = { 差: '还有提升空间', 坏: '还需要引导' }
export const DEGREES = ['很', '太', '真', '特别', '非常', '有点', '比较', '最', '超级', '实在', '就是', '太过']
/** 多动症 is a diagnosis, not a label, when the clause says who diagnosed it. */
export const MEDICAL = new Set(['诊断', '确诊', '医生', '医院', '就医', '评估', '诊断为', '复诊', '治疗'])

/** Whoever a blame is aimed at, and the blame. 不管 followed by 多/怎么/什么 is "no matter", not blame. */
export const PARENT_WORDS = new Set(['家长', '你们', '您', '你', '父母', '家里', '你们家', '您家', '孩子他妈', '孩子他爸'])
export const BLAME_WORDS = [
  '不管',
  '从来不管',
  '从不管',
  '从来没管',
  '没管',
  '没管好',
  '管不好',
  '不配合',
  '不负责',
  '不负责任',
  '失职',
  '溺爱',
  '惯坏',
  '惯的',
  '纵容',
  '放任',
  '不重视',
  '不关心',
  '不上心',
  '不闻不问',
  '的责任',
  '的错',
  '害的',
  '造成的',
]
export const CONCESSIVE_NEXT = new Set(['多', '多么', '怎么', '怎样', '什么', '是否', '有多', '如何', '哪', '谁', '刮风', '下雨', '工作'])

/** Threats: 再这样 always; 再不/要是再/再敢 when 就 follows in the clause. */
export const THREAT_ALWAYS = ['再这样', '再这样下去', '再这么下去', '再这么']
export const THREAT_IF = ['再不', '要是再', '如果再', '再敢', '再让我']
export const THREAT_THEN = new Set(['就', '就要', '就会', '只能', '别想', '开除', '劝退', '退学'])

export const COMPARISONS = [
  '别人家的孩子',
  '别人家孩子',
  '人家的孩子',
  '人家孩子',
  '别的孩子都',
  '别的同学都',
  '看看人家',
  '你看人家',
  '不如别人',
  '比不上别人',
  '哪像',
  '都不如',
]

type RuleText = { name: string; why: string; suggestion: string; example: string }
export const RULE_TEXTS: Record<ToneRule, RuleText> = {
  absolute: {
    name: '绝对化的说法',
    why: '把一段时间里的几次情况说成一贯如此，家长容易只听到指责',
    suggestion: '最近有几次',
    example: '把“总是不交作业”写成“这两周有3次没有按时交作业，我们一起想想办法”',
  },
  label: {
    name: '给孩子贴标签',
    why: '评价的是孩子这个人，而不是看到的具体表现',
    suggestion: '',
    example: '写看到的事和下一步，例如“做数学题时遇到难题容易放弃，我们先从每天一道题开始”',
  },
  'parent-blame': {
    name: '指责家长',
    why: '把问题归到家长身上，家访要的是家校一起想办法',
    suggestion: '我们家校可以一起多关注',
    example: '写成“孩子回家后作业常常没完成，我们商量一个每天检查的时间”',
  },
  threat: {
    name: '威胁式的说法',
    why: '用后果吓人，不如说清楚下一步一起做什么',
    suggestion: '我们一起定个小目标，',
    example: '写成“我们一起定个小目标：这周每天按时交作业，周五我再和您沟通”',
  },
  comparison: {
    name: '和别的孩子比较',
    why: '拿别人家的孩子比，孩子和家长都会受挫',
    suggestion: '和他自己以前相比',
    example: '写成“和上个月相比，他的字写得更工整了，下一步练习计算速度”',
  },
}

/** Phrases the server's segmenter should keep whole (a user dictionary), so 没救了 or 问题学生 stay one word. */
export const WHOLE_WORDS = [
  ...Object.keys(LABELS).filter((w) => w.length > 1),
  ...NEVER_WORDS,
  ...HABIT_WORDS,
  ...THREAT_ALWAYS,
  ...BLAME_WORDS.filter((w) => w.startsWith('不')),
]
