// H5: a hidden <input type=file>, then POST /files (raw body, cookie session) to the local server.
import type { Result } from '../core/result'
import { BAD_RESPONSE, OFFLINE } from './api-core'
import type { FilePicker, UploadedFile } from './file-picker.types'

function chooseFile(extensions: string[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = extensions.map((e) => `.${e}`).join(',')
    input.style.display = 'none'
    document.body.appendChild(input)
    const done = (f: File | null) => {
      input.remove()
      resolve(f)
    }
    input.addEventListener('change', () => done(input.files?.[0] ?? null))
    input.addEventListener('cancel', () => done(null))
    input.click()
  })
}

/** Sends the bytes; a network failure is reported as offline and the caller may simply retry. */
export async function uploadFile(file: Blob, name: string, send: typeof fetch = fetch): Promise<Result<UploadedFile>> {
  let res: Response
  try {
    res = await send('/files', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-file-name': encodeURIComponent(name) },
      body: file,
    })
  } catch {
    return { ok: false, error: OFFLINE }
  }
  try {
    const body = (await res.json()) as Result<UploadedFile>
    return typeof body?.ok === 'boolean' ? body : { ok: false, error: BAD_RESPONSE }
  } catch {
    return { ok: false, error: BAD_RESPONSE }
  }
}

export const filePicker: FilePicker = {
  async pickAndUpload({ extensions }) {
    const file = await chooseFile(extensions)
    if (!file) return null
    const ext = file.name.split('.').pop()?.toLowerCase() ?? ''
    if (!extensions.includes(ext)) {
      return { ok: false, error: { code: 'FILE.BAD_TYPE', message: `请选择 ${extensions.join(' 或 ')} 文件` } }
    }
    return uploadFile(file, file.name)
  },
  async openFile(url, name) {
    const a = document.createElement('a')
    a.href = url
    a.download = name
    a.rel = 'noopener'
    document.body.appendChild(a)
    a.click()
    a.remove()
    return { ok: true, data: true }
  },
}
