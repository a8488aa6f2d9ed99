// What zrender needs of a canvas, over a WeChat Canvas 2D node: its 2d context, a settable size, text
// measuring, and event hooks (no-ops: touches reach the chart through the Canvas component instead).
export type CanvasNode = {
  width: number
  height: number
  getContext: (kind: '2d') => CanvasRenderingContext2D
}

export function canvasAdapter(node: CanvasNode) {
  const ctx = node.getContext('2d')
  const noop = () => {}
  return {
    getContext: (kind: '2d') => (kind === '2d' ? ctx : null),
    get width() {
      return node.width
    },
    set width(w: number) {
      node.width = w
    },
    get height() {
      return node.height
    },
    set height(h: number) {
      node.height = h
    },
    measureText: (text: string, font?: string) => {
      if (font) ctx.font = font
      return ctx.measureText(text)
    },
    addEventListener: noop,
    removeEventListener: noop,
    attachEvent: noop,
    detachEvent: noop,
  }
}
