import { describe, expect, it } from 'vitest'
import {
  coderDatabaseName,
  normaliseServerUrl,
  projectDatabaseName,
} from '../../../src/shared/sync/databaseNames'
import { formatInvitation, parseInvitation } from '../../../src/shared/sync/invitation'
import { memberNameSchema } from '../../../src/shared/sync/teamModel'

const COUCH_DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/

describe('database names', () => {
  it('are valid CouchDB names, stable and distinct for users differing only in case', () => {
    const project = projectDatabaseName('3F2A-project')
    expect(project).toMatch(COUCH_DB_NAME)
    expect(projectDatabaseName('3F2A-project')).toBe(project)
    const ann = coderDatabaseName(project, 'Ann Müller')
    expect(ann).toMatch(COUCH_DB_NAME)
    expect(ann).not.toBe(coderDatabaseName(project, 'ann müller'))
  })
})

describe('server addresses', () => {
  it('keep a reverse-proxy path and drop a trailing slash', () => {
    expect(normaliseServerUrl(' https://lab.example.org/couch/ ')).toBe(
      'https://lab.example.org/couch',
    )
    expect(normaliseServerUrl('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984')
  })

  it.each(['lab.example.org', 'ftp://x.org', 'https://u:p@x.org'])(
    'refuse %s with a reason',
    (bad) => {
      expect(() => normaliseServerUrl(bad)).toThrow(/address|server/)
    },
  )
})

describe('invitations', () => {
  it('carry the server, the project database and the user, never a password', () => {
    const invitation = {
      server: 'https://lab.example.org/couch',
      projectDb: projectDatabaseName('p'),
      user: 'Ann Müller',
    }
    const text = formatInvitation(invitation)
    expect(text).not.toMatch(/password/i)
    expect(parseInvitation(`  ${text}\n`)).toEqual(invitation)
  })

  it('refuse text that is not an invitation', () => {
    expect(() => parseInvitation('https://lab.example.org/newscoder-xyz')).toThrow(/invitation/)
    expect(() => parseInvitation('https://lab.example.org/other#user=Ann')).toThrow(
      /project database/,
    )
  })

  it('refuse the reserved consensus name as a member', () => {
    expect(memberNameSchema.safeParse('consensus').success).toBe(false)
    expect(memberNameSchema.safeParse('_admin').success).toBe(false)
    expect(memberNameSchema.safeParse('Ann Müller').success).toBe(true)
  })
})
