/** Where a paragraph stands in a news article: the headline, the lead, or the body. */
export type ParagraphPosition = 'headline' | 'lead' | 'body'

/**
 * Returns the position of the paragraph with 1-based number `paragraph` in canonical text, whose
 * first paragraph is always the headline (normaliseText puts it there) and whose second is the
 * lead, the opening paragraph news writing puts the most important facts in.
 */
export function paragraphPosition(paragraph: number): ParagraphPosition {
  return paragraph <= 1 ? 'headline' : paragraph === 2 ? 'lead' : 'body'
}
