import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initPlatform } from './client/cloud-init'
import { registerPrivacyHandler } from './client/privacy'
import './app.scss'

initPlatform()
registerPrivacyHandler()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {})
  return children
}

export default App
