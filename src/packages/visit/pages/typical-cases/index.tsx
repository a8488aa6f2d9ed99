// 典型案例: anonymised records the school's leaders published, newest first; tap one to read it.
// The school's staff read their school's; the district reads every school's.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CaseView } from '@/core/contract/surveys-tickets.contract'
import { formatLocal } from '@/core/time'
import { surveysApi } from '@/client/calls/surveys'
import { useApi } from '@/client/use-api'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

function CaseCard({ c, open, onToggle }: { c: CaseView; open: boolean; onToggle: () => void }) {
  const meta = [c.gradeLabel, `${formatLocal(c.publishedAt, 'YYYY年M月D日')}发布`].filter(Boolean).join(' · ')
  return (
    <View className="card typical-case">
      <View
        className="typical-case__head"
        role="button"
        aria-expanded={open}
        aria-label={`${c.title}，${open ? '收起' : '展开阅读'}`}
        onClick={onToggle}
      >
        <Text className="card__title">{c.title}</Text>
        <Text className="card__meta">{`${meta} · ${open ? '收起' : '点开阅读'}`}</Text>
      </View>
      {open
        ? c.texts.map((t, i) => (
            <View key={i} className="typical-case__part">
              <Text className="typical-case__label">{t.label}</Text>
              <Text className="typical-case__text">{t.text}</Text>
            </View>
          ))
        : null}
    </View>
  )
}

export default function TypicalCasesPage() {
  const loaded = useApi(() => surveysApi.typicalCases({}))
  const [open, setOpen] = useState<string | null>(null)
  return (
    <Screen title="典型案例" subtitle="去除了姓名、班级、学校等信息的家访记录，供老师们参考" large>
      <Loaded
        state={loaded}
        isEmpty={(d) => d.cases.length === 0}
        empty={<EmptyState title="还没有典型案例" hint="学校领导把家访记录设为典型案例后，会出现在这里" />}
      >
        {(d) =>
          d.cases.map((c) => (
            <CaseCard key={c.caseId} c={c} open={open === c.caseId} onToggle={() => setOpen(open === c.caseId ? null : c.caseId)} />
          ))
        }
      </Loaded>
    </Screen>
  )
}
