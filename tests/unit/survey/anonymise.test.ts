// The typical-case anonymiser over a table of record texts: no name, class, school, place, phone or
// other identifying detail survives, and the near misses (words that only look like them) stay.
import { anonymiseTexts, anonymiseText, applyRedactions, splitName, type KnownNames } from '../../../src/core/survey/anonymise'

const known: KnownNames = {
  people: ['王小明', '王建国', '李秀英', '张伟', '高丽', '欧阳娜娜', '刘洋', '王小'],
  classes: ['三年级二班', '三（2）班'],
  schools: ['阳光小学', '城关镇中心小学'],
  places: ['桃源村', '城关镇'],
}

type Row = [text: string, gone: string[], stays: string[]]
const TABLE: Row[] = [
  ['王小明的妈妈李秀英说，小明在家很懂事。', ['王小明', '李秀英', '小明'], ['妈妈', '懂事']],
  ['班主任张伟老师和王老师一起到了家里。', ['张伟', '王老师'], ['班主任', '某老师']],
  ['家长电话13812345678，另一个号码是 139-1234-5678。', ['13812345678', '139-1234-5678', '1234'], ['家长电话']],
  ['孩子在三年级二班，是阳光小学的学生，以前在三（2）班。', ['三年级二班', '阳光小学', '三（2）班', '阳光'], ['孩子在', '学生']],
  ['家住幸福路12号3栋2单元501室。', ['幸福路', '12号', '501', '2单元'], ['家住']],
  ['奶奶说孩子2015年3月12日出生，身份证号110101201503121234。', ['2015年3月12日', '110101201503121234'], ['奶奶', '身份证号']],
  ['小明的成绩提高了，数学第2单元考了95分，高老师表扬了他。', ['小明', '高老师'], ['提高', '第2单元', '95分', '某老师']],
  ['欧阳娜娜老师建议多读书，娜娜老师很耐心。', ['欧阳娜娜', '娜娜'], ['建议多读书', '耐心']],
  ['洋洋和小洋都是他的小名，刘爸爸很关心，孩子喜欢海洋馆。', ['洋洋', '小洋', '刘爸爸'], ['海洋馆', '某爸爸']],
  ['孩子在桃源村长大，现在住在阳光花园小区，外婆在城关镇。', ['桃源村', '阳光花园', '城关镇'], ['长大', '外婆在']],
  ['初二(3)班的同学和高一3班的学长，还有一班同学都来了。', ['初二(3)班', '高一3班', '一班'], ['同学', '学长']],
  ['爸爸上班三班倒，同一班级的家长也这样，历史老师说可以向老师请教。', [], ['三班倒', '同一班级', '历史老师', '向老师请教']],
  ['陈校长和刘主任也来了，张贴了通知。', ['陈校长', '刘主任'], ['张贴', '某校长', '某主任']],
  ['爸爸是第三中学毕业的，在城关镇中心小学旁边开店。', ['第三中学', '城关镇中心小学', '城关镇'], ['毕业', '开店']],
  ['固定电话0571-87654321，微信同号 +86 138 1234 5678。', ['0571-87654321', '87654321', '138 1234 5678'], ['固定电话', '微信同号']],
  ['学号20230101，生日是12月5日；12月6日生病请假，2026年12月5日家访。', ['20230101', '12月5日；'], ['12月6日生病', '2026年12月5日家访']],
  ['王建国说王小明和王小都来了，张伟伟是张伟的小名，伟大的祖国。', ['王建国', '王小明', '王小', '张伟'], ['伟大的祖国', '都来了']],
  ['农村的孩子在乡村学校的花园里读书，考试在12月。', [], ['农村', '乡村', '学校的花园', '12月']],
]

describe('anonymised record texts', () => {
  it('cover at least fifteen records', () => expect(TABLE.length).toBeGreaterThanOrEqual(15))

  it.each(TABLE)('%s', (text, gone, stays) => {
    const out = anonymiseText(text, known)
    for (const g of gone) expect(out.text).not.toContain(g)
    for (const s of stays) expect(out.text).toContain(s)
    // Nothing known survives, whatever the row lists.
    for (const name of [...known.people, ...known.classes, ...known.schools, ...known.places]) expect(out.text).not.toContain(name)
    expect(out.text).not.toMatch(/1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}/)
    // Each redaction names what it removed, where: the flagger can review it.
    for (const r of out.redactions) expect(text.slice(r.start, r.end)).toBe(r.original)
  })

  it('merges overlapping names: 张伟伟 goes whole, not leaving a 伟', () => {
    expect(anonymiseText('张伟伟今天来了', known).text).toBe('某某今天来了')
  })

  it('lists each redaction with its kind, and the flagger may keep a word that was only a word', () => {
    const text = '李秀英说孩子成绩优秀英语也好，电话13812345678'
    const out = anonymiseText(text, known)
    expect(out.redactions.map((r) => [r.kind, r.original])).toEqual([
      ['person', '李秀英'],
      ['person', '秀英'],
      ['phone', '13812345678'],
    ])
    const reviewed = out.redactions.filter((r) => r.original !== '秀英' || r.start !== text.indexOf('优秀英') + 1)
    expect(applyRedactions(text, reviewed)).toBe('某某说孩子成绩优秀英语也好，电话[电话]')
  })

  it('works over a record’s fields with the same names', () => {
    const out = anonymiseTexts({ summary: '王小明进步很大', notes: '联系李秀英 13812345678' }, known)
    expect([out.summary.text, out.notes.text]).toEqual(['某某进步很大', '联系某某 [电话]'])
  })

  it('splits compound surnames', () => {
    expect([splitName('欧阳娜娜'), splitName('王小明'), splitName('Tom'), splitName('王')]).toEqual([
      { surname: '欧阳', given: '娜娜' },
      { surname: '王', given: '小明' },
      null,
      null,
    ])
  })
})
