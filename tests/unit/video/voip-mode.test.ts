import { versionAtLeast, voipModeOf } from '../../../src/client/video/voip-mode'

const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    label: `p${i}`,
    side: i === 0 ? ('host' as const) : ('guest' as const),
    present: true,
    inCall: false,
    camera: true,
    microphone: true,
  }))

test('the teacher and one parent ring each other; a group or a third person needs the multi-party room', () => {
  expect(voipModeOf({ group: false, people: people(2) })).toBe('1v1')
  expect(voipModeOf({ group: false, people: people(3) })).toBe('multi')
  expect(voipModeOf({ group: true, people: people(2) })).toBe('multi')
})

test('base library versions compare part by part, not as text', () => {
  expect(versionAtLeast('2.20.1', '2.9.0')).toBe(true)
  expect(versionAtLeast('2.9.0', '2.20.1')).toBe(false)
  expect(versionAtLeast('2.20', '2.20.1')).toBe(false)
  expect(versionAtLeast('3.0.0', '2.20.1')).toBe(true)
  expect(versionAtLeast('2.20.1', '2.20.1')).toBe(true)
})
