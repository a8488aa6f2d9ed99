// Business outcomes are values; only bugs throw.
import type { ErrorCode } from './error-codes'

export type { ErrorCode } from './error-codes'
export type AppError = { code: ErrorCode; message: string; details?: unknown }
export type Ok<T> = { ok: true; data: T }
export type Err = { ok: false; error: AppError }
export type Result<T> = Ok<T> | Err

export const ok = <T>(data: T): Ok<T> => ({ ok: true, data })
export const err = (code: ErrorCode, message: string, details?: unknown): Err => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
})

export const Errors = {
  badInput: (message: string, details?: unknown) => err('INPUT.INVALID', message, details),
  unauthenticated: () => err('AUTH.UNAUTHENTICATED', '请先登录'),
  unbound: () => err('AUTH.UNBOUND', '您的微信还没有绑定学校账号，请使用老师发给您的邀请码绑定'),
  forbidden: (message = '您没有权限进行此操作') => err('AUTH.FORBIDDEN', message),
  notFound: (what: string) => err('DATA.NOT_FOUND', `${what}不存在或已被删除`),
  conflict: (message = '数据已被他人修改，请刷新后重试') => err('DATA.CONFLICT', message),
  unknownAction: (fn: string, action: string) => err('API.UNKNOWN_ACTION', `接口不存在：${fn}.${action}`),
  internal: () => err('SYS.INTERNAL', '系统繁忙，请稍后再试'),
}
