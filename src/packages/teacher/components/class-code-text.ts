// What both platforms' class-code cards share (class-code.tsx for H5, class-code.weapp.tsx for WeChat).
export type ClassCodeProps = { code: string; className: string; qrFileUrl: string | null }

export const CLASS_CODE_HINT = '请把邀请码发给家长：在家访助手里选“我是家长”，输入邀请码并填写孩子的姓名和学号。'
