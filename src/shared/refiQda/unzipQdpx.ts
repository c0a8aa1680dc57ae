import { unzipSync } from 'fflate'

/** Limits that keep a hostile or broken archive from exhausting memory (zip bombs). */
export const QDPX_LIMITS = {
  /** Largest archive read (bytes). */
  archiveBytes: 512 * 1024 * 1024,
  /** Largest unpacked size of all files read together (bytes). */
  totalBytes: 1024 * 1024 * 1024,
  /** Largest unpacked file (bytes): project.qde or one text. */
  fileBytes: 256 * 1024 * 1024,
  /** Most files read from one archive. */
  files: 50_000,
  /**
   * Highest unpacked-to-packed ratio of a file: text and XML deflate about 3–20 times; a zip
   * bomb's members reach a thousandfold and more.
   */
  ratio: 1000,
} as const

const MB = 1024 * 1024

/** What `unzipQdpx` read: project.qde and the plain-text files, and what it left unread. */
export type QdpxFiles = {
  projectXml: Uint8Array
  /** Plain-text files by lower-cased path inside the archive. */
  texts: Map<string, Uint8Array>
  /** Paths of other files (pictures, PDFs, audio, rich text …), not read. */
  other: string[]
}

/**
 * Unpacks the parts of a `.qdpx` Newscoder can use: `project.qde` (at the root, any case) and
 * `.txt` files. Checks `QDPX_LIMITS` against the sizes the archive declares before inflating
 * anything, and refuses with a specific message: not a zip, too large, too many files, a file
 * whose ratio betrays a zip bomb, no project.qde.
 */
export function unzipQdpx(bytes: Uint8Array): QdpxFiles {
  if (bytes.byteLength > QDPX_LIMITS.archiveBytes) {
    throw new Error(`The file is larger than ${QDPX_LIMITS.archiveBytes / MB} MB.`)
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new Error('This is not a REFI-QDA project: a .qdpx file is a zip archive.')
  }
  const other: string[] = []
  let total = 0
  let count = 0
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const name = file.name.toLowerCase()
        const wanted = name === 'project.qde' || name.endsWith('.txt')
        if (!wanted) {
          if (!name.endsWith('/')) other.push(file.name)
          return false
        }
        count += 1
        total += file.originalSize
        if (count > QDPX_LIMITS.files) {
          throw new Error(`The archive holds more than ${QDPX_LIMITS.files} files.`)
        }
        if (file.originalSize > QDPX_LIMITS.fileBytes) {
          throw new Error(
            `“${file.name}” unpacks to more than ${QDPX_LIMITS.fileBytes / MB} MB; refused.`,
          )
        }
        if (total > QDPX_LIMITS.totalBytes) {
          throw new Error(
            `The archive unpacks to more than ${QDPX_LIMITS.totalBytes / MB} MB; refused.`,
          )
        }
        if (
          file.originalSize > 1024 * 1024 &&
          file.originalSize / Math.max(file.size, 1) > QDPX_LIMITS.ratio
        ) {
          throw new Error(
            `“${file.name}” is compressed more than ${QDPX_LIMITS.ratio} to 1, as zip bombs are; refused.`,
          )
        }
        return true
      },
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (/refused|more than/.test(message)) throw error
    throw new Error(`The archive is damaged or not a zip file (${message}).`, { cause: error })
  }
  let projectXml: Uint8Array | undefined
  const texts = new Map<string, Uint8Array>()
  for (const [name, data] of Object.entries(files)) {
    if (data.byteLength > QDPX_LIMITS.fileBytes) {
      throw new Error(`“${name}” unpacks to more than its declared size; refused.`)
    }
    if (name.toLowerCase() === 'project.qde') projectXml = data
    else texts.set(name.toLowerCase(), data)
  }
  if (projectXml === undefined) {
    throw new Error('The archive has no project.qde, so it is not a REFI-QDA project.')
  }
  return { projectXml, texts, other }
}
