// H5: the browser prints the page (the print style sheet drops navigation and buttons); the export is a
// file of the caller's own, downloaded from the local server.
import { filePicker } from './file-picker'

export const printing = {
  available: true,
  print: () => window.print(),
  download: (fileId: string, name: string) => filePicker.openFile(`/files/${fileId}`, name),
  /** A report's download link (the server's /files route). */
  openUrl: (url: string, name: string) => filePicker.openFile(url, name),
}
