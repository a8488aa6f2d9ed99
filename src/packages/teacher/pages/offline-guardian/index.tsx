// Head teacher registers a guardian without a smartphone (often a grandparent): the school can still
// plan visits with them by phone or in person.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { RELATION_LABELS, type Relation } from '@/core/model/family.schema'
import { accountsApi } from '@/client/calls/accounts'
import { rosterApi } from '@/client/calls/roster'
import { useApi } from '@/client/use-api'
import { usePageParams } from '@/client/use-page-params'
import { BigButton } from '@/client/ui/big-button'
import { Choices, toOptions } from '@/client/ui/choice'
import { Field, FormError } from '@/client/ui/field'
import { Screen } from '@/client/ui/screen'
import { EmptyState, Loaded } from '@/client/ui/states'

type Form = { studentId: string | null; name: string; relation: Relation | null; phone: string }
const EMPTY: Form = { studentId: null, name: '', relation: null, phone: '' }
const RELATIONS = toOptions(RELATION_LABELS)

export default function OfflineGuardianPage() {
  const params = usePageParams('teacherOfflineGuardian')
  const { classId } = params
  const students = useApi(() => rosterApi.classStudents({ classId, page: 0, pageSize: 100 }), [classId])
  const [form, setForm] = useState<Form>(EMPTY)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const set =
    <K extends keyof Form>(k: K) =>
    (v: Form[K]) =>
      setForm((f) => ({ ...f, [k]: v }))

  const submit = async () => {
    if (!form.studentId || !form.relation) return
    setBusy(true)
    setError(null)
    const phone = form.phone.trim() || null
    const res = await accountsApi.registerOfflineGuardian({
      studentId: form.studentId,
      name: form.name,
      relation: form.relation,
      phone,
    })
    setBusy(false)
    if (!res.ok) return setError(res.error.message)
    const who = students.data?.students.find((s) => s.studentId === form.studentId)?.name ?? ''
    setDone(`已为${who}登记${RELATION_LABELS[form.relation]}${form.name}`)
    setForm(EMPTY)
  }

  const ready = form.studentId && form.name.trim() && form.relation
  return (
    <Screen title="登记无智能手机的家长" subtitle={students.data?.className ?? params.name}>
      {done ? (
        <View className="card" role="status">
          <Text className="card__title">{done}</Text>
          <Text className="card__meta">可以继续登记下一位</Text>
        </View>
      ) : null}
      <Loaded state={students} isEmpty={(d) => d.total === 0} empty={<EmptyState title="这个班还没有学生" />}>
        {(d) => (
          <View>
            <Choices
              label="学生"
              options={d.students.map((s) => ({ value: s.studentId, label: s.name }))}
              value={form.studentId}
              onChange={set('studentId')}
            />
            <Field label="家长姓名" value={form.name} onInput={set('name')} maxlength={20} />
            <Choices label="与学生的关系" options={RELATIONS} value={form.relation} onChange={set('relation')} />
            <Field label="手机号（选填）" value={form.phone} onInput={set('phone')} type="number" maxlength={11} placeholder="没有可不填" />
            <FormError message={error} />
            <BigButton loading={busy} disabled={!ready} onClick={() => void submit()}>
              登记
            </BigButton>
          </View>
        )}
      </Loaded>
    </Screen>
  )
}
