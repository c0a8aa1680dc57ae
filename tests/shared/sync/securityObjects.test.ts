import { describe, expect, it } from 'vitest'
import {
  coderDesignDoc,
  coderSecurity,
  projectDesignDoc,
  projectSecurity,
} from '../../../src/shared/sync/securityObjects'
import { span } from './fixtures'

type Validate = (
  newDoc: unknown,
  oldDoc: unknown,
  userCtx: { name: string | null; roles: string[] },
) => void

// CouchDB evaluates the function's source; so does the test (here, in Node).
const compile = (source: string): Validate => new Function(`return (${source})`)() as Validate
const user = (name: string) => ({ name, roles: [] })

const team = {
  lead: 'Lee',
  coders: [
    { user: 'Ann', db: 'a', active: true },
    { user: 'Ben', db: 'b', active: true },
    { user: 'Cy', db: 'c', active: false },
  ],
  unblinded: false,
}

describe('security objects', () => {
  it('let the lead and active coders read the project database', () => {
    expect(projectSecurity(team).members.names).toEqual(['Ann', 'Ben', 'Lee'])
  })

  it('let only the coder and the lead read a coder database until the lead unblinds', () => {
    expect(coderSecurity(team, 'Ann').members.names).toEqual(['Ann', 'Lee'])
    expect(coderSecurity({ ...team, unblinded: true }, 'Ann').members.names).toEqual([
      'Ann',
      'Ben',
      'Lee',
    ])
    expect(coderSecurity(team, 'Cy').members.names).toEqual(['Lee'])
  })
})

describe('validate_doc_update', () => {
  it('lets only the lead and server admins write the project database', () => {
    const validate = compile(projectDesignDoc('Lee').validate_doc_update)
    expect(() => validate({ type: 'codebook' }, null, user('Lee'))).not.toThrow()
    expect(() => validate({ type: 'codebook' }, null, user('Ann'))).toThrow()
    expect(() =>
      validate({ type: 'codebook' }, null, { name: 'root', roles: ['_admin'] }),
    ).not.toThrow()
    expect(() => validate({ untyped: true }, null, user('Lee'))).toThrow()
  })

  it('lets only the owner write their database, and only spans in their own name', () => {
    const validate = compile(coderDesignDoc('Ann').validate_doc_update)
    expect(() => validate({ type: 'annotation', row: span() }, null, user('Ann'))).not.toThrow()
    expect(() => validate({ type: 'annotation', row: span() }, null, user('Lee'))).toThrow()
    expect(() =>
      validate({ type: 'annotation', row: span({ coder: 'Ben' }) }, null, user('Ann')),
    ).toThrow()
    expect(() => validate({ type: 'codebook', row: {} }, null, user('Ann'))).toThrow()
    expect(() => validate({ _deleted: true }, null, user('Ann'))).not.toThrow()
  })
})
