// Cloud function 'imports': roster import (template, preview, apply) behind WeChat's entry point.
import { importsRoutes } from '../../src/api/routes/imports.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('imports', importsRoutes)
