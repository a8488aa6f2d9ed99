// Video visits. Groundwork: every action answers "not started yet" until the routes land.
import type { RouteTable } from '../types'
import { err } from '../../core/result'

const notYet = async () => err('VIDEO.NOT_STARTED', '视频家访功能正在上线，请先用电话或腾讯会议')

export const videoRoutes: RouteTable<'video'> = {
  room: notYet,
  ready: notYet,
  start: notYet,
  end: notYet,
  joinTicket: notYet,
  voipSign: notYet,
  callEvent: notYet,
  fallback: notYet,
  setMeeting: notYet,
  revealPhone: notYet,
}
