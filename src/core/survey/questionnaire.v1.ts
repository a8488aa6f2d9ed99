// The district's default questionnaire (issue 13): short questions a grandparent can answer on one
// screen, each with a read-aloud text that speaks the options too. A new version is added beside it;
// answers already given keep pointing at v1.
import { QuestionnaireDefinitionSchema, SATISFACTION_LABELS, type QuestionnaireDefinition } from './questionnaire.schema'

const yesNo = '请回答“是”或“否”。'

export const QUESTIONNAIRE_V1: QuestionnaireDefinition = QuestionnaireDefinitionSchema.parse({
  version: 'v1',
  title: '家访回访问卷',
  intro: '这份问卷由学校发出，老师看不到您个人的回答。只需一两分钟。',
  questions: [
    {
      id: 'took_place',
      kind: 'single_choice',
      label: '家访是否属实',
      prompt: '老师记录的家访是{when}，{format}。实际情况是这样吗？',
      readAloud: '老师记录的家访是{when}，{format}。实际情况是这样吗？可以选：是的，和记录一样；家访了，但时间或方式不一样；没有家访。',
      options: [
        { value: 'as_recorded', label: '是的，和记录一样' },
        { value: 'different', label: '家访了，但时间或方式不一样' },
        { value: 'not_held', label: '没有家访' },
      ],
      required: true,
      measure: 'took_place',
    },
    {
      id: 'satisfaction',
      kind: 'single_choice',
      label: '总体满意度',
      prompt: '您对这次家访总体满意吗？',
      readAloud: `您对这次家访总体满意吗？可以选：${Object.values(SATISFACTION_LABELS).join('、')}。`,
      options: Object.entries(SATISFACTION_LABELS).map(([value, label]) => ({ value, label })),
      required: true,
      measure: 'satisfaction',
    },
    {
      id: 'respectful',
      kind: 'yes_no',
      label: '老师是否尊重',
      prompt: '老师对您和孩子尊重吗？',
      readAloud: `老师对您和孩子尊重吗？${yesNo}`,
      required: true,
    },
    {
      id: 'strengths_first',
      kind: 'yes_no',
      label: '是否先谈优点',
      prompt: '老师是先从孩子的优点和进步谈起的吗？',
      readAloud: `老师是先从孩子的优点和进步谈起的吗？${yesNo}`,
      required: true,
    },
    {
      id: 'offered',
      kind: 'yes_no',
      label: '是否有送礼吃请',
      prompt: '家访中有没有人提出或收下礼品、宴请或钱物？',
      readAloud: `家访中有没有人提出或收下礼品、宴请或钱物？${yesNo}`,
      required: true,
      measure: 'offered',
    },
    {
      id: 'to_school',
      kind: 'text',
      label: '想让学校知道的',
      prompt: '您还有什么想让学校知道的吗？（可不填）',
      readAloud: '您还有什么想让学校知道的吗？可以不填。',
      required: false,
      maxLength: 300,
    },
  ],
})

/** Every version ever published, newest last: stored answers are read through their own version. */
export const QUESTIONNAIRES: readonly QuestionnaireDefinition[] = [QUESTIONNAIRE_V1]
export const CURRENT_QUESTIONNAIRE = QUESTIONNAIRES[QUESTIONNAIRES.length - 1]!
