// The real root layouts are app/[locale]/layout.tsx (every localized page),
// app/page.tsx (the language chooser at "/") and app/not-found.tsx (404.html):
// each renders its own <html lang>. This pass-through exists because Next
// needs a layout above not-found.tsx.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
