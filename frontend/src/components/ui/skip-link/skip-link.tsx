import classes from './skip-link.module.css';

type SkipLinkProps = {
  targetId: string;
};

/** The first thing a keyboard user reaches: jumps past the header and navigation to the page content. */
export function SkipLink({ targetId }: SkipLinkProps) {
  return (
    <a href={`#${targetId}`} className={classes.skipLink}>
      Skip to main content
    </a>
  );
}
