import './reliability.css'

/**
 * "Sample" in a document-list row of a reliability-sample document; assistive technology reads
 * "In reliability sample", since the short word alone would not say which sample.
 */
export function SampleBadge() {
  return (
    <span className="nc-sample-badge" title="In reliability sample">
      <span aria-hidden="true">Sample</span>
      <span className="nc-visually-hidden">In reliability sample</span>
    </span>
  )
}
