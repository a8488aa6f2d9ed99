// Under the record form's fields: wording that sounds like a complaint or a label, each with the rule
// that fired, a suggested rewording (改写) or keeping the text (保持原文). Checked on the server as the
// teacher pauses typing; offline or on any failure it says nothing and never blocks the form.
import { Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { visitsApi } from '@/client/calls/visits'
import { BigButton } from '@/client/ui/big-button'
import type { ToneResult } from '@/core/contract/visits-tone.contract'
import {
  batchOf,
  confirmKey,
  excerptOf,
  keyOf,
  shouldCheck,
  TONE_PAUSE_MS,
  visibleFlags,
  type Flag,
  type ToneText,
} from '@/client/tone-hints'

type Props = {
  texts: ToneText[]
  /** The fields' names as the form shows them ("在家表现"); the field key otherwise. */
  labels?: Record<string, string>
  onRephrase: (field: string, start: number, end: number, suggestion: string) => void
  onConfirm?: (field: string, flag: Flag) => void
}

function useToneCheck(texts: ToneText[]): ToneResult[] {
  const [results, setResults] = useState<ToneResult[]>([])
  const last = useRef<string | null>(null)
  const asked = useRef(0)
  const batch = batchOf(texts)
  const key = keyOf(batch)
  useEffect(() => {
    if (!shouldCheck(batch, last.current)) return
    const timer = setTimeout(() => {
      const mine = ++asked.current
      void visitsApi.toneCheck({ texts: batch }).then((res) => {
        // A later check supersedes this one; a failure (offline) keeps quiet and is retried on the next pause.
        if (mine !== asked.current || !res.ok) return
        last.current = key
        setResults(res.data.results)
      })
    }, TONE_PAUSE_MS)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the batch
  }, [key])
  return results
}

export function ToneHints({ texts, labels, onRephrase, onConfirm }: Props) {
  const results = useToneCheck(texts)
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set())
  const shown = visibleFlags(results, texts, confirmed)
  if (shown.length === 0) return null
  const keep = (field: string, flag: Flag) => {
    setConfirmed((c) => new Set(c).add(confirmKey(field, flag)))
    onConfirm?.(field, flag)
  }
  return (
    <View className="tone-hints" role="region" aria-label="措辞提醒">
      <Text className="tone-hints__title">{`措辞提醒（${shown.length}处）：家访以正面沟通为主，建议写看到的具体表现和下一步`}</Text>
      {shown.map(({ field, flag }) => {
        const text = texts.find((t) => t.field === field)?.text ?? ''
        const { before, hit, after } = excerptOf(text, flag.start, flag.end)
        return (
          <View key={`${field}:${flag.start}:${flag.rule}`} className="tone-hint">
            {labels?.[field] ? <Text className="tone-hint__field">{labels[field]}</Text> : null}
            <View className="tone-hint__excerpt">
              <Text>{before}</Text>
              <Text className="tone-hint__hit">{hit}</Text>
              <Text>{after}</Text>
            </View>
            <Text className="tone-hint__why">{flag.explanation}</Text>
            <Text className="tone-hint__suggest">{`建议改成：“${flag.suggestion}”`}</Text>
            <Text className="card__meta">{flag.example}</Text>
            <View className="tone-hint__actions">
              <BigButton label={`改写：${flag.words}`} onClick={() => onRephrase(field, flag.start, flag.end, flag.suggestion)}>
                改写
              </BigButton>
              <BigButton kind="default" label={`保持原文：${flag.words}`} onClick={() => keep(field, flag)}>
                保持原文
              </BigButton>
            </View>
          </View>
        )
      })}
    </View>
  )
}
