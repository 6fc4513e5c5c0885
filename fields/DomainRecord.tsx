'use client'

import { getTranslation } from '@payloadcms/translations'
import { useFormFields, useTranslation } from '@payloadcms/ui'
import type { StaticLabel, UIFieldClientProps } from 'payload'

import { isApexDomain, isHostName, normalizeHostName } from '../domain/hostNames'

type DomainRecordProps = UIFieldClientProps & {
  /** The platform's own host name, which a clinic's domain points at. */
  platformHost: string
  texts: Record<'intro' | 'type' | 'name' | 'target' | 'apex', StaticLabel>
}

const cell = { paddingBlock: '0.25rem', paddingInlineEnd: '1rem', textAlign: 'start' } as const

/**
 * Beside the clinic's domain, as it is typed: the DNS record its owner creates so the domain leads to the
 * platform, and for a zone's apex (which cannot have a CNAME) what to create instead. Nothing without a domain.
 */
export function DomainRecord({ field, platformHost, texts }: DomainRecordProps) {
  const { i18n } = useTranslation()
  const typed = useFormFields(([fields]) => fields.customDomain?.value)
  const domain = typeof typed === 'string' ? normalizeHostName(typed) : null
  if (!domain || !isHostName(domain)) return null
  const t = (text: StaticLabel) => getTranslation(text, i18n)
  const label = (field as { label?: StaticLabel }).label
  return (
    <section className="field-type" aria-labelledby="domain-record" data-testid="domain-record">
      <h3 id="domain-record" className="field-label" style={{ fontSize: 'inherit', margin: 0 }}>
        {label ? t(label) : null}
      </h3>
      <p className="field-description">{t(texts.intro)}</p>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={cell}>{t(texts.type)}</th>
            <th style={cell}>{t(texts.name)}</th>
            <th style={cell}>{t(texts.target)}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td style={cell}>
              <code>CNAME</code>
            </td>
            <td style={cell}>
              <bdi dir="ltr">
                <code>{domain}</code>
              </bdi>
            </td>
            <td style={cell}>
              <bdi dir="ltr">
                <code>{platformHost}</code>
              </bdi>
            </td>
          </tr>
        </tbody>
      </table>
      {isApexDomain(domain) ? <p className="field-description">{t(texts.apex)}</p> : null}
    </section>
  )
}
