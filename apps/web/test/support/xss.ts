/** Script a changeset summary could carry into the changelog page (issue 24's, and a few more). */
export const XSS_PAYLOADS = [
  '<img src=x onerror="alert(document.domain)">',
  '<details open ontoggle="alert(1)">x</details>',
  `<script data-x='type="application/ld+json"'>alert(1)</script>`,
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '[click](javascript:alert(1))',
  '[click](  JaVaScRiPt:alert(1))',
  '![x](https://evil.example/pixel.png)',
  '<a href="javascript:alert(1)">x</a>',
];
