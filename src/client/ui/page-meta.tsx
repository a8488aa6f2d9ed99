// H5: rem already follows the browser's font size; nothing to render.
export const FontMeta = () => null
