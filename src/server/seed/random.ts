/** Seeded PRNG (mulberry32): the same demo school on every machine. */
export function seededRandom(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!
  return { next, int, pick, chance: (p: number) => next() < p }
}
export type Random = ReturnType<typeof seededRandom>

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN_BOY = '浩宇轩然子睿博文泽俊杰皓晨一鸣天佑昊阳思远承志梓豪嘉铭瑞峰宏伟建国志强'
const GIVEN_GIRL = '欣怡梓涵雨桐诗琪可馨思彤佳怡紫萱一诺若曦语嫣雅静婉婷晓雯秀英丽娟淑芳'
const GIVEN_ELDER_M = '德福建国志刚保平永胜长海金山振华'
const GIVEN_ELDER_F = '桂兰秀珍玉梅淑英凤琴翠花秀兰桂芳'

export const surname = (r: Random) => r.pick([...SURNAMES])
function given(r: Random, pool: string, two: boolean) {
  const chars = [...pool]
  return two ? r.pick(chars) + r.pick(chars) : r.pick(chars)
}
export function childName(r: Random, family: string, gender: 'M' | 'F') {
  return family + given(r, gender === 'M' ? GIVEN_BOY : GIVEN_GIRL, r.chance(0.7))
}
export function adultName(r: Random, family: string, gender: 'M' | 'F', elder = false) {
  const pool = elder ? (gender === 'M' ? GIVEN_ELDER_M : GIVEN_ELDER_F) : gender === 'M' ? GIVEN_BOY : GIVEN_GIRL
  return family + given(r, pool, r.chance(0.6))
}
export function phone(r: Random) {
  return r.pick(['138', '139', '150', '151', '135', '186', '177', '199']) + String(r.int(0, 99999999)).padStart(8, '0')
}
