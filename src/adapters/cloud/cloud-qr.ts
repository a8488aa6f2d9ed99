// Mini-program codes through cloud.openapi.wxacode.getUnlimited (needs "wxacode.getUnlimited" in the
// function's config.json permissions). Not exercised here: it needs a real WeChat environment.
import type { QrCodes } from '../../core/ports/qr-code'

export type WxacodeApi = {
  openapi: {
    wxacode: {
      getUnlimited(args: {
        scene: string
        page: string
        checkPath: boolean
        width: number
      }): Promise<{ buffer?: Uint8Array; errCode?: number }>
    }
  }
}

export function createCloudQr(cloud: WxacodeApi, page = 'pages/index/index'): QrCodes {
  return {
    async forScene(scene) {
      if (scene.length > 32) throw new Error('wxacode scene must be at most 32 characters')
      const res = await cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: false, width: 430 })
      return res.buffer && res.buffer.length ? res.buffer : null
    },
  }
}
