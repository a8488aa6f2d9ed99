// `npm run deploy [-- --dry-run]`: see deploy-plan.ts; README § 部署到微信云开发.
import { deployPlan, describePlan } from './deploy-plan'
import { runDeploy } from './deploy-run'

async function main() {
  const root = process.cwd()
  const plan = deployPlan(root, process.env)
  for (const line of describePlan(plan, process.env)) console.log(line)
  if (process.argv.includes('--dry-run')) return console.log('\n（--dry-run：只列出计划，没有上传或创建任何东西）')
  await runDeploy(plan, root, process.env, (line) => console.log(line))
  console.log('\n部署完成。别忘了第 5、6、7 步需要在控制台手工完成。')
}

main().catch((e) => {
  console.error(`部署未完成：${(e as Error).message}`)
  process.exit(1)
})
