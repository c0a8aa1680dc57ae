import { resetFigures } from './results'

export default function globalSetup(): void {
  resetFigures()
}
