// 设为典型案例: a leader reviews what the anonymiser removed from a record, restores a word that was
// only a word, leaves out a text, gives a title and publishes. The published copy cannot be changed.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { surveysApi } from '@/client/calls/surveys'
import { pagePath } from '@/client/routes'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { BigButton } from '@/client/ui/big-button'
import { Field, FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { CaseDraftText, type DraftText } from '../../components/case-draft-text'
import { useReview } from '../../components/case-review'

const library = () => void Taro.redirectTo({ url: pagePath('typicalCases') })

function ReviewForm({ visitId, texts }: { visitId: string; texts: DraftText[] }) {
  const review = useReview()
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const publish = async () => {
    setBusy(true)
    setError(null)
    const res = await surveysApi.publishTypicalCase({ visitId, title, ...review.input() })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    showToast('已发布到典型案例库')
    library()
  }
  return (
    <View>
      <Text className="lead">姓名、班级、学校、地点和电话已自动去掉。请逐条核对：取消勾选可保留原文。内部备注不会发布。</Text>
      <Field label="案例标题" value={title} onInput={setTitle} maxlength={30} placeholder="例如：隔代照顾家庭的阅读约定" />
      {texts.map((t) => (
        <CaseDraftText
          key={t.key}
          t={t}
          restored={review.restoredIn(t.key)}
          omitted={review.omitted.has(t.key)}
          {...review.handlers(t.key)}
        />
      ))}
      <FormError message={error} />
      <BigButton loading={busy} disabled={!title.trim()} onClick={() => void publish()}>
        发布典型案例
      </BigButton>
    </View>
  )
}

export default function TypicalCaseReviewPage() {
  const { id } = usePageParams('typicalCaseReview')
  const draft = useApi(() => surveysApi.flagTypicalCase({ visitId: id }), [id])
  return (
    <Screen title="设为典型案例" large>
      <Loaded state={draft}>
        {(d) =>
          d.published ? (
            <View>
              <Text className="lead">这份记录已经发布为典型案例，发布后不能修改。</Text>
              <BigButton onClick={library}>查看典型案例库</BigButton>
            </View>
          ) : (
            <ReviewForm visitId={id} texts={d.texts} />
          )
        }
      </Loaded>
    </Screen>
  )
}
