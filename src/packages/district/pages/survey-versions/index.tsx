// 回访问卷版本: every version of the satisfaction questionnaire, newest first, the one new visits are
// sent marked; open one to read it; a new version starts from the current one.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { surveysApi } from '@/client/calls/surveys'
import { pagePath } from '@/client/routes'
import { useReshow } from '@/client/use-reshow'
import { useApi } from '@/client/use-api'
import { BigButton } from '@/client/ui/big-button'
import { Screen } from '@/client/ui/screen'
import { Loaded } from '@/client/ui/states'
import { VersionCard } from '../../components/version-card'

export default function SurveyVersionsPage() {
  const list = useApi(() => surveysApi.questionnaireVersions({}))
  // Back from publishing a new version: the list shows it at once.
  useReshow(list.reload)
  const shown = { ...list, loading: list.loading && list.data === null }
  return (
    <Screen title="回访问卷版本" subtitle="家访记录提交后，系统发给家长的满意度问卷">
      <Text className="lead">新提交的家访记录发出“当前使用”的版本；已经发出的问卷和家长的回答保留原来的版本。已发布的版本不能修改。</Text>
      <View className="form-actions">
        <BigButton onClick={() => void Taro.navigateTo({ url: pagePath('districtSurveyDraft') })}>从当前版本新建一版</BigButton>
      </View>
      <Loaded state={shown}>
        {(d) => (
          <View className="survey-versions">
            {d.versions.map((v) => (
              <VersionCard key={v.version} v={v} current={v.version === d.current} />
            ))}
          </View>
        )}
      </Loaded>
    </Screen>
  )
}
