// H5: the class code, and a QR code of the bind page's link with the code in it, for a parent to
// scan with any phone (WeChat's own share card and mini-program code: class-code.weapp.tsx).
import qrcode from 'qrcode-generator'
import { useMemo } from 'react'
import { pagePath } from '@/client/routes'
import { CodeCard } from '@/client/ui/code-card'
import { CLASS_CODE_HINT, type ClassCodeProps } from './class-code-text'

/** The bind page of this H5 app, carrying the code, which the bind page fills in. */
export function bindLink(code: string): string {
  const { origin, pathname } = window.location
  return `${origin}${pathname}#${pagePath('parentBind')}?code=${encodeURIComponent(code)}`
}

function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  return qr.createDataURL(5, 4)
}

export function ClassCode({ code }: ClassCodeProps) {
  const url = useMemo(() => qrDataUrl(bindLink(code)), [code])
  return <CodeCard title="班级邀请码" code={code} hint={CLASS_CODE_HINT} qr={{ url, caption: '家长用手机扫这个二维码，打开绑定页面' }} />
}
