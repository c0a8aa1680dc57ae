import { describe, expect, it } from 'vitest'
import { speakerKind, speakerNameOf } from '../../../src/shared/quotes/speakerNames'

const nameOf = (mention: string) => speakerNameOf(mention, { start: 0, end: mention.length })

describe('speakerNameOf', () => {
  it('strips titles and roles written before a name', () => {
    expect(nameOf('United States Attorney Jessie K. Liu')).toBe('Jessie K. Liu')
    expect(nameOf('Health Minister Veronika Skvortsova')).toBe('Veronika Skvortsova')
    expect(nameOf('Current Prime Minister of India Narendra Modi')).toBe('Narendra Modi')
    expect(nameOf('Former US Ambassador to the United Nations Nikki Haley')).toBe('Nikki Haley')
    expect(nameOf('an attendee Om Prakash')).toBe('Om Prakash')
    expect(nameOf('NATO Secretary-General Jens Stoltenberg')).toBe('Jens Stoltenberg')
    expect(nameOf('US Special Representative for Iran Brian Hook')).toBe('Brian Hook')
    expect(nameOf('AU chairperson President Abdel Fattah el-Sisi of Egypt')).toBe(
      'Abdel Fattah el-Sisi',
    )
    expect(nameOf("The Native American Rights Fund's Jacqueline De León")).toBe(
      'Jacqueline De León',
    )
  })

  it('keeps organisations and descriptions, and drops possessives and articles before words', () => {
    expect(nameOf('Department of Homeland Security')).toBe('Department of Homeland Security')
    expect(nameOf("Judge Miller's")).toBe('Miller')
    expect(nameOf('a government official')).toBe('government official')
    expect(nameOf("a report citing the mayor's office")).toBe('report')
    expect(nameOf('The Verge')).toBe('The Verge')
    expect(nameOf('Biden and Sanders')).toBe('Biden and Sanders')
    expect(nameOf('An official from TfL')).toBe('official from TfL')
    expect(nameOf('One of the users')).toBe('One of the users')
  })

  it('leaves pronouns to be resolved later', () => {
    expect(nameOf('he')).toBeUndefined()
    expect(nameOf('They')).toBeUndefined()
  })
})

describe('speakerKind', () => {
  it('tells persons from groups and organisations', () => {
    expect(speakerKind('Nancy Pelosi')).toBe('person')
    expect(speakerKind('government official')).toBe('person')
    expect(speakerKind('Emergencies Ministry')).toBe('group')
    expect(speakerKind('officials')).toBe('group')
  })
})
