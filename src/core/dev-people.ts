/** One demo person on the local dev sign-in page (`GET /dev/people`): the server lists, the app shows. */
export type DevPerson = { userId: string; name: string; roleLabel: string; home: string; schoolName: string }
