import { SchoolOverview } from '@/client/ui/school-overview'

export default function LeaderHome() {
  return <SchoolOverview title="学校概况" home="leader" />
}
