/**
 * Plain-language messages for Node's file errors, which otherwise read "ENOENT: no such file or directory, open 'x'".
 */

export function describeFileError(error: unknown, action = 'read'): string {
  if (!(error instanceof Error)) return String(error);
  const code: unknown = Reflect.get(error, 'code');
  const path: unknown = Reflect.get(error, 'path');
  const where = typeof path === 'string' ? path : 'file';
  if (code === 'ENOENT') return action === 'write' ? `cannot write ${where}: its folder does not exist` : `${where}: no such file`;
  if (code === 'EISDIR') return `${where}: is a folder, not a file`;
  if (code === 'EACCES' || code === 'EPERM') return `cannot ${action} ${where}: permission denied`;
  return error.message;
}

/** Runs a file operation, turning its failure into an Error whose message says what went wrong in plain words. */
export async function withFileErrors<T>(action: 'read' | 'write', operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw new Error(describeFileError(error, action));
  }
}
