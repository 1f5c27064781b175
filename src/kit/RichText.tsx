/** Text with inline TeX between `$…$`, as exercises and generated captions write it. */
import { Fragment } from 'react';
import { Tex } from '../components/Tex';

/** Splits text into plain and TeX parts (`$…$`); an unmatched `$` stays plain text. */
export function splitTex(text: string): { tex: boolean; text: string }[] {
  const parts: { tex: boolean; text: string }[] = [];
  const re = /\$([^$]+)\$/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) parts.push({ tex: false, text: text.slice(last, m.index) });
    parts.push({ tex: true, text: m[1] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ tex: false, text: text.slice(last) });
  return parts;
}

/** Renders text with inline TeX. */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {splitTex(text).map((p, i) => (
        <Fragment key={i}>{p.tex ? <Tex tex={p.text} /> : p.text}</Fragment>
      ))}
    </>
  );
}
