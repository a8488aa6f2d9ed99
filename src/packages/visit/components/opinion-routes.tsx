// Who answers each parent opinion (班主任 by default, or 学校): a chooser under each opinion's box, and
// the list's changes with each route kept beside its own opinion (a deleted opinion takes its route along).
// Spread into the opinions' TextList: <TextList … {...opinionRouteProps(form, onChange)} />.
import { Choices, toOptions } from '@/client/ui/choice'
import { TICKET_ROUTE_LABELS, type TicketRoute } from '@/core/survey/ticket.rules'
import { opinionRoute } from '@/core/visit/record.rules'
import type { Form } from './record-form-state'

const ROUTE_OPTIONS = toOptions(TICKET_ROUTE_LABELS)

export function opinionRouteProps(form: Form, onChange: (f: Form) => void) {
  const rows = form.opinions?.length ? form.opinions : ['']
  const routes = rows.map((_, i) => opinionRoute(form, i))
  const setRoute = (i: number, r: TicketRoute) =>
    onChange({ ...form, opinions: rows, opinionRoutes: routes.map((x, j) => (j === i ? r : x)) })
  return {
    extra: (i: number) => (
      <Choices
        label={rows.length > 1 ? `意见 ${i + 1} 由谁回复` : '这条意见由谁回复'}
        options={ROUTE_OPTIONS}
        value={routes[i] ?? 'class'}
        onChange={(r) => setRoute(i, r)}
      />
    ),
    onChange: (opinions: string[], removed?: number) => {
      const kept = removed === undefined ? routes : routes.filter((_, j) => j !== removed)
      onChange({ ...form, opinions, opinionRoutes: opinions.map((_, i) => kept[i] ?? 'class') })
    },
  }
}
