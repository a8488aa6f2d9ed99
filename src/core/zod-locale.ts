// Default zod messages in Simplified Chinese for every schema, app and server alike.
import { z } from 'zod'

z.config(z.locales.zhCN())
