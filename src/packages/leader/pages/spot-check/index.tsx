// 电话抽查: draw completed visits at random (seeded: the seed is shown and stored), then call them one
// by one — the number appears only on 开始通话 — with the script at hand, and record each outcome.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatLocal } from '@/core/time'
import { surveysApi } from '@/client/calls/surveys'
import { useApi } from '@/client/use-api'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { SpotDraw } from '../../components/spot-draw'
import { SpotPickCard } from '../../components/spot-pick-card'

function Script({ lines }: { lines: string[] }) {
  return (
    <View className="card spot-script" aria-label="通话提示">
      <Text className="card__title">通话提示</Text>
      {lines.map((l, i) => (
        <Text key={i} className="spot-script__line">{`${i + 1}. ${l}`}</Text>
      ))}
    </View>
  )
}

export default function LeaderSpotCheckPage() {
  const [spotCheckId, setId] = useState<string | undefined>(undefined)
  const loaded = useApi(() => surveysApi.spotCheck(spotCheckId ? { spotCheckId } : {}), [spotCheckId])
  const [drawing, setDrawing] = useState(false)
  return (
    <Screen title="电话抽查">
      <Loaded state={{ ...loaded, loading: loaded.loading && loaded.data === null }}>
        {(d) => (
          <View>
            {!d.check || drawing ? (
              <SpotDraw onDrawn={(id) => (setDrawing(false), setId(id), loaded.reload())} />
            ) : (
              <View className="link spot-check__again" role="button" onClick={() => setDrawing(true)}>
                <Text>重新抽取一批</Text>
              </View>
            )}
            {d.check ? (
              <View>
                <Text className="lead">{`${d.check.periodLabel}抽查 ${d.check.picks.length} 户（${formatLocal(d.check.drawnAt, 'M月D日')}抽取，随机种子 ${d.check.seed}）`}</Text>
                {d.check.left ? <Text className="lead">{`另有 ${d.check.left} 户的孩子已全部离校，不再回访。`}</Text> : null}
                {d.check.picks.length ? (
                  <Script lines={d.script} />
                ) : d.check.left ? null : (
                  <Text className="lead">这段时间还没有已完成的家访。</Text>
                )}
                {d.check.picks.map((p) => (
                  <SpotPickCard key={p.visitId} spotCheckId={d.check!.spotCheckId} pick={p} onSaved={loaded.reload} />
                ))}
              </View>
            ) : null}
          </View>
        )}
      </Loaded>
    </Screen>
  )
}
