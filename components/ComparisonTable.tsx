import { getTranslations } from 'next-intl/server'

import type { Locale } from '../i18n/locales'
import type { OfferingWithTreatment } from '../queries/offerings'
import { type ClinicDomain, pageHref, sitePages } from '../site/pages'
import { PriceFrom } from './PriceFrom'
import { treatmentFacts } from './treatmentFacts'

type Props = {
  locale: Locale
  clinic: { name: string }
  /** The clinic's own domain, when the page is shown there. */
  domain?: ClinicDomain
  neuromodulators: OfferingWithTreatment[]
  fillers: OfferingWithTreatment[]
}

/**
 * Botulinum toxin beside the clinic's fillers, attribute by attribute. Visitors pick one filler with radio
 * buttons; CSS (`:has`) hides the other filler columns, so the table fits a phone and needs no JavaScript.
 */
export async function ComparisonTable({ locale, clinic, domain, neuromodulators, fillers }: Props) {
  const t = await getTranslations({ locale, namespace: 'Comparison' })
  const columns = [
    ...neuromodulators.map((offering) => ({ offering, className: undefined })),
    ...fillers.map((offering, index) => ({ offering, className: `filler filler-${index}` })),
  ]
  const facts = await Promise.all(columns.map((column) => treatmentFacts(locale, column.offering.treatment)))
  const rows = [
    ...facts[0].map((fact, row) => ({
      key: fact.key,
      label: fact.label,
      cells: facts.map((columnFacts) => columnFacts[row].value as React.ReactNode),
    })),
    {
      key: 'price',
      label: t('price', { clinic: clinic.name }),
      cells: columns.map((column) => <PriceFrom key="price" locale={locale} offering={column.offering} />),
    },
    {
      key: 'practitioners',
      label: t('practitioners'),
      cells: columns.map((column) =>
        column.offering.practitioners.length === 0 ? (
          t('noPractitioners')
        ) : (
          <ul key="practitioners" className="plain">
            {column.offering.practitioners.map((practitioner) => (
              <li key={practitioner.id}>
                <a href={pageHref(locale, sitePages.practitioner(practitioner.slug), domain)}>{practitioner.name}</a>
              </li>
            ))}
          </ul>
        ),
      ),
    },
  ]
  return (
    <div className="comparison">
      {fillers.length > 1 && (
        <fieldset className="filler-choice">
          <legend>{t('chooseFiller')}</legend>
          {fillers.map((offering, index) => (
            <label key={offering.id}>
              <input type="radio" name="filler" id={`filler-${index}`} defaultChecked={index === 0} />
              {offering.treatment.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="table-scroll" role="region" aria-labelledby="comparison-caption" tabIndex={0}>
        <table>
          <caption id="comparison-caption">{t('tableCaption', { clinic: clinic.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('attribute')}</th>
              {columns.map((column) => (
                <th scope="col" key={column.offering.id} className={column.className}>
                  <a href={pageHref(locale, sitePages.treatment(column.offering.treatment.slug), domain)}>
                    {column.offering.treatment.name}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-attribute={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={columns[index].offering.id} className={columns[index].className}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
