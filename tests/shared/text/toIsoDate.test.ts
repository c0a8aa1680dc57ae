import { describe, expect, it } from 'vitest'
import { toIsoDate } from '../../../src/shared/text/toIsoDate'

describe('toIsoDate', () => {
  it.each([
    ['2019-01-04', '2019-01-04'],
    ['2021-06-14T09:00:00-04:00', '2021-06-14'],
    ['2019/1/4', '2019-01-04'],
    ['January 4, 2019', '2019-01-04'],
    ['Friday, January 4, 2019', '2019-01-04'],
    ['4 January 2019', '2019-01-04'],
    ['Fri, 04 Jan 2019 10:00:00 GMT', '2019-01-04'],
    ['Sept. 3, 2020', '2020-09-03'],
    ['January 2019', '2019-01'],
    ['2019-02', '2019-02'],
    ['2019', '2019'],
  ])('reads %s as %s', (value, iso) => {
    expect(toIsoDate(value)).toBe(iso)
  })

  it.each(['04/01/2019', '2019-02-30', 'yesterday', '', 'Smarch 3, 2020'])(
    'gives null for the ambiguous or invalid %j',
    (value) => {
      expect(toIsoDate(value)).toBeNull()
    },
  )
})
