import { Button, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { answerPrivacy, onPrivacyAsk } from '../privacy'
import { DialogFrame } from './dialog-frame'

const AGREE_ID = 'privacy-agree'

/** Our own modal for WeChat's privacy check; rendered by every Screen, shown only when asked. */
export function PrivacyGate() {
  const [asking, setAsking] = useState(false)
  useEffect(() => onPrivacyAsk(setAsking), [])
  if (!asking) return null
  return (
    <DialogFrame title="隐私保护提示" text="使用这项功能前，请阅读并同意《家访助手隐私保护指引》。我们只在家访工作需要时使用您的信息。">
      <Text className="dialog__link" onClick={() => void Taro.openPrivacyContract({})}>
        查看《隐私保护指引》
      </Text>
      <Button
        id={AGREE_ID}
        className="big-button dialog__agree"
        type="primary"
        openType="agreePrivacyAuthorization"
        onAgreePrivacyAuthorization={() => answerPrivacy({ event: 'agree', buttonId: AGREE_ID })}
      >
        同意并继续
      </Button>
      <Button className="big-button" onClick={() => answerPrivacy({ event: 'disagree' })}>
        不同意
      </Button>
    </DialogFrame>
  )
}
