// Coverage (policy §四(一)(二)): what each teacher still has to visit, the leaders' plan board, who owns
// each family, and the district's calendar. One cloud function; its actions are declared in two parts.
import { defineFunction } from './contract'
import { coverageLeaderContract } from './coverage-leader.contract'
import { coverageTeacherContract } from './coverage-teacher.contract'

export const coverageContract = defineFunction({ ...coverageTeacherContract, ...coverageLeaderContract })
