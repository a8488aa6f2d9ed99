// A family where nobody is bound on WeChat cannot read a proposal. Say so before and after proposing,
// and offer what works instead: agree by phone and record it, or register a guardian without a smartphone.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { TeacherFamily } from '@/core/contract/visits.contract'
import { RELATION_LABELS } from '@/core/model/family.schema'
import { pagePath } from '@/client/routes'
import { BigButton } from '@/client/ui/big-button'

/** Opens the head teacher's 登记无智能手机的家长 for the child's class, when the caller is that head teacher. */
export function registerGuardian(family: TeacherFamily | null): (() => void) | null {
  const head = family?.headClass ?? null
  return head
    ? () => void Taro.navigateTo({ url: pagePath('teacherOfflineGuardian', { classId: head.classId, name: head.className }) })
    : null
}

function whoIsRegistered(family: TeacherFamily): string {
  if (!family.guardians.length) return '这个孩子还没有登记家长。'
  const names = family.guardians.map((g) => `${g.name}（${RELATION_LABELS[g.relation]}）`).join('、')
  return `登记的家长：${names}，都还没有绑定微信。`
}

type Props = {
  family: TeacherFamily
  /** Before proposing (the propose page) or after (the visit page, which can record the phone agreement). */
  stage: 'before' | 'after'
  onPhone?: () => void
}

export function NoWeChatCard({ family, stage, onPhone }: Props) {
  const register = registerGuardian(family)
  return (
    <View className="card notice-card no-wechat" aria-label="家长收不到微信消息">
      {stage === 'before' ? <Text className="card__title">这个家庭还没有人绑定微信</Text> : null}
      <Text className="card__meta">{whoIsRegistered(family)}</Text>
      <Text className="card__meta">
        {stage === 'before'
          ? '发起后家长收不到。请先打电话和家长商量时间，发起后在家访页面点“电话已约好”记下来。'
          : '请打电话和家长约好时间，再点“电话已约好”记下来。'}
      </Text>
      {onPhone ? <BigButton onClick={onPhone}>电话已约好</BigButton> : null}
      {register ? (
        <BigButton kind="default" onClick={register}>
          登记无智能手机的家长
        </BigButton>
      ) : (
        <Text className="card__meta">家长没有智能手机的，请孩子的班主任登记。</Text>
      )}
    </View>
  )
}
