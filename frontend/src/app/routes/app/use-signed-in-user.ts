import { useOutletContext } from 'react-router';
import type { CurrentUser } from '@/api/types';

/** The signed-in user, for any page inside the app shell (the shell passes it as outlet context). */
export function useSignedInUser(): CurrentUser {
  return useOutletContext<CurrentUser>();
}
