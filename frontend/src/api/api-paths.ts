import type { paths as generatedPaths } from './generated/schema';
import type { pendingPaths } from './pending-paths';

/**
 * Every path the client may call: the generated description, plus the declared paths the backend has not
 * published yet. A generated path always wins over a pending declaration of the same path.
 */
export type ApiPaths = generatedPaths & Omit<pendingPaths, keyof generatedPaths>;
