import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { BackendError } from '../api/Backend';

/** A page that fails (e.g. an ärende whose stored log does not hold together) shows why, never a blank page. */
export class ErrorBoundary extends Component<{ what: string; children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Shown on the page; the console keeps the stack for whoever investigates.
    console.warn(`${this.props.what}: ${error.message}`, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="rejection">
        <h1>{this.props.what} kunde inte visas</h1>
        {/* The server's answers are Swedish; anything else is a program error, named in Swedish with its technical text beside. */}
        {this.state.error instanceof BackendError ? (
          <p>{this.state.error.message}</p>
        ) : (
          <>
            <p>Ett oväntat fel uppstod när sidan skulle visas.</p>
            <p className="hint">Teknisk uppgift för felsökning: {this.state.error.message}</p>
          </>
        )}
        <p>Inget har ändrats. Försök igen, eller kontakta SAS eller administratören om felet står kvar.</p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Försök igen
        </button>
      </div>
    );
  }
}
