// Coverage, the teacher's side: the worklist (还需家访).
import { defineFunction } from './contract'

export const coverageTeacherContract = defineFunction({})
