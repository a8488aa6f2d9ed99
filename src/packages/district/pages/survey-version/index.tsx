// One questionnaire version: what it is (number, when and by whom published, in use or not) and its
// questions exactly as a parent sees them. Published versions are read-only.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { surveysApi } from '@/client/calls/surveys'
import { pagePath } from '@/client/routes'
import { usePageParams } from '@/client/use-page-params'
import { useApi } from '@/client/use-api'
import { useReshow } from '@/client/use-reshow'
import { BigButton } from '@/client/ui/big-button'
import { KeyValues } from '@/client/ui/key-values'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { SurveyPreview } from '../../components/survey-preview'
import { publishedWords } from '../../components/version-card'

export default function SurveyVersionPage() {
  const { version } = usePageParams('districtSurveyVersion')
  const loaded = useApi(() => surveysApi.questionnaireVersion({ version }), [version])
  // Back from publishing a newer version: this one is no longer the current one.
  useReshow(loaded.reload)
  return (
    <Screen title={`问卷版本 ${version}`}>
      <Loaded state={loaded}>
        {(v) => (
          <View>
            <KeyValues
              label="版本信息"
              rows={[
                { key: '标题', value: v.title },
                { key: '题目', value: `${v.questions}道` },
                { key: '发布', value: publishedWords(v) },
                { key: '状态', value: v.current ? '当前使用：新提交的家访记录发这一版' : '已不再发送：之前发出的问卷仍按这一版填写和统计' },
              ]}
            />
            <Text className="card__meta">已发布的版本不能修改；要改题目，请从当前版本新建一版。</Text>
            {v.current ? (
              <View className="form-actions">
                <BigButton kind="default" onClick={() => void Taro.navigateTo({ url: pagePath('districtSurveyDraft') })}>
                  从这一版新建
                </BigButton>
              </View>
            ) : null}
            <SurveyPreview def={v.definition} />
          </View>
        )}
      </Loaded>
    </Screen>
  )
}
