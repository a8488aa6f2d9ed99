import { useRouter } from '@tarojs/taro'
import type { PageKey, PageParams } from '../core/pages'
import { PAGES } from '../core/pages'

/** The current page's query parameters, decoded; a missing one reads as ''. */
export function usePageParams<K extends PageKey>(key: K): PageParams<K> {
  const { params } = useRouter()
  const names: readonly string[] = PAGES[key].params
  return Object.fromEntries(names.map((n) => [n, safeDecode(params[n] ?? '')])) as PageParams<K>
}

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v)
  } catch {
    return v
  }
}
