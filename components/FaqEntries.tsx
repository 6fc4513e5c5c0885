type Entry = { id?: string | null; question: string; answer: string }

/** Questions and answers from treatments' FAQs, as the entries of a `<dl className="faq">`. */
export function FaqEntries({ entries }: { entries: Entry[] }) {
  return entries.map((entry) => (
    <div key={entry.id ?? entry.question}>
      <dt>{entry.question}</dt>
      <dd>{entry.answer}</dd>
    </div>
  ))
}
