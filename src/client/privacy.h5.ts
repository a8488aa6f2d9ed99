// H5: no WeChat privacy popup; our own consent flows (binding) still apply.
import type { PrivacyAnswer, PrivacyListener } from './privacy.types'

export function registerPrivacyHandler() {}
export const onPrivacyAsk = (_l: PrivacyListener) => () => {}
export function answerPrivacy(_a: PrivacyAnswer) {}
