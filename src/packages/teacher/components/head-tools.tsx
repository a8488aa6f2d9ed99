// A head teacher's tools for their own class, as a cell list: inviting parents (with the requests
// waiting for a decision) and registering guardians without a smartphone.
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { pagePath } from '@/client/routes'
import { Cells } from '@/client/ui/cells'

export function HeadTools({ classId, className, pending }: { classId: string; className: string; pending: number }) {
  const go = (url: string) => () => void Taro.navigateTo({ url })
  return (
    <View className="teacher-cells">
      <Cells
        items={[
          {
            key: 'invite',
            title: '家长邀请与审核',
            note: pending ? `待审核 ${pending} 条绑定申请` : '班级邀请码、二维码，发给家长绑定孩子',
            badge: pending,
            onClick: go(pagePath('teacherInvite', { classId, name: className })),
          },
          {
            key: 'offline',
            title: '登记无智能手机的家长',
            note: '没有微信的监护人，由班主任代为登记',
            onClick: go(pagePath('teacherOfflineGuardian', { classId, name: className })),
          },
        ]}
      />
    </View>
  )
}
