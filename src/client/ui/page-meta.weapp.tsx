import { PageMeta } from '@tarojs/components'

/** rem follows the user's WeChat font size (elder-friendly); must be the page's first node. */
export const FontMeta = () => <PageMeta rootFontSize="system" />
