// The family's area for a safety alert: never a house number, never more than we understood;
// and the check-in window (an hour before the start to the end of the agreed day, Shanghai time).
import { areaOf, checkInWindow, UNKNOWN_AREA } from '../../../src/core/visit/hold.rules'

test.each([
  ['大武口区长胜街道12号', '大武口区长胜街道'],
  ['大武口区 青山街道 3号', '大武口区青山街道'],
  ['平罗县姚伏镇小店子村5组', '平罗县姚伏镇'],
  ['朝阳区建国路88号', '朝阳区建国路'],
  ['大武口区世纪大道7号院', '大武口区世纪大道'],
  ['', UNKNOWN_AREA],
  [null, UNKNOWN_AREA],
  ['12号楼3单元', UNKNOWN_AREA],
  ['幸福小区8栋', UNKNOWN_AREA],
  ['3号院旁边的路', UNKNOWN_AREA],
  ['某某某某某某某某某某某某某某某某某某某某某某某某某街道', UNKNOWN_AREA],
])('%s → %s', (address, area) => {
  expect(areaOf(address)).toBe(area)
})

test.each([
  ['2026-12-03T05:59:59.000Z', 'early'],
  ['2026-12-03T06:00:00.000Z', 'open'],
  ['2026-12-03T15:59:59.000Z', 'open'],
  ['2026-12-03T16:00:00.000Z', 'over'],
])('agreed 3 Dec 15:00 Shanghai, now %s → %s', (now, window) => {
  expect(checkInWindow('2026-12-03T07:00:00.000Z', new Date(now))).toBe(window)
})
