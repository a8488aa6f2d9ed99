import Button from '@nutui/nutui-react-taro/dist/es/packages/button'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ReactNode } from 'react'

type Props = {
  children: ReactNode
  onClick: () => void
  /** Spoken name for screen readers; defaults to the visible text. */
  label?: string
  kind?: 'primary' | 'default'
  loading?: boolean
  disabled?: boolean
  className?: string
}

/** A tap target of at least 48px that grows with the font size. */
export function BigButton({ children, onClick, label, kind = 'primary', loading, disabled, className }: Props) {
  const a11y = { role: 'button', 'aria-label': label ?? (typeof children === 'string' ? children : undefined) }
  return (
    <Button
      {...a11y}
      className={`big-button ${className ?? ''}`}
      type={kind}
      size="large"
      block
      loading={loading}
      disabled={disabled}
      onClick={() => onClick()}
    >
      {children}
    </Button>
  )
}
