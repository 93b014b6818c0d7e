import { useState } from 'react';

type Versioned = { id: number; version: number };

/** Picks a record out of a freshly fetched list. */
export const findById =
  <T extends { id: number }>(fetchAll: () => Promise<T[]>) =>
  async (id: number) =>
    (await fetchAll()).find((record) => record.id === id);

type UseRecordDialogsOptions<T extends Versioned, Fresh extends T> = {
  /** Fetches one record again, bypassing the cache; undefined if it is gone. */
  fetchOne: (id: number) => Promise<Fresh | undefined>;
  /** The delete mutation's reset, so a closed or reloaded delete dialog forgets its last error. */
  resetDelete: () => void;
};

/**
 * The state of a directory panel's dialogs: the record being edited ('new' to add one), the record about to be
 * deleted, and how each gets the current version of its record after a stale-version refusal.
 */
export function useRecordDialogs<T extends Versioned, Fresh extends T = T>({
  fetchOne,
  resetDelete,
}: UseRecordDialogsOptions<T, Fresh>) {
  const [editing, setEditing] = useState<T | 'new'>();
  const [deleting, setDeleting] = useState<T>();
  const closeDelete = () => {
    setDeleting(undefined);
    resetDelete();
  };
  return {
    editing: editing === 'new' ? undefined : editing,
    isEditOpen: editing !== undefined,
    startAdd: () => setEditing('new'),
    startEdit: (record: T) => setEditing(record),
    closeEdit: () => setEditing(undefined),
    reloadEditing: (): Promise<Fresh | undefined> => (editing && editing !== 'new' ? fetchOne(editing.id) : Promise.resolve(undefined)),
    deleting,
    startDelete: (record: T) => setDeleting(record),
    closeDelete,
    /** After a refused delete: the current record (so the delete can be tried again), or close if it is gone. */
    reloadDeleting: async () => {
      const fresh = deleting && (await fetchOne(deleting.id));
      resetDelete();
      if (fresh) setDeleting(fresh);
      else closeDelete();
    },
  };
}
