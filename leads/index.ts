/**
 * The lead pipeline: the public intake (intake/), the notifications a lead queues (jobs/), the inbox's tools
 * (admin/), and erasure and retention (privacy/). The Leads collection (collections/Leads) is the record; this is
 * what happens to it. payload.config.ts and the collection take what they need from here.
 */
import type { Endpoint } from 'payload'

import { exportLeads } from './admin/exportLeads'
import { sendCrmWebhook } from './jobs/crmWebhook'
import { confirmToVisitor, notifyClinic } from './jobs/notifyLead'
import { eraseLeads } from './privacy/eraseLeads'
import { anonymizeExpiredLeadsTask } from './privacy/retention'

/** A lead's notifications (both mails, the CRM webhook), and the nightly anonymizing of expired leads. */
export const leadTasks = [notifyClinic, confirmToVisitor, sendCrmWebhook, anonymizeExpiredLeadsTask]

/** The Leads collection's own endpoints, for staff: export and erasure. The public intake is app/(payload)/api/leads. */
export const leadEndpoints: Endpoint[] = [exportLeads, eraseLeads]

/** The admin's lead components, by their import-map path. */
export const leadAdminComponents = {
  /** Pipeline figures above the admin's dashboard. */
  dashboard: '/leads/admin/LeadsDashboard#LeadsDashboard',
  /** Export and erasure above the lead list. */
  listTools: '/leads/admin/LeadListTools#LeadListTools',
  /** A lead's site (the host it was sent on) in the list and the sidebar, "Another address" in the reader's language. */
  siteCell: '/leads/admin/LeadSite#LeadSiteCell',
  siteField: '/leads/admin/LeadSite#LeadSiteField',
}
