// Video visits (cloud function 'video'): the waiting room, the call's start and end, join tickets for
// the browser's WebRTC, WeChat VoIP signatures, call events and the fallbacks.
import type { RouteTable } from '../types'
import { end, ready, room, start } from './video/room'
import { joinTicket } from './video/tickets'
import { fallback, revealPhone, setMeeting } from './video/fallbacks'
import { callEvent, voipPeers, voipSign } from './video/voip'

export const videoRoutes: RouteTable<'video'> = {
  room,
  ready,
  start,
  end,
  joinTicket,
  voipSign,
  callEvent,
  fallback,
  setMeeting,
  voipPeers,
  revealPhone,
}
