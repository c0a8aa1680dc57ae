import { printAndSaveFigures } from './results'

export default function globalTeardown(): void {
  printAndSaveFigures()
}
