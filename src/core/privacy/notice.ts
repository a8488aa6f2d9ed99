// The privacy notice guardians read before binding. A new version asks everyone again.
export const PRIVACY_NOTICE = {
  version: '2026-09-01',
  title: '家访助手隐私保护说明',
  sections: [
    {
      heading: '我们收集什么',
      text: '孩子的姓名、学号、班级；监护人的姓名、与孩子的关系、手机号；家访的时间、形式和记录；您填写的满意度问卷。',
    },
    {
      heading: '谁能看到',
      text: '孩子的班主任和负责家访的老师、学校领导和学校管理员。其他老师看不到手机号全号，其他家长看不到您家的任何信息。',
    },
    {
      heading: '敏感信息',
      text: '离异、单亲、留守、低保、残疾等家庭情况属于敏感个人信息，仅用于安排家访和关爱帮扶，需要您单独同意，您可以随时撤回；撤回后老师将看不到这些信息。',
    },
    { heading: '如何保护', text: '手机号、住址和家庭情况加密保存；每一次查看敏感信息都会留下记录，学校和区教体局可以检查。' },
    { heading: '未满14周岁的孩子', text: '孩子未满14周岁，需要由您作为监护人同意后，我们才处理孩子的个人信息。' },
  ],
} as const

export const CONSENT_LABELS = {
  guardian: '监护人同意（处理孩子的个人信息）',
  sensitive: '敏感信息单独同意（家庭情况类别）',
} as const
