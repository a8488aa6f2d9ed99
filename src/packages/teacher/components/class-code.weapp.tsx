// WeChat: the class code as a share card to a parent or a group chat (it opens the bind page with
// the code filled in), and the class's mini-program code from the server to scan.
import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { useShareAppMessage } from '@tarojs/taro'
import { pagePath } from '@/client/routes'
import { CodeCard } from '@/client/ui/code-card'
import { CLASS_CODE_HINT, type ClassCodeProps } from './class-code-text'

export function ClassCode({ code, className, qrFileUrl }: ClassCodeProps) {
  // The bind page fills the code in from its link; the title names it too, for a parent who types it.
  const path = `${pagePath('parentBind')}?code=${encodeURIComponent(code)}`
  useShareAppMessage(() => ({ title: `${className}：请绑定孩子，班级邀请码 ${code}`, path }))
  const qr = qrFileUrl ? { url: qrFileUrl, caption: '家长用微信扫一扫，打开小程序绑定孩子' } : null
  return (
    <CodeCard title="班级邀请码" code={code} hint={CLASS_CODE_HINT} qr={qr}>
      <Button className="big-button" type="primary" size="large" block openType="share" aria-label="发给家长（微信）">
        发给家长（微信）
      </Button>
    </CodeCard>
  )
}
