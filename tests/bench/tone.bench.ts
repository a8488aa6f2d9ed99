// Tone check benchmark (figures, not pass/fail): segmenting and checking a realistic 2,000-character
// record, as visits.toneCheck does on each pause in typing. Target (issue 11): ≤ 20 ms.
import { segment } from '../../src/api/tone/segment'
import { checkTone } from '../../src/core/tone/tone.check'

const quick = process.argv.includes('--quick')
const RUNS = quick ? 50 : 500

const PARTS = [
  '孩子由爸爸妈妈共同照顾，奶奶周末过来帮忙，家里有一个上幼儿园的妹妹。',
  '家里给孩子准备了独立的书桌，晚饭后一般先写作业再看半小时电视。',
  '家长希望孩子以后能考上理想的高中，也希望他多交朋友、性格开朗一些。',
  '在家能主动收拾自己的房间，周末陪奶奶去菜市场买菜，会帮妹妹讲故事。',
  '数学作业完成得比较认真，但语文作文总是拖到最后才写，有时候字迹潦草。',
  '这两周有3次没有按时交英语作业，我们商量每天晚上八点前由妈妈看一眼作业本。',
  '体育课上跳绳进步很大，从一分钟九十个提高到一百二十个，在班里得到表扬。',
  '美术方面很有兴趣，画的手抄报被选进学校的展览，老师和同学都很喜欢。',
  '劳动课上能和同学合作完成任务，值日时主动留下来擦黑板。',
  '家长说孩子晚上玩手机的时间有点长，我们建议约定每天使用不超过半小时。',
  '向家长介绍了学校的课后服务和读书节活动，家长表示愿意参加家长开放日。',
  '家长提出希望学校多组织一些户外活动，这条意见会转交给学校。',
  '下一步：每周五老师和家长在微信上沟通一次本周作业情况，月底再一起看看效果。',
]

function record(chars: number): string {
  let text = ''
  for (let i = 0; text.length < chars; i++) text += PARTS[i % PARTS.length]
  return text.slice(0, chars)
}

const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!.toFixed(2)

function main() {
  const text = record(2000)
  const t0 = performance.now()
  const flags = checkTone(text, segment)
  const cold = performance.now() - t0
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    checkTone(text, segment)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  console.log(`语气检查：${text.length} 字的家访记录，${segment(text).length} 个词，${flags.length} 处提示`)
  console.log(`  提示：${flags.map((f) => f.words).join('、')}`)
  console.log(`  首次（含加载分词词典）${cold.toFixed(0)} ms`)
  console.log(`  之后 ${RUNS} 次：p50 ${pct(times, 50)} ms，p95 ${pct(times, 95)} ms（目标 ≤ 20 ms）`)
}

main()
