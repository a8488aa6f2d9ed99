// PLACEHOLDER: replaced by the coverage work (issue 10) before it lands.
import { Screen } from '@/client/ui/screen'

export default function Page() {
  return <Screen title="即将开放">{null}</Screen>
}
