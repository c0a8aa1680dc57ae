/**
 * Minimal structural DOM types (the pure core has no DOM lib): what sanitising, metadata reading
 * and text extraction need from linkedom's document.
 */
export type HtmlElement = {
  tagName: string
  localName: string
  attributes: ArrayLike<{ name: string; value: string }>
  children: ArrayLike<HtmlElement>
  childNodes: ArrayLike<HtmlNode>
  parentNode: unknown
  textContent: string | null
  getAttribute(name: string): string | null
  removeAttribute(name: string): void
  remove(): void
  querySelectorAll(selector: string): ArrayLike<HtmlElement>
}

/** A node: an element (nodeType 1) or text (3); others are skipped. */
export type HtmlNode = { nodeType: number; textContent: string | null } & Partial<HtmlElement>

/** A parsed document as sanitising and extraction use it. */
export type HtmlDocument = {
  documentElement: HtmlElement | null
  body: HtmlElement | null
  querySelectorAll(selector: string): ArrayLike<HtmlElement>
}

/**
 * Elements removed with everything inside them before extraction: they hold code, styles,
 * embedded documents or remote resources, never article text (`noscript` and `template` hold
 * markup that is only text to a script-less parser, and payloads hide there; the obsolete
 * `xmp`, `listing`, `plaintext`, `noembed` and `noframes` show markup as text and are where
 * payloads are parked, never article text).
 */
const REMOVED =
  'script,style,noscript,template,iframe,frame,frameset,object,embed,applet,link,meta[http-equiv],base,svg,math,canvas,video,audio,source,track,picture,img,input,button,select,textarea,option,datalist,output,dialog,portal,xmp,listing,plaintext,noembed,noframes'

/** Attributes that name an element and so clobber DOM properties in a browser DOM (`id` is kept: Readability scores it, and it clobbers only `document`/`window` lookups, which extraction does not make). */
const NAMING = new Set(['name', 'form'])

/**
 * Neutralises a parsed page before Readability reads it, so extraction is immune to what the
 * page holds: every element in `REMOVED` is dropped (scripts, styles, frames, embeds, media,
 * form controls), `<form>` elements are unwrapped (their text stays, the form goes, because a
 * form's named controls clobber its properties: `<input name=parentNode>` makes Readability loop
 * forever over a browser DOM), `name` and `form` attributes are removed from every element
 * for the same reason, and event handlers (`on*`), `style`, `srcdoc`, `srcset` and `javascript:` /
 * `data:` / `vbscript:` URLs are removed. Only text and harmless structure remain.
 */
export function sanitiseDocument(document: HtmlDocument): void {
  for (const element of Array.from(document.querySelectorAll(REMOVED))) element.remove()
  for (const form of Array.from(document.querySelectorAll('form'))) unwrap(form)
  const root = document.documentElement
  if (root === null) return
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase()
      if (
        NAMING.has(lower) ||
        lower.startsWith('on') ||
        lower === 'style' ||
        lower === 'srcdoc' ||
        lower === 'srcset' ||
        lower === 'background' ||
        /^\s*(javascript|data|vbscript):/i.test(value)
      ) {
        element.removeAttribute(name)
      }
    }
  }
}

/** Replaces an element by its children. */
function unwrap(element: HtmlElement): void {
  const parent = element.parentNode as {
    insertBefore(node: unknown, before: unknown): void
  } | null
  if (parent === null) return
  for (const child of Array.from(element.childNodes)) parent.insertBefore(child, element)
  element.remove()
}
