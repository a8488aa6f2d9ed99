// 新建问卷版本: a copy of the current version under the next number. The district edits its words,
// options and questions within what the figures allow, previews it as a parent sees it, and publishes
// after a confirmation: a published version can never be changed, only followed by another. What they
// type is kept on the device until published or discarded (use-saved-draft.ts).
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import { ok, type Result } from '@/core/result'
import { draftFrom, draftProblems, newQuestion, nextVersion, type Draft, type DraftQuestion } from '@/core/survey/questionnaire.draft'
import { restoreDraft, restoredNotice, type Restored } from '@/core/survey/questionnaire.saved-draft'
import { QuestionnaireDefinitionSchema, type QuestionKind } from '@/core/survey/questionnaire.schema'
import { surveysApi } from '@/client/calls/surveys'
import { pagePath } from '@/client/routes'
import { loadMe } from '@/client/session'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { useConfirm } from '@/client/ui/confirm'
import { FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { scrollToTop } from '@/client/ui/scroll'
import { Loaded } from '@/client/ui/states'
import { showToast } from '@/client/ui/toast'
import { AddQuestion, DraftHead, Problems, RestoredNotice } from '../../components/draft-fields'
import { QuestionEditor } from '../../components/question-editor'
import { SurveyPreview } from '../../components/survey-preview'
import { savedSurveyDraft, useSavedDraft } from '../../components/use-saved-draft'

const IMMUTABLE = '发布后这一版不能再修改，也不能撤回，只能再发布新的一版。'

type Start = { userId: string; current: string; fresh: Draft; restored: Restored | null }

/** The current version as a draft numbered after every version the district has, and the saved draft if any. */
async function loadDraft(): Promise<Result<Start>> {
  const [me, list] = await Promise.all([loadMe(), surveysApi.questionnaireVersions({})])
  if (!me.ok) return me
  if (!list.ok) return list
  const current = await surveysApi.questionnaireVersion({ version: list.data.current })
  if (!current.ok) return current
  const numbers = list.data.versions.map((v) => v.version)
  const restored = restoreDraft(savedSurveyDraft(me.data.userId), numbers)
  return ok({ userId: me.data.userId, current: list.data.current, fresh: draftFrom(current.data.definition, numbers), restored })
}

type Step = { draft: Draft; setDraft: (d: Draft) => void }
type EditProps = { from: string; current: string; onPreview: () => void; notice: ReactNode }

const copiedFrom = (from: string, current: string) =>
  from === current ? `从当前使用的 ${from} 复制而来` : `从 ${from} 复制而来（现在使用的是 ${current}）`

/** The draft's fields and questions; 预览 lists every problem first, or moves on to the preview. */
function EditStep({ from, current, draft, setDraft, onPreview, notice }: Step & EditProps) {
  const [problems, setProblems] = useState<string[]>([])
  const setQuestion = (i: number, q: DraftQuestion) => setDraft({ ...draft, questions: draft.questions.map((x, j) => (j === i ? q : x)) })
  const remove = (i: number) => setDraft({ ...draft, questions: draft.questions.filter((_, j) => j !== i) })
  const add = (kind: QuestionKind) => setDraft({ ...draft, questions: [...draft.questions, newQuestion(kind, draft)] })
  const preview = () => {
    const found = draftProblems(draft)
    setProblems(found)
    if (found.length === 0) onPreview()
    scrollToTop()
  }
  return (
    <View>
      {notice}
      <Text className="lead">{`新版本 ${draft.version}：${copiedFrom(from, current)}。改好后先预览，再发布。`}</Text>
      <Problems items={problems} />
      <DraftHead draft={draft} onChange={setDraft} />
      {draft.questions.map((q, i) => (
        <QuestionEditor key={q.id} q={q} n={i + 1} onChange={(x) => setQuestion(i, x)} onRemove={() => remove(i)} />
      ))}
      <AddQuestion count={draft.questions.length} onAdd={add} />
      <View className="form-actions">
        <BigButton onClick={preview}>预览家长看到的问卷</BigButton>
      </View>
    </View>
  )
}

/** The preview, and publishing after a confirmation that says a published version is final. */
function PublishStep({ draft, setDraft, onBack, onPublished }: Step & { onBack: () => void; onPublished: () => void }) {
  const [error, setError] = useState<string | null>(null)
  const { dialog, ask } = useConfirm()
  const definition = QuestionnaireDefinitionSchema.parse(draft)
  // Someone else published this number meanwhile: the draft takes the next one and is confirmed again.
  const renumber = () => {
    const next = nextVersion([draft.version])
    setDraft({ ...draft, version: next })
    setError(`${draft.version} 刚刚已经发布过了，这一版改为 ${next}，请再看一遍后发布`)
  }
  const onConfirm = async () => {
    const res = await surveysApi.publishQuestionnaire({ definition })
    if (!res.ok) return res.error.code === 'SURVEY.VERSION_TAKEN' ? renumber() : setError(res.error.message)
    onPublished()
    showToast(`已发布 ${res.data.version}`)
    // The published version's own page: what parents now get; back returns to where the district came from.
    void Taro.redirectTo({ url: pagePath('districtSurveyVersion', { version: res.data.version }) })
  }
  const text = `${IMMUTABLE}此后提交的家访记录都发这一版问卷；已经发出的问卷和家长的回答仍按原来的版本。`
  return (
    <View>
      <Text className="lead">{`预览 ${draft.version}：${IMMUTABLE}`}</Text>
      <SurveyPreview def={definition} />
      <FormError message={error} />
      <View className="form-actions">
        <BigButton onClick={() => ask({ title: `发布问卷 ${draft.version}？`, text, confirmLabel: '确认发布', onConfirm })}>
          {`发布 ${draft.version}`}
        </BigButton>
        <BigButton kind="default" onClick={onBack}>
          返回修改
        </BigButton>
      </View>
      {dialog}
    </View>
  )
}

/** The draft being edited, kept on the device as it changes; a saved one comes back with a notice. */
function Editor({ start }: { start: Start }) {
  const { userId, current, fresh, restored } = start
  const [from, setFrom] = useState(restored?.from ?? current)
  const [draft, setDraftNow] = useState(restored?.draft ?? fresh)
  const [dirty, setDirty] = useState(false)
  const [notice, setNotice] = useState(restored ? restoredNotice(restored, current) : null)
  const [previewing, setPreviewing] = useState(false)
  const { dialog, ask } = useConfirm()
  const { settle } = useSavedDraft(userId, from, draft, dirty)
  const setDraft = (d: Draft) => {
    setDirty(true)
    setDraftNow(d)
  }
  const discard = () => {
    settle()
    setDirty(false)
    setFrom(current)
    setDraftNow(fresh)
    setNotice(null)
    showToast('已放弃草稿')
  }
  const askDiscard = () =>
    ask({
      title: '放弃草稿？',
      text: `上次没有发布的修改会全部删掉，从当前使用的 ${current} 重新开始。`,
      confirmLabel: '放弃草稿',
      onConfirm: discard,
    })
  if (previewing) return <PublishStep draft={draft} setDraft={setDraft} onBack={() => setPreviewing(false)} onPublished={settle} />
  const bar = notice ? <RestoredNotice text={notice} onDiscard={askDiscard} /> : null
  return (
    <View>
      <EditStep from={from} current={current} draft={draft} setDraft={setDraft} onPreview={() => setPreviewing(true)} notice={bar} />
      {dialog}
    </View>
  )
}

export default function SurveyDraftPage() {
  const loaded = useApi(loadDraft)
  return (
    <Screen title="新建问卷版本">
      <Loaded state={loaded}>{(d) => <Editor start={d} />}</Loaded>
    </Screen>
  )
}
