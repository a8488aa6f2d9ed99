// WeChat: can this phone hold a VoIP call, and may we use its camera and microphone? Asked before
// video is offered, so a refusal becomes a message that says where to switch it on.
import Taro from '@tarojs/taro'
import { describeFailure, wechatFailure } from '../../core/video/voip-errors'
import type { Readiness, VideoCapability } from './video.types'
import { MIN_SDK, versionAtLeast } from './voip-mode'

function sdkVersion(): string {
  try {
    return (typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : Taro.getSystemInfoSync()).SDKVersion ?? '0'
  } catch {
    return '0'
  }
}

/** join1v1Chat for the teacher ringing one parent, joinVoIPChat for groups: either makes video possible. */
export function voipCapability(): VideoCapability {
  const sdk = sdkVersion()
  const oneToOne = Taro.canIUse('join1v1Chat') && versionAtLeast(sdk, MIN_SDK['1v1'])
  const multi = Taro.canIUse('joinVoIPChat') && versionAtLeast(sdk, MIN_SDK.multi)
  return oneToOne || multi ? { available: true, why: null } : { available: false, why: describeFailure('cap:no-api').message }
}

type Scope = 'scope.camera' | 'scope.record'

/** Granted already, asked now (WeChat's own popup), or refused before (only 设置 can change it). */
async function ensureScope(scope: Scope, known: boolean | undefined): Promise<boolean> {
  if (known === true) return true
  if (known === false) return false
  try {
    await Taro.authorize({ scope })
    return true
  } catch {
    return false
  }
}

export async function voipReadiness(): Promise<Readiness> {
  let auth: Partial<Record<Scope, boolean>> = {}
  try {
    auth = (await Taro.getSetting()).authSetting
  } catch {
    // No answer: ask for both below.
  }
  const camera = await ensureScope('scope.camera', auth['scope.camera'])
  const microphone = await ensureScope('scope.record', auth['scope.record'])
  // The same words as WeChat's own codes for a mini-program without the permission.
  const failure = !camera ? wechatFailure(-30004) : !microphone ? wechatFailure(-30003) : null
  return { camera, microphone, failure: failure && { code: failure.code, message: failure.message } }
}
