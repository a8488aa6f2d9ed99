// H5: the browser's online event.
import type { Network } from './network.types'

export const network: Network = {
  onOnline: (cb) => {
    if (typeof window === 'undefined') return () => undefined
    window.addEventListener('online', cb)
    return () => window.removeEventListener('online', cb)
  },
}
