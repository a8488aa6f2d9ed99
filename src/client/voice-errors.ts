// What a teacher reads when voice input fails: what happened and what to do. Both platforms map to these.
export const VOICE_ERRORS = {
  permission: '没有麦克风权限：请在设置中允许使用麦克风，再点“语音输入”',
  noMicrophone: '没有找到麦克风：请检查手机的麦克风，或直接打字',
  network: '网络不好，没能识别：请连上网络后再试，或直接打字',
  noSpeech: '没有听到说话：请靠近手机、说话声音大一些再试',
  busy: '语音识别暂时用不了：请稍后再试，或直接打字',
  another: '另一栏正在语音输入：请先点那一栏的“正在听…点此结束”',
} as const

export type VoiceErrorKind = keyof typeof VOICE_ERRORS
