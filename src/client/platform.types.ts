export type Platform = {
  /** Where a signed-out user goes; null where identity comes from WeChat itself. */
  signInPath: string | null
}
