// H5 (and tsc/jest): no cloud to initialise; the local server is on the same origin.

/**
 * Taro H5 scrolls each page inside its own container (`.taro_page`). Keyboard and screen-reader
 * users must be able to reach and scroll it: each page container becomes a focusable main region.
 */
export function initPlatform() {
  if (typeof document === 'undefined' || typeof MutationObserver === 'undefined') return
  const mark = () => {
    for (const page of document.querySelectorAll<HTMLElement>('.taro_page:not([tabindex])')) {
      page.tabIndex = 0
      page.setAttribute('role', 'main')
    }
  }
  new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true })
  mark()
}
