// Words for an unexpected failure; an Office error keeps its code and where it happened.

interface OfficeLikeError {
  message: string;
  code?: string;
  debugInfo?: { code?: string; errorLocation?: string };
}

export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const office = error as Error & OfficeLikeError;
    const code = office.debugInfo?.code ?? office.code;
    const where = office.debugInfo?.errorLocation;
    return [office.message, code && code !== office.message ? `(${code}${where ? ` @ ${where}` : ''})` : ''].filter(Boolean).join(' ');
  }
  return String(error);
}
