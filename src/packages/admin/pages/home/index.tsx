import { SchoolOverview } from '@/client/ui/school-overview'

export default function AdminHome() {
  return <SchoolOverview title="学校管理" home="admin" />
}
