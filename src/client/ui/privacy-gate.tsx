// H5: nothing to ask (see privacy-gate.weapp.tsx).
export const PrivacyGate = () => null
