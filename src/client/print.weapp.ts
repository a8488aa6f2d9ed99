// WeChat has no printing, and an export is sealed in cloud storage (no download URL): both are H5 only.
export const printing = {
  available: false,
  print: () => undefined,
  download: async (_fileId: string, _name: string) => ({ ok: true as const, data: true as const }),
}
