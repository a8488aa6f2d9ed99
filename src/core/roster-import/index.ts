// Roster import rules (pure): header mapping, row schemas, validation across the file, the plan.
export * from './columns'
export { knownRefs } from './existing-index'
export { planImport, type ImportPlan, type PlanInput } from './plan'
export { groupSiblings } from './siblings'
export * from './types'
export { validateFile, type Validated } from './validate'
