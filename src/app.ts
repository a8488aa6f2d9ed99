import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initPlatform } from './client/cloud-init'
import './app.scss'

initPlatform()

function App({ children }: PropsWithChildren) {
  useLaunch(() => {})
  return children
}

export default App
