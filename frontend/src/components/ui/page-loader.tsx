import { Center, Loader } from '@mantine/core';

type PageLoaderProps = {
  label: string;
};

/** A centred spinner that tells assistive technology what is loading. */
export function PageLoader({ label }: PageLoaderProps) {
  return (
    <Center h="100vh">
      <Loader role="status" aria-label={label} />
    </Center>
  );
}
