// Inbox texts about prep requests: neutral, with no child's name (notification texts carry no personal data).
const teacher = (name: string) => `${name}老师`

export const PREP_TEXTS = {
  asked: (asker: string) => ({ title: '同事请你提供情况', body: `${teacher(asker)}请您为一次家访提供学生情况，请打开回复一两句。` }),
  answered: (colleague: string) => ({
    title: '同事提供了学生情况',
    body: `${teacher(colleague)}回复了您的家访准备请求，请打开家访准备查看。`,
  }),
}

export const PREP_MESSAGES = {
  notAgreed: '家长确认家访时间后，才能开始家访准备',
  readOnly: '只有安排这次家访的老师可以修改家访准备，您可以查看',
  noAccount: (name: string) => `${teacher(name)}还没有登录家访助手，暂时无法收到请求，请当面或电话联系`,
  changed: '家访准备刚刚被修改过，请刷新后再保存',
  notColleague: '只能请教这个孩子的老师或同年级老师，请从列表中选择',
}
