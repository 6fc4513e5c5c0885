'use client'

import { type ReactNode, useActionState, useEffect, useRef } from 'react'
import { useFormStatus } from 'react-dom'

import { leadDefaults } from '../../domain/options'
import { pageTouch } from '../attribution'
import { useConsent } from '../ConsentNotice'
import { type ConsultationState, submitConsultation } from './submitConsultation'

export type LeadFormLabels = Record<
  | 'name'
  | 'email'
  | 'phone'
  | 'preferredContact'
  | 'treatment'
  | 'anyTreatment'
  | 'message'
  | 'consent'
  | 'marketing'
  | 'submit'
  | 'sending'
  | 'errorSummary'
  | 'required'
  | 'website',
  string
> & { contactMethods: Record<string, string> }

type Props = {
  clinic: string
  locale: string
  /** The path of the page the form is on: without JavaScript the browser posts there and comes back to the form. */
  pagePath: string
  treatments: { slug: string; name: string }[]
  labels: LeadFormLabels
}

function SubmitButton({ labels }: { labels: LeadFormLabels }) {
  const { pending } = useFormStatus()
  // Disabled while sending: one click, one request.
  return (
    <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
      {pending ? labels.sending : labels.submit}
    </button>
  )
}

/** The input each field's error summary link leads to; an error of the whole request has no link. */
const fieldIds: Record<string, string> = {
  name: 'lead-name',
  email: 'lead-email',
  phone: 'lead-phone',
  preferredContact: 'lead-contact',
  treatment: 'lead-treatment',
  message: 'lead-message',
  consent: 'lead-consent',
  marketingOptIn: 'lead-marketing',
}

type FieldProps = {
  /** The submission's field the control sends. */
  name: keyof typeof fieldIds
  label: string
  /** The words that mark a required field, when it is one. */
  required?: string
  error?: string
  /** A checkbox comes before its label. */
  checkbox?: boolean
  children: (control: { id: string; name: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode
}

/** One field of the form: its label, its control, and its error, which the control names as its description. */
function Field({ name, label, required, error, checkbox = false, children }: FieldProps) {
  const id = fieldIds[name]
  const errorId = `lead-${name}-error`
  const control = children({ id, name, ...(error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {}) })
  const caption = (
    <label htmlFor={id}>
      {label}
      {required && <span className="muted"> ({required})</span>}
    </label>
  )
  return (
    <div className={checkbox ? 'field checkbox' : 'field'}>
      {checkbox ? control : caption}
      {checkbox ? caption : control}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  )
}

/**
 * A random key for this request, 128 bits in hex. Not `crypto.randomUUID`: browsers offer it only on https and
 * localhost, and a clinic's own domain may be served over plain http until its certificate is set up.
 */
const randomRequestKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')

/**
 * The consultation form. A plain form post without JavaScript (the server action answers with the errors or the
 * thank-you page); with JavaScript, errors appear in place and the button shows the pending state. Either way a
 * failed submit shows an error summary at the top of the form, linking to each field: without JavaScript the page
 * comes back scrolled to the form, with it the summary takes the focus.
 */
export function LeadForm({ clinic, locale, pagePath, treatments, labels }: Props) {
  const [state, action] = useActionState<ConsultationState, FormData>(
    submitConsultation,
    { errors: {}, values: {} },
    `${pagePath}#consultation`,
  )
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => {
    summary.current?.focus()
  }, [state])
  // Filled in the browser: the page itself is static and shared, so these cannot come from the server.
  const startedAt = useRef<HTMLInputElement>(null)
  const requestId = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (startedAt.current) startedAt.current.value = String(Date.now())
    if (requestId.current) requestId.current.value = randomRequestKey()
  }, [])
  // With consent the server reads the attribution cookie. Without it nothing is kept, so the request itself
  // says which campaign or site led to this page: the last touch; the first is unknown.
  const consent = useConsent()
  const attribution = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (attribution.current)
      attribution.current.value = consent === 'granted' ? '' : JSON.stringify({ lastTouch: pageTouch().touch })
  }, [consent])
  const value = (field: string) => state.values[field] || undefined
  const hasErrors = Object.keys(state.errors).length > 0 || state.formError
  return (
    <form action={action} className="lead-form" noValidate>
      {hasErrors && (
        <div className="form-error" id="lead-errors" tabIndex={-1} ref={summary}>
          {state.formError ?? (
            <>
              <p>{labels.errorSummary}</p>
              <ul>
                {Object.entries(state.errors).map(([field, message]) => (
                  <li key={field}>
                    {Object.hasOwn(fieldIds, field) ? <a href={`#${fieldIds[field]}`}>{message}</a> : message}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <input type="hidden" name="clinic" value={clinic} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="startedAt" ref={startedAt} />
      <input type="hidden" name="requestId" ref={requestId} />
      <input type="hidden" name="attribution" ref={attribution} />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="lead-website">{labels.website}</label>
        <input id="lead-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <Field name="name" label={labels.name} required={labels.required} error={state.errors.name}>
        {(control) => <input {...control} autoComplete="name" required maxLength={200} defaultValue={value('name')} />}
      </Field>
      <Field name="email" label={labels.email} required={labels.required} error={state.errors.email}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            dir="ltr"
            defaultValue={value('email')}
          />
        )}
      </Field>
      <Field name="phone" label={labels.phone} error={state.errors.phone}>
        {(control) => (
          <input {...control} type="tel" autoComplete="tel" maxLength={32} dir="ltr" defaultValue={value('phone')} />
        )}
      </Field>
      <Field name="preferredContact" label={labels.preferredContact} error={state.errors.preferredContact}>
        {(control) => (
          <select {...control} defaultValue={value('preferredContact') ?? leadDefaults.preferredContact}>
            {Object.entries(labels.contactMethods).map(([method, label]) => (
              <option key={method} value={method}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="treatment" label={labels.treatment} error={state.errors.treatment}>
        {(control) => (
          <select {...control} defaultValue={value('treatment') ?? ''}>
            <option value="">{labels.anyTreatment}</option>
            {treatments.map((treatment) => (
              <option key={treatment.slug} value={treatment.slug}>
                {treatment.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="message" label={labels.message} error={state.errors.message}>
        {(control) => <textarea {...control} rows={4} maxLength={5000} defaultValue={value('message')} />}
      </Field>
      <Field name="consent" label={labels.consent} checkbox error={state.errors.consent}>
        {(control) => <input {...control} type="checkbox" required defaultChecked={value('consent') === 'on'} />}
      </Field>
      <Field name="marketingOptIn" label={labels.marketing} checkbox>
        {(control) => <input {...control} type="checkbox" defaultChecked={value('marketingOptIn') === 'on'} />}
      </Field>
      {state.errors.clinic && <p className="field-error">{state.errors.clinic}</p>}
      <SubmitButton labels={labels} />
    </form>
  )
}
