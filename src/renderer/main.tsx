import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// Base styles first, so that each feature's own stylesheet (imported by its components) wins ties.
import './styles/theme.css'
import './styles/app.css'
import { App } from './App'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
