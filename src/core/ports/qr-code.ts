/** Mini-program QR codes (wxacode.getUnlimited in WeChat). Locally there is none: the code is shown. */
export interface QrCodes {
  /** PNG bytes of a code that opens the app with `scene`, or null where the platform has none. */
  forScene(scene: string): Promise<Uint8Array | null>
}
