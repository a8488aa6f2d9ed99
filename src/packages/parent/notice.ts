// A confirmation for the page a parent lands on next: after withdrawing guardian consent the app
// restarts on the home page, and a toast shown before that navigation would vanish with the old page.
let pending: string | null = null

export const leaveNotice = (text: string) => {
  pending = text
}

/** The notice left for this page, once. */
export function takeNotice(): string | null {
  const text = pending
  pending = null
  return text
}
