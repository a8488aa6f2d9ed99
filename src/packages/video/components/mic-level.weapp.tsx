// WeChat: no level meter (no Web Audio); the device check's words say whether the microphone works.
export function MicLevel(_: { stream: unknown }) {
  return null
}
