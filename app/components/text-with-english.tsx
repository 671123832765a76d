/** A bokmål text whose `english` parts (titles, names) are marked lang="en", so they are read out in English. */
export function TextWithEnglish({ text, english }: { text: string; english: readonly string[] }) {
  const phrases = english.filter((phrase) => phrase && text.includes(phrase));
  if (!phrases.length) return <>{text}</>;
  const pattern = new RegExp(`(${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);
  return (
    <>
      {text.split(pattern).map((part, i) =>
        phrases.includes(part) ? (
          <cite key={i} lang="en">
            {part}
          </cite>
        ) : (
          part
        ),
      )}
    </>
  );
}
