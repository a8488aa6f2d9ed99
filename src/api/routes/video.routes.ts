// Video visits (cloud function 'video'): the waiting room, the call's start and end, join tickets for
// the browser's WebRTC, WeChat VoIP signatures, call events and the fallbacks.
import type { RouteTable } from '../types'
import { err } from '../../core/result'
import { end, ready, room, start } from './video/room'
import { joinTicket } from './video/tickets'

const notYet = async () => err('VIDEO.NOT_STARTED', '视频家访功能正在上线，请先用电话或腾讯会议')

export const videoRoutes: RouteTable<'video'> = {
  room,
  ready,
  start,
  end,
  joinTicket,
  voipSign: notYet,
  callEvent: notYet,
  fallback: notYet,
  setMeeting: notYet,
  revealPhone: notYet,
}
