import { sitePath } from '@/lib/site';

/** Where the page sits: Home › Collection › Record. The last item is the current page. */
export function Breadcrumbs({ trail }: { trail: readonly { href?: string; label: string }[] }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li>
          <a href={sitePath('/')}>Home</a>
        </li>
        {trail.map((item) => (
          <li key={item.label}>
            {item.href ? (
              <a href={sitePath(item.href)}>{item.label}</a>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
