import { coderColour } from './coderColour'

/**
 * The "Coder colours" list: each coder's name beside the colour their highlights have in the
 * reader, and the neutral tint of text that several coders' spans cover.
 */
export function CoderLegend({ coders }: { coders: readonly string[] }) {
  return (
    <ul className="nc-coder-legend" aria-label="Coder colours">
      {coders.map((c) => (
        <li key={c}>
          <span className={`nc-coder-swatch nc-coder-${coderColour(c)}`} aria-hidden="true" />
          {c}
        </li>
      ))}
      <li>
        <span className="nc-coder-swatch nc-coder-mixed" aria-hidden="true" />
        several coders
      </li>
    </ul>
  )
}
