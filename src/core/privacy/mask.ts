/** 13812345678 → 138****5678; anything else keeps at most its last two characters. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (digits.length === 11) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  return phone.length > 2 ? `${'*'.repeat(phone.length - 2)}${phone.slice(-2)}` : '**'
}

/** 梁小红 → 梁**: a family named in a log is recognisable to the school, not readable to anyone. */
export function maskName(name: string): string {
  const chars = [...name.trim()]
  return chars.length ? `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}` : '**'
}
