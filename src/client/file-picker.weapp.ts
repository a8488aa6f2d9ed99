// WeChat: pick from a chat (the only file source on phones), upload to cloud storage → fileID.
import Taro from '@tarojs/taro'
import { OFFLINE } from './api-core'
import { importsApi } from './calls/imports'
import { loadMe } from './session'
import type { FilePicker } from './file-picker.types'

const isCancel = (e: unknown) => /cancel/i.test((e as { errMsg?: string })?.errMsg ?? String(e))

export const filePicker: FilePicker = {
  async pickAndUpload({ extensions }) {
    let chosen: Taro.chooseMessageFile.ChooseFile
    try {
      const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: extensions })
      chosen = res.tempFiles[0]!
    } catch (e) {
      if (isCancel(e)) return null
      return { ok: false, error: { code: 'FILE.PICK_FAILED', message: '没能选取文件，请从微信聊天中选择表格文件' } }
    }
    // Upload into the user's own folder, then let the server adopt it (it refuses any other folder).
    const me = await loadMe()
    if (!me.ok) return me
    let cloudFileId: string
    try {
      const safe = chosen.name.replace(/[^\w.-]/g, '_').slice(-40)
      const up = await Taro.cloud.uploadFile({ cloudPath: `${me.data.uploadPrefix}${Date.now()}-${safe}`, filePath: chosen.path })
      cloudFileId = up.fileID
    } catch {
      return { ok: false, error: OFFLINE }
    }
    const adopted = await importsApi.registerUpload({ cloudFileId, name: chosen.name })
    if (!adopted.ok) return adopted
    return { ok: true, data: { fileId: adopted.data.fileId, name: chosen.name, size: chosen.size } }
  },
  async openFile(url, name) {
    try {
      // Cloud file IDs need a temporary https URL first.
      const https = url.startsWith('cloud://') ? (await Taro.cloud.getTempFileURL({ fileList: [url] })).fileList[0]!.tempFileURL : url
      const dl = await Taro.downloadFile({ url: https })
      const ext = name.split('.').pop() ?? 'xlsx'
      await Taro.openDocument({ filePath: dl.tempFilePath, fileType: ext as 'xlsx', showMenu: true })
      return { ok: true, data: true }
    } catch {
      return { ok: false, error: OFFLINE }
    }
  },
}
