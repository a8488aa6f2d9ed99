import Tag from '@nutui/nutui-react-taro/dist/es/packages/tag'
import '@nutui/nutui-react-taro/dist/es/packages/tag/style/css'

/** A short status word on a NutUI Tag; colours come from `.tag--<tone>` in app.scss (readable size). */
export const StatusTag = ({ tone, children }: { tone: string; children: string }) => (
  <Tag round className={`tag tag--${tone}`}>
    {children}
  </Tag>
)
