import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getCliniciansQueryOptions } from '@/api/directory/get-clinicians';
import { getPracticesQueryOptions } from '@/api/directory/get-practices';
import { apiClient, requireData } from '@/lib/api-client';
import type { MutationConfig } from '@/lib/react-query';

export type ImportKind = 'clinicians' | 'practices';

export type ImportCsvInput = { kind: ImportKind; file: File };

/**
 * Uploads a CSV. All or nothing: a file with any bad row is refused with 422 and every problem in the problem's
 * `errors` ({row, field, message}), which the caller shows as a table; so it handles that error itself.
 */
export async function importCsv({ kind, file }: ImportCsvInput) {
  const body = new FormData();
  body.append('file', file);
  const path = kind === 'clinicians' ? '/api/admin/imports/clinicians' : '/api/admin/imports/practices';
  return requireData(
    await apiClient.POST(path, {
      // openapi-typescript types a binary part as a string; the browser sends the File itself.
      body: { file: file as unknown as string },
      // openapi-fetch sends FormData as multipart and lets the browser set the boundary.
      bodySerializer: () => body,
    }),
  );
}

type UseImportCsvOptions = { mutationConfig?: MutationConfig<typeof importCsv> };

export function useImportCsv({ mutationConfig }: UseImportCsvOptions = {}) {
  const queryClient = useQueryClient();
  const { onSuccess, ...restConfig } = mutationConfig ?? {};
  return useMutation({
    meta: { showsErrorInline: true },
    ...restConfig,
    mutationFn: importCsv,
    onSuccess: async (result, input, ...rest) => {
      const queryKey = input.kind === 'clinicians' ? getCliniciansQueryOptions().queryKey.slice(0, 1) : getPracticesQueryOptions().queryKey;
      await queryClient.invalidateQueries({ queryKey });
      return onSuccess?.(result, input, ...rest);
    },
  });
}
