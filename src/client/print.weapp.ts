// WeChat has no printing. An export sealed in cloud storage has no download URL; a report (unsealed,
// no child named) opens through its temporary URL: getTempFileURL → downloadFile → openDocument.
import { filePicker } from './file-picker'

export const printing = {
  available: false,
  print: () => undefined,
  download: async (_fileId: string, _name: string) => ({ ok: true as const, data: true as const }),
  /** A cloud:// id or an https URL, opened in WeChat's document viewer (with its share menu). */
  openUrl: (url: string, name: string) => filePicker.openFile(url, name),
}
