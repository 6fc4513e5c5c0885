import { randomBytes } from 'node:crypto'

import type { CollectionAfterChangeHook, CollectionBeforeValidateHook, TaskConfig } from 'payload'

import { relationId } from '../../access/roles'
import { adminTranslator } from '../../i18n/adminTexts'
import { defaultLocale, isLocale } from '../../i18n/locales'
import { messageIdFor } from '../../mail/adapter'
import { siteUrl } from '../../site/pages'
import { retries } from '../../jobs/retries'
import { accountEmail } from './signInLimits'

/** How long an invitation's link lets the new user choose a password. */
export const INVITATION_DAYS = 7

/** The emails of the accounts this request creates with a password nobody chose: each gets an invitation. */
const INVITED = 'invitedEmails'

const invitedIn = (context: Record<string, unknown>) => (context[INVITED] ??= []) as string[]

/**
 * Nobody types a password for someone else: an account created by someone signed in (an admin, in the admin or
 * through the API), or without a password, gets a random one nobody knows, whatever was sent, and an invitation:
 * the person sets their own password from the link, which is all that stands between the new account and its use.
 * Only the first user, on Payload's create-first-user screen, and scripts (the seed, tests) give a password at
 * creation. The admin form's password inputs are hidden by admin/InvitationNotice.tsx.
 */
export const passwordFromInvitation: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data || (data.password && !req.user)) return data
  invitedIn(req.context).push(accountEmail(data.email))
  return { ...data, password: randomBytes(32).toString('base64url') }
}

/**
 * Queues the invitation in the account's own transaction: no account without its invitation, and no mail for an
 * account that was rolled back.
 */
export const queueInvitation: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation === 'create' && invitedIn(req.context).includes(accountEmail(doc.email))) {
    await req.payload.jobs.queue({ task: 'inviteUser', input: { user: doc.id }, req })
  }
  return doc
}

type InvitationJob = { input: { user: number }; output: Record<string, never> }

/**
 * Mails the new user, in their language, a link to choose their password (Payload's reset screen), valid for
 * INVITATION_DAYS. A retry makes a new link, so only the link in the mail that went out works.
 */
export const inviteUser: TaskConfig<InvitationJob> = {
  slug: 'inviteUser',
  inputSchema: [{ name: 'user', type: 'number', required: true }],
  retries,
  handler: async ({ input, job, req }) => {
    const user = await req.payload.findByID({
      collection: 'users',
      id: input.user,
      depth: 0,
      disableErrors: true,
      req,
      select: { email: true, name: true, language: true, role: true, memberships: true },
    })
    if (!user) return { output: {} }
    const locale = isLocale(user.language) ? user.language : defaultLocale
    const { docs: clinics } = await req.payload.find({
      collection: 'clinics',
      where: { id: { in: (user.memberships ?? []).map((membership) => relationId(membership.clinic)) } },
      draft: true,
      locale,
      pagination: false,
      req,
      select: { name: true },
    })
    const token = await req.payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
      expiration: INVITATION_DAYS * 24 * 60 * 60 * 1000,
      req,
    })
    const t = adminTranslator(locale)
    const access = clinics.length
      ? clinics.map((clinic) => clinic.name).join(', ')
      : t(user.role === 'admin' ? 'invitation.allClinics' : 'invitation.noClinics')
    await req.payload.sendEmail({
      messageId: messageIdFor(job),
      to: user.email,
      subject: t('invitation.subject', { platform: req.payload.email.defaultFromName }),
      text: t('invitation.body', {
        platform: req.payload.email.defaultFromName,
        name: user.name ?? '',
        clinics: access,
        link: `${siteUrl()}/admin/reset/${token}`,
        days: INVITATION_DAYS,
        signIn: `${siteUrl()}/admin/login`,
      }),
    })
    return { output: {} }
  },
}
