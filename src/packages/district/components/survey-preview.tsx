// A questionnaire version as a parent sees it: large type, the visit's facts filled in with an example,
// every answer tappable (nothing is sent), so the district tries it before publishing.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SAMPLE_FACTS } from '@/core/survey/questionnaire.draft'
import type { QuestionnaireDefinition } from '@/core/survey/questionnaire.schema'
import { renderedQuestions } from '@/core/survey/questionnaire.view'
import { SurveyQuestion } from '@/client/ui/survey-question'

export function SurveyPreview({ def }: { def: QuestionnaireDefinition }) {
  const [values, setValues] = useState<Record<string, string | boolean>>({})
  return (
    <View className="survey-preview" aria-label="家长看到的问卷">
      <Text className="card__meta">{`家长看到的样子（家访时间“${SAMPLE_FACTS.when}”和方式“${SAMPLE_FACTS.format}”是示例，实际按每次家访填写；在这里点选不会提交）`}</Text>
      <View className="screen--large survey-preview__frame">
        <Text className="screen__title">{def.title}</Text>
        {def.intro ? <Text className="lead">{def.intro}</Text> : null}
        {renderedQuestions(def, SAMPLE_FACTS).map((q, k) => (
          <SurveyQuestion key={q.id} q={q} n={k + 1} value={values[q.id]} onChange={(v) => setValues({ ...values, [q.id]: v })} />
        ))}
      </View>
    </View>
  )
}
